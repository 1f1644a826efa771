// The Matrix adapter: matrix-bot-sdk's MatrixClient for the client-server API,
// and our own sync loop so that the sync token is saved only after the core
// has handled the batch (the SDK saves it before its handlers run).

import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { MatrixClient } from 'matrix-bot-sdk';
import { DeliveryError } from '../../src/core/errors.ts';
import { escapeHtml } from '../../src/core/markup.ts';
import type {
  ActionEvent,
  AdapterStateStore,
  Capabilities,
  ChatAdapter,
  ChatRef,
  InboundEvent,
  InboundHandler,
  OutboundMessage,
  OutboundPoll,
  SendOptions,
  SentMessage,
  SentPoll,
} from '../../src/core/types.ts';
import { toDeliveryError } from './errors.ts';
import {
  type Content,
  editContent,
  noticeContent,
  POLL_END,
  POLL_START,
  pollEndContent,
  pollStartContent,
} from './render.ts';
import { inviterAllowed, localpart, powerOf, Rooms, serverOf } from './rooms.ts';
import { type LoadedSdk, loadMatrixSdk } from './sdk.ts';
import { StateStorageProvider } from './storage.ts';
import { SyncLoop } from './sync.ts';

export type MatrixAuth =
  | { kind: 'accessToken'; accessToken: string; userId?: string }
  | { kind: 'password'; userId: string; password: string };

export interface MatrixLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug?(obj: object, msg?: string): void;
}

export interface MatrixAdapterOptions {
  homeserverUrl: string;
  auth: MatrixAuth;
  /** Server names and user ids that may invite the bot; 'own-server' = the bot's own server. */
  allowedInviters: string[] | 'own-server';
  /** Room members at or above this power level are the chat's admins (coordinators). */
  coordinatorPowerLevel: number;
  state: AdapterStateStore;
  log: MatrixLog;
  /** Where the encryption store lives when E2EE is available. */
  dataDir: string;
  /** Long-poll timeout of /sync (default 30 s; tests use less). */
  syncTimeoutMs?: number;
}

/** How long after a message with options a bare number in the room still answers it. */
const BARE_NUMBER_WINDOW_MS = 15 * 60_000;

/** How long a direct reply waits out M_LIMIT_EXCEEDED before giving up. */
const DIRECT_REPLY_PATIENCE_MS = 30_000;

export const matrixCapabilities: Capabilities = {
  // No buttons in Matrix: the core renders numbered options, we map replies and reactions back.
  buttons: false,
  polls: true,
  threads: false,
  edits: true,
  dmWithoutContact: true,
  // Events are limited to 64 KiB; the HTML and the plain body both count.
  maxTextLength: 16_000,
  // Button data stays in our state, never in the event.
  maxButtonDataBytes: 256,
};

export class MatrixAdapter implements ChatAdapter {
  readonly platform = 'matrix' as const;
  readonly capabilities = matrixCapabilities;
  botUsername?: string;
  /** The bot's user id, known after start(). */
  userId = '';
  e2ee = false;
  readonly rooms = new Rooms();
  readonly options: MatrixAdapterOptions;
  readonly storage: StateStorageProvider;
  client!: MatrixClient;
  private loaded!: LoadedSdk;
  private sync: SyncLoop | null = null;
  private readonly dmLocks = new Map<string, Promise<ChatRef>>();

  constructor(options: MatrixAdapterOptions) {
    this.options = options;
    this.storage = new StateStorageProvider(options.state);
  }

  get log(): MatrixLog {
    return this.options.log;
  }

  async start(handler: InboundHandler): Promise<void> {
    this.loaded = await loadMatrixSdk();
    const { sdk } = this.loaded;
    sdk.LogService.setLevel(sdk.LogLevel.WARN);
    // Failed requests are DeliveryErrors we log ourselves; the SDK would log each one again.
    sdk.LogService.muteModule('MatrixHttpClient');
    const token = await this.login();
    let cryptoStore: InstanceType<LoadedSdk['sdk']['RustSdkCryptoStorageProvider']> | undefined;
    if (this.loaded.e2ee) {
      cryptoStore = new sdk.RustSdkCryptoStorageProvider(
        join(this.options.dataDir, 'matrix-crypto'),
        this.loaded.sqliteStoreType as never,
      );
    }
    this.client = new sdk.MatrixClient(this.options.homeserverUrl, token, this.storage, cryptoStore);
    const whoami = await this.client.getWhoAmI();
    this.userId = whoami.user_id;
    this.botUsername = localpart(this.userId);
    if (this.client.crypto) {
      await this.client.crypto.prepare(await this.client.getJoinedRooms());
      this.e2ee = true;
      this.log.info({ userId: this.userId }, 'matrix: end-to-end encryption is on');
    } else {
      this.log.warn(
        { userId: this.userId, reason: this.loaded.e2eeProblem },
        'matrix: end-to-end encryption is OFF (the native module @matrix-org/matrix-sdk-crypto-nodejs is missing); ' +
          'the bot cannot read encrypted rooms and tells their coordinators so',
      );
    }
    const direct = await this.client
      .getAccountData<Record<string, string[]>>('m.direct')
      .catch(() => ({}) as Record<string, string[]>);
    this.rooms.direct = direct ?? {};
    this.sync = new SyncLoop(this, handler, token);
    await this.sync.start();
    this.log.info({ userId: this.userId }, 'matrix: syncing');
  }

  async stop(): Promise<void> {
    await this.sync?.stop();
    this.sync = null;
  }

  /** Access token: the configured one, or one from a password login kept in state. */
  private async login(): Promise<string> {
    const { auth, homeserverUrl } = this.options;
    if (auth.kind === 'accessToken') return auth.accessToken;
    const saved = await this.storage.getJson<{ userId: string; accessToken: string }>('login');
    if (saved && saved.userId === auth.userId) {
      const ok = await fetch(`${homeserverUrl}/_matrix/client/v3/account/whoami`, {
        headers: { authorization: `Bearer ${saved.accessToken}` },
      }).then((r) => r.ok);
      if (ok) return saved.accessToken;
    }
    const res = await fetch(`${homeserverUrl}/_matrix/client/v3/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'm.login.password',
        identifier: { type: 'm.id.user', user: auth.userId },
        password: auth.password,
        initial_device_display_name: 'cohort-bot',
      }),
    });
    const body = (await res.json()) as { access_token?: string; error?: string };
    if (!res.ok || !body.access_token)
      throw new Error(`matrix: login as ${auth.userId} failed: ${body.error ?? res.status}`);
    await this.storage.setJson('login', { userId: auth.userId, accessToken: body.access_token });
    return body.access_token;
  }

  // Invites ------------------------------------------------------------------

  allowedInviters(): string[] {
    const allowed = this.options.allowedInviters;
    return allowed === 'own-server' ? [serverOf(this.userId)] : allowed;
  }

  /** Accept an invite from an allowed inviter (recording DMs in m.direct); refuse the others. */
  async onInvite(roomId: string, inviter: string, isDirect: boolean): Promise<void> {
    if (!inviterAllowed(inviter, this.allowedInviters())) {
      this.log.warn({ roomId, inviter }, 'matrix: refused an invite from someone not allowed to invite the bot');
      await this.client
        .leaveRoom(roomId)
        .catch((err) => this.log.warn({ roomId, err: String(err) }, 'matrix: refusing failed'));
      return;
    }
    await this.client.joinRoom(roomId);
    this.rooms.markLeft(roomId, false);
    this.log.info({ roomId, inviter, isDirect }, 'matrix: joined a room');
    if (isDirect) await this.recordDm(inviter, roomId);
  }

  private async recordDm(userId: string, roomId: string): Promise<void> {
    const rooms = this.rooms.direct[userId] ?? [];
    if (rooms.includes(roomId)) return;
    this.rooms.direct = { ...this.rooms.direct, [userId]: [...rooms, roomId] };
    await this.client.setAccountData('m.direct', this.rooms.direct);
  }

  chatOf(roomId: string): ChatRef {
    const info = this.rooms.room(roomId);
    return {
      platform: 'matrix',
      chatId: roomId,
      kind: this.rooms.isDm(roomId) ? 'private' : 'group',
      ...(info.name ? { title: info.name } : {}),
    };
  }

  // Buttons: remembered per message in state so a reply or reaction maps back after a restart.

  async buttonsOf(eventId: string): Promise<string[] | null> {
    return this.storage.getJson<string[]>(`buttons:${eventId}`);
  }

  /**
   * The latest message with options in a room, if it is recent: a bare "2"
   * typed an hour later is conversation, not an answer.
   */
  async lastButtonsIn(roomId: string, now = Date.now()): Promise<string | null> {
    const last = await this.storage.getJson<{ eventId: string; at: number }>(`last-buttons:${roomId}`);
    return last && now - last.at <= BARE_NUMBER_WINDOW_MS ? last.eventId : null;
  }

  // Outbound -------------------------------------------------------------------

  async send(chat: ChatRef, message: OutboundMessage, options: SendOptions = {}): Promise<SentMessage> {
    const buttons = message.buttons?.flat() ?? [];
    const html = withOptions(message);
    const eventId = await this.sendEvent(
      chat.chatId,
      'm.room.message',
      noticeContent(html, options.replyToMessageId),
      options.idempotencyKey,
    );
    if (buttons.length > 0) {
      await this.storage.setJson(
        `buttons:${eventId}`,
        buttons.map((b) => b.data),
      );
      await this.storage.setJson(`last-buttons:${chat.chatId}`, { eventId, at: Date.now() });
    }
    return { messageId: eventId };
  }

  async edit(chat: ChatRef, messageId: string, message: OutboundMessage): Promise<void> {
    await this.sendEvent(chat.chatId, 'm.room.message', editContent(messageId, withOptions(message)));
    const buttons = message.buttons?.flat() ?? [];
    if (buttons.length > 0)
      await this.storage.setJson(
        `buttons:${messageId}`,
        buttons.map((b) => b.data),
      );
    else await this.storage.delete(`buttons:${messageId}`);
  }

  async delete(chat: ChatRef, messageId: string): Promise<void> {
    try {
      await this.client.redactEvent(chat.chatId, messageId);
    } catch (err) {
      throw toDeliveryError(err);
    }
    await this.storage.delete(`buttons:${messageId}`);
  }

  /**
   * Redact someone's message, only when the room's power levels let the bot
   * redact other people's events (`redact`, 50 by default); otherwise skip.
   * The levels are read from the room's state, not the sync cache, so a
   * promotion a moment ago counts.
   */
  async deleteMessage(chat: ChatRef, messageId: string): Promise<boolean> {
    try {
      const levels = (await this.client.getRoomStateEvent(chat.chatId, 'm.room.power_levels', '')) as Record<
        string,
        unknown
      >;
      const users = (levels.users ?? {}) as Record<string, unknown>;
      const level = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
      const mine = level(users[this.userId], level(levels.users_default, 0));
      if (mine < level(levels.redact, 50)) {
        this.log.debug?.({ roomId: chat.chatId }, 'matrix: too low a power level to redact a message');
        return false;
      }
      await this.client.redactEvent(chat.chatId, messageId, 'private command: moved to a private chat');
      return true;
    } catch (err) {
      this.log.warn({ roomId: chat.chatId, err: String(err) }, 'matrix: could not redact a message');
      return false;
    }
  }

  async sendPoll(chat: ChatRef, poll: OutboundPoll, options: SendOptions = {}): Promise<SentPoll> {
    if (poll.options.length < 2 || poll.options.length > 20) {
      throw new DeliveryError({ kind: 'rejected', reason: 'a poll needs 2 to 20 options' });
    }
    const eventId = await this.sendEvent(chat.chatId, POLL_START, pollStartContent(poll), options.idempotencyKey);
    return { messageId: eventId, pollId: eventId };
  }

  async closePoll(chat: ChatRef, messageId: string): Promise<void> {
    await this.sendEvent(chat.chatId, POLL_END, pollEndContent(messageId), `poll-end:${messageId}`);
  }

  async openDm(userId: string): Promise<ChatRef | null> {
    const known = this.rooms.dmWith(userId);
    if (known) return this.chatOf(known);
    // One room per person even when two sends ask at once.
    let pending = this.dmLocks.get(userId);
    if (!pending) {
      pending = this.createDm(userId).finally(() => this.dmLocks.delete(userId));
      this.dmLocks.set(userId, pending);
    }
    return pending;
  }

  private async createDm(userId: string): Promise<ChatRef> {
    let roomId: string;
    try {
      roomId = await this.client.createRoom({ is_direct: true, invite: [userId], preset: 'trusted_private_chat' });
    } catch (err) {
      throw toDeliveryError(err);
    }
    await this.recordDm(userId, roomId);
    return this.chatOf(roomId);
  }

  /** Matrix has no toasts: the answer to a press is a short notice replying to what was pressed. */
  async ackAction(event: ActionEvent, text?: string): Promise<void> {
    if (!text) return;
    const html = `${escapeHtml(event.sender.displayName)}: ${escapeHtml(text)}`;
    await this.sendEvent(
      event.chat.chatId,
      'm.room.message',
      noticeContent(html, event.ackId ?? event.messageId),
      `ack:${event.id}`,
    );
  }

  async chatAdmins(chat: ChatRef): Promise<string[]> {
    const info = this.rooms.room(chat.chatId);
    if (!info.power) {
      try {
        const content = await this.client.getRoomStateEvent(chat.chatId, 'm.room.power_levels', '');
        this.rooms.apply(chat.chatId, { type: 'm.room.power_levels', state_key: '', content, sender: '' });
      } catch (err) {
        this.log.warn({ roomId: chat.chatId, err: String(err) }, 'matrix: could not read power levels');
        return [];
      }
    }
    const levels = info.power!;
    return Object.keys(levels.users).filter(
      (id) => id !== this.userId && powerOf(levels, id) >= this.options.coordinatorPowerLevel,
    );
  }

  deepLink(): string | null {
    // Matrix lets the bot open a DM itself (dmWithoutContact), so no link is needed.
    return null;
  }

  /**
   * PUT /send with a transaction id derived from the ledger key, so a retry of
   * the same send is the same event (Synapse keeps transaction ids per device
   * for a while); encrypted when the room is and E2EE is on.
   */
  async sendEvent(roomId: string, type: string, content: Content, idempotencyKey?: string): Promise<string> {
    const txnId = idempotencyKey
      ? `cb${createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 32)}`
      : `cb-${randomUUID()}`;
    let eventType = type;
    let body: Content = content;
    try {
      if (this.client.crypto && (await this.client.crypto.isRoomEncrypted(roomId))) {
        body = (await this.client.crypto.encryptRoomEvent(roomId, type, content)) as unknown as Content;
        eventType = 'm.room.encrypted';
      }
      const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(eventType)}/${encodeURIComponent(txnId)}`;
      // A direct reply (no ledger key) has no job to retry it: wait out short rate limits here, with
      // the same transaction id. Queued sends return at once so the send queue reschedules them.
      const deadline = Date.now() + (idempotencyKey ? 0 : DIRECT_REPLY_PATIENCE_MS);
      for (;;) {
        try {
          const res = (await this.client.doRequest('PUT', path, null, body)) as { event_id: string };
          return res.event_id;
        } catch (err) {
          const failure = toDeliveryError(err).failure;
          if (failure.kind !== 'rate_limited' || Date.now() + failure.retryAfterMs > deadline) throw err;
          await new Promise((resolve) => setTimeout(resolve, failure.retryAfterMs));
        }
      }
    } catch (err) {
      throw toDeliveryError(err);
    }
  }

  /** Hand an event to the core (used by the sync loop). */
  emit(handler: InboundHandler, event: InboundEvent): Promise<void> {
    return handler(event);
  }
}

/**
 * The text with its buttons as numbered options. fit.ts numbers them for
 * direct replies; the send queue passes messages as they were written, so
 * number them here unless they already are.
 */
function withOptions(message: OutboundMessage): string {
  const buttons = message.buttons?.flat() ?? [];
  if (buttons.length === 0) return message.html;
  const options = buttons.map((b, i) => `${i + 1}. ${b.label}`).join('\n');
  return message.html.endsWith(options) ? message.html : `${message.html}\n\n${options}`;
}
