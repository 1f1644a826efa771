// The ledger logic of one outbound message: send it at most once, and decide
// what a failure means (wait, give up and mark unreachable, move the chat,
// retry). The BullMQ send worker and the inline outbox both call deliver().

import { DeliveryError, type DeliveryFailure } from '../core/errors.ts';
import { fitMessage } from '../core/fit.ts';
import { aboutToSend } from '../core/in-flight.ts';
import type { Clock } from '../core/jobs.ts';
import type { Delivery, Store } from '../core/store.ts';
import type { ChatAdapter, ChatKind, ChatRef, Platform } from '../core/types.ts';
import { type JobHooks, noJobHooks, type SendOutcome } from './hooks.ts';
import type { Log } from './queues.ts';

export type Adapters = Map<Platform, ChatAdapter> | ((platform: Platform) => ChatAdapter);

export interface DeliverDeps {
  store: Store;
  adapters: Adapters;
  clock: Clock;
  log: Log;
  hooks?: JobHooks;
}

export interface DeliverOptions {
  /**
   * This is the last try the caller will make: a transient failure then marks
   * the ledger row failed (it still throws, so the job shows as failed).
   */
  lastAttempt?: boolean;
}

export type DeliverResult =
  | { status: 'sent'; messageId: string }
  /** The ledger says it was sent before: nothing was posted now. */
  | { status: 'already_sent' }
  /** The ledger says it failed for good before: nothing was tried now. */
  | { status: 'already_failed' }
  /** Failed for good now (unreachable, rejected, or moved twice). */
  | { status: 'failed'; reason: string }
  /** The platform asked to wait: try again after retryAfterMs; no attempt was used up. */
  | { status: 'rate_limited'; retryAfterMs: number }
  /** No ledger row (never opened, or deleted with the person's data). */
  | { status: 'missing' };

/** A transient failure after the ledger recorded it; thrown so the caller retries with backoff. */
export class TransientDeliveryError extends Error {
  readonly key: string;
  constructor(key: string, reason: string, options?: { cause?: unknown }) {
    super(`send ${key} failed, will retry: ${reason}`, options);
    this.name = 'TransientDeliveryError';
    this.key = key;
  }
}

export function adapterFor(adapters: Adapters, platform: Platform): ChatAdapter {
  if (typeof adapters === 'function') return adapters(platform);
  const adapter = adapters.get(platform);
  if (!adapter) throw new Error(`no chat adapter for platform "${platform}"`);
  return adapter;
}

export async function deliver(key: string, deps: DeliverDeps, options: DeliverOptions = {}): Promise<DeliverResult> {
  const { store, clock, log } = deps;
  const hooks = deps.hooks ?? noJobHooks;
  const started = performance.now();
  const count = (platform: string, outcome: SendOutcome) =>
    hooks.send(platform, outcome, (performance.now() - started) / 1000);
  const done = (platform: string, outcome: SendOutcome, result: DeliverResult): DeliverResult => {
    count(platform, outcome);
    return result;
  };

  let delivery = await store.deliveries.get(key);
  if (!delivery) {
    log.warn({ key }, 'no ledger row for this send; nothing to do');
    return done('unknown', 'missing', { status: 'missing' });
  }
  if (delivery.status === 'sent') return done(delivery.platform, 'already_sent', { status: 'already_sent' });
  if (delivery.status === 'failed') return done(delivery.platform, 'already_failed', { status: 'already_failed' });
  if (!delivery.message) {
    // A pending row always carries its message; guard against a half-written row.
    await store.deliveries.markFailed(key, 'pending row without a message');
    return done(delivery.platform, 'rejected', { status: 'failed', reason: 'pending row without a message' });
  }

  const unreachable = await knownUnreachable(store, delivery);
  if (unreachable) {
    await store.deliveries.markFailed(key, unreachable);
    return done(delivery.platform, 'unreachable', { status: 'failed', reason: unreachable });
  }

  const adapter = adapterFor(deps.adapters, delivery.platform as Platform);
  // Migrated or topic gone: retarget and resend once; a second move is a failure.
  for (let resent = false; ; resent = true) {
    const chat = await chatRefFor(store, delivery);
    let failure: DeliveryFailure;
    try {
      // Too long for one post: parts go out in order, each recorded, so a retry
      // (a 429 on part 3) resumes at the part that did not go out.
      const parts = fitMessage(delivery.message!, adapter.capabilities);
      let messageId = '';
      // In a send job: from here to its end (the answer recorded) it counts in flight (SEND_CONCURRENCY).
      await aboutToSend();
      for (let part = delivery.partsSent; part < parts.length; part++) {
        const partKey = part === 0 ? key : `${key}#${part}`;
        // A queued answer still answers its message (only its first part, as a direct one does).
        const replyTo = part === 0 ? delivery.message!.replyTo : undefined;
        const options = { idempotencyKey: partKey, ...(replyTo ? { replyToMessageId: replyTo } : {}) };
        messageId = (await adapter.send(chat, parts[part]!, options)).messageId;
        if (part < parts.length - 1) await persistPart(store, key, part + 1, log);
      }
      await persistSent(store, key, messageId, clock, log);
      return done(delivery.platform, 'sent', { status: 'sent', messageId });
    } catch (err) {
      if (err instanceof SentButNotRecorded) throw err;
      failure =
        err instanceof DeliveryError ? err.failure : { kind: 'transient', reason: errorText(err) || 'unknown error' };
      if (failure.kind === 'transient') {
        await store.deliveries.recordAttempt(key, failure.reason);
        if (options.lastAttempt) await store.deliveries.markFailed(key, `gave up: ${failure.reason}`);
        log.warn({ key, platform: delivery.platform, reason: failure.reason }, 'send failed; will retry');
        count(delivery.platform, 'retry');
        throw new TransientDeliveryError(key, failure.reason, { cause: err });
      }
    }

    switch (failure.kind) {
      case 'rate_limited':
        await store.deliveries.recordAttempt(key, `rate limited for ${failure.retryAfterMs} ms`);
        return done(delivery.platform, 'rate_limited', { status: 'rate_limited', retryAfterMs: failure.retryAfterMs });

      case 'unreachable': {
        await markRecipientUnreachable(store, delivery, clock);
        await store.deliveries.markFailed(key, `unreachable: ${failure.reason}`);
        log.info(
          { key, platform: delivery.platform, chatId: delivery.platformChatId, reason: failure.reason },
          delivery.recipientAccountId ? 'recipient unreachable; marked' : 'chat unreachable; marked',
        );
        return done(delivery.platform, 'unreachable', { status: 'failed', reason: failure.reason });
      }

      case 'rejected':
        await store.deliveries.markFailed(key, `rejected: ${failure.reason}`);
        log.error({ key, platform: delivery.platform, reason: failure.reason }, 'platform rejected the message');
        hooks.error('send.rejected');
        return done(delivery.platform, 'rejected', { status: 'failed', reason: failure.reason });

      case 'migrated':
      case 'thread_gone': {
        if (resent) {
          const reason = `${failure.kind} again after resending`;
          await store.deliveries.markFailed(key, reason);
          return done(delivery.platform, 'rejected', { status: 'failed', reason });
        }
        if (failure.kind === 'migrated') {
          await moveChat(store, delivery, failure.newChatId, log);
          await store.deliveries.retarget(key, failure.newChatId, delivery.threadId);
          log.info({ key, from: delivery.platformChatId, to: failure.newChatId }, 'chat moved; resending once');
        } else {
          await store.deliveries.retarget(key, delivery.platformChatId, null);
          log.info({ key, chatId: delivery.platformChatId }, 'topic gone; resending to the general topic');
        }
        const reloaded = await store.deliveries.get(key);
        if (reloaded?.status !== 'pending' || !reloaded.message) {
          return done(delivery.platform, 'missing', { status: 'missing' });
        }
        delivery = reloaded;
        continue;
      }
    }
  }
}

/** Why we already know the send cannot arrive, or null. */
async function knownUnreachable(store: Store, delivery: Delivery): Promise<string | null> {
  if (delivery.recipientAccountId) {
    const account = await store.accounts.byId(delivery.recipientAccountId);
    if (account?.unreachableAt) return 'recipient unreachable since an earlier send';
  }
  const chat = await store.chats.byPlatformId(delivery.platform as Platform, delivery.platformChatId);
  if (chat?.unreachableAt) return 'chat unreachable since an earlier send';
  return null;
}

async function chatRefFor(store: Store, delivery: Delivery): Promise<ChatRef> {
  const platform = delivery.platform as Platform;
  const chat = await store.chats.byPlatformId(platform, delivery.platformChatId);
  // A DM has a recipient; otherwise trust the chat row, and a chat we do not know is a group.
  const kind: ChatKind = delivery.recipientAccountId ? 'private' : (chat?.kind ?? 'group');
  return {
    platform,
    chatId: delivery.platformChatId,
    ...(delivery.threadId ? { threadId: delivery.threadId } : {}),
    kind,
    ...(chat?.title ? { title: chat.title } : {}),
  };
}

async function markRecipientUnreachable(store: Store, delivery: Delivery, clock: Clock): Promise<void> {
  if (delivery.recipientAccountId) {
    await store.accounts.update(delivery.recipientAccountId, { unreachableAt: clock.now() });
    return;
  }
  const chat = await store.chats.byPlatformId(delivery.platform as Platform, delivery.platformChatId);
  if (chat) await store.chats.markUnreachable(chat.id, clock.now());
}

async function moveChat(store: Store, delivery: Delivery, newChatId: string, log: Log): Promise<void> {
  try {
    await store.chats.movePlatformId(delivery.platform as Platform, delivery.platformChatId, newChatId);
  } catch (err) {
    // The message can still reach the new chat; a chat row left behind is for the log, not a reason to stop.
    log.error(
      { err: errorText(err), from: delivery.platformChatId, to: newChatId },
      'could not move the chat to its new id',
    );
  }
}

/**
 * The platform took the message but the ledger could not record it. Do not
 * retry: a retry would post it again. The row stays pending for an operator.
 */
export class SentButNotRecorded extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SentButNotRecorded';
  }
}

/** A part of a long message is out: recorded like a whole message (see persistSent). */
async function persistPart(store: Store, key: string, parts: number, log: Log): Promise<void> {
  await retryRecording(() => store.deliveries.markPartsSent(key, parts), key, log);
}

/**
 * The message is out: recording it is what stops a retry from posting it
 * again, so try a few times before giving up.
 */
async function persistSent(store: Store, key: string, messageId: string, clock: Clock, log: Log): Promise<void> {
  await retryRecording(() => store.deliveries.markSent(key, messageId, clock.now()), key, log);
}

async function retryRecording(record: () => Promise<void>, key: string, log: Log): Promise<void> {
  const delays = [0, 200, 1000];
  let last: unknown;
  for (const delay of delays) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      await record();
      return;
    } catch (err) {
      last = err;
    }
  }
  log.error({ key, err: errorText(last) }, 'message sent but the ledger could not record it');
  throw new SentButNotRecorded(`sent ${key} but could not record it: ${errorText(last)}`, { cause: last });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
