// A ChatAdapter for the job tests: it keeps what was sent, and fails the next
// sends with the DeliveryErrors (or plain errors) it is told to.

import { DeliveryError, type DeliveryFailure } from '../../src/core/errors.ts';
import type {
  ActionEvent,
  Capabilities,
  ChatAdapter,
  ChatRef,
  OutboundMessage,
  Platform,
  SendOptions,
  SentMessage,
} from '../../src/core/types.ts';

export interface RecordedSend {
  chat: ChatRef;
  message: OutboundMessage;
  options: SendOptions | undefined;
  messageId: string;
  at: number;
}

export interface RecordedTry {
  chat: ChatRef;
  idempotencyKey: string | undefined;
  /** The failure kind thrown, or "ok". */
  outcome: DeliveryFailure['kind'] | 'error' | 'ok';
  at: number;
}

export class RecordingAdapter implements ChatAdapter {
  readonly platform: Platform;
  capabilities: Capabilities = {
    buttons: true,
    polls: true,
    edits: true,
    dmWithoutContact: true,
    maxTextLength: 4096,
    maxButtonDataBytes: 64,
  };
  /** Messages that went out. */
  readonly sent: RecordedSend[] = [];
  /** Every call to send, failed or not. */
  readonly tries: RecordedTry[] = [];
  #failures: Array<DeliveryFailure | Error | 'ok'> = [];
  #nextId = 1;

  constructor(platform: Platform = 'fake') {
    this.platform = platform;
  }

  /** The next sends throw these, in order (a DeliveryFailure becomes a DeliveryError; 'ok' lets one through). */
  failNext(...failures: Array<DeliveryFailure | Error | 'ok'>): this {
    this.#failures.push(...failures);
    return this;
  }

  async send(chat: ChatRef, message: OutboundMessage, options?: SendOptions): Promise<SentMessage> {
    const at = Date.now();
    const next = this.#failures.shift();
    const failure = next === 'ok' ? undefined : next;
    if (failure) {
      const isError = failure instanceof Error;
      this.tries.push({ chat, idempotencyKey: options?.idempotencyKey, outcome: isError ? 'error' : failure.kind, at });
      throw isError ? failure : new DeliveryError(failure);
    }
    const messageId = `m${this.#nextId++}`;
    this.tries.push({ chat, idempotencyKey: options?.idempotencyKey, outcome: 'ok', at });
    this.sent.push({ chat, message, options, messageId, at });
    return { messageId };
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async edit(): Promise<void> {}
  async delete(): Promise<void> {}
  async openDm(userId: string): Promise<ChatRef | null> {
    return { platform: this.platform, chatId: userId, kind: 'private' };
  }
  async ackAction(_event: ActionEvent): Promise<void> {}
  async chatAdmins(): Promise<string[]> {
    return [];
  }
  deepLink(): string | null {
    return null;
  }
}
