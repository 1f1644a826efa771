// The Matrix adapter: matrix-bot-sdk's MatrixClient for the client-server API,
// and our own sync loop so that the sync token is saved only after the core
// has handled the batch (the SDK saves it before its handlers run).

import { join } from 'node:path';
import type { MatrixClient } from 'matrix-bot-sdk';
import { DeliveryError } from '../../src/core/errors.ts';
import { escapeHtml } from '../../src/core/markup.ts';
import type {
  ActionEvent,
  Capabilities,
  ChatAdapter,
  ChatRef,
  InboundHandler,
  OutboundFile,
  OutboundImage,
  OutboundMessage,
  OutboundPoll,
  SendOptions,
  SentMessage,
  SentPoll,
} from '../../src/core/types.ts';
import { toDeliveryError } from './errors.ts';
import { accessToken } from './login.ts';
import { fileContent, imageContent } from './media.ts';
import type { MatrixAdapterOptions, MatrixLog } from './options.ts';
import { PrivateChats } from './private-chats.ts';
import { redactIfAllowed } from './redact.ts';
import { RememberedRooms } from './remembered.ts';
import {
  type Content,
  currentHtml,
  editContent,
  noticeContent,
  POLL_END,
  POLL_START,
  pollEndContent,
  pollStartContent,
  withOptions,
  withoutOptionLines,
} from './render.ts';
import { inviterAllowed, localpart, powerOf, Rooms, serverOf } from './rooms.ts';
import { type LoadedSdk, loadMatrixSdk } from './sdk.ts';
import { sendRoomEvent } from './send.ts';
import { StateStorageProvider } from './storage.ts';
import { SyncLoop } from './sync.ts';
import type { SyncHost } from './sync-host.ts';
import { ThreadRoots } from './threads.ts';
import { RoomUpgrades } from './upgrades.ts';

export type { MatrixAdapterOptions, MatrixAuth, MatrixLog } from './options.ts';

/** How long after a message with options a bare number in the room still answers it. */
const BARE_NUMBER_WINDOW_MS = 15 * 60_000;

export const matrixCapabilities: Capabilities = {
  // No buttons in Matrix: the core renders numbered options, we map replies and reactions back.
  buttons: false,
  polls: true,
  edits: true,
  dmWithoutContact: true,
  // Events are limited to 64 KiB; the HTML and the plain body both count.
  maxTextLength: 16_000,
  // Button data stays in our state, never in the event.
  maxButtonDataBytes: 256,
};

export class MatrixAdapter implements ChatAdapter, SyncHost {
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
  /** Which DM rooms are 1:1, and finding or creating one (private-chats.ts). */
  private dms!: PrivateChats;
  /** Rooms replaced by an upgrade, followed to their new room (upgrades.ts). */
  upgrades!: RoomUpgrades;
  /** Which thread the bot's recent messages are in (threads.ts). */
  private threads!: ThreadRoots;

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
    const token = await accessToken(this.options, this.storage);
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
    this.rooms.me = this.userId;
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
    this.dms = new PrivateChats({
      client: this.client,
      rooms: this.rooms,
      storage: this.storage,
      log: this.log,
      userId: this.userId,
      chatOf: (roomId) => this.chatOf(roomId),
    });
    await this.dms.start();
    await this.rememberEncryptedRooms();
    this.threads = new ThreadRoots(this.client);
    this.upgrades = new RoomUpgrades({
      storage: this.storage,
      log: this.log,
      join: (roomId, via) => this.client.joinRoom(roomId, via),
      stateOf: (roomId, type) => this.client.getRoomStateEvent(roomId, type, ''),
    });
    await this.upgrades.start();
    // The sync loop sees the adapter only as its SyncHost.
    this.sync = new SyncLoop(this, handler, {
      token,
      homeserverUrl: this.options.homeserverUrl,
      coordinatorPowerLevel: this.options.coordinatorPowerLevel,
      ...(this.options.syncTimeoutMs === undefined ? {} : { syncTimeoutMs: this.options.syncTimeoutMs }),
    });
    await this.sync.start();
    this.log.info({ userId: this.userId }, 'matrix: syncing');
  }

  /**
   * Which rooms are encrypted: kept in state, since after a restart the sync
   * brings no m.room.encryption for rooms that did not change.
   */
  private async rememberEncryptedRooms(): Promise<void> {
    const encrypted = new RememberedRooms(this.storage, 'encrypted-rooms');
    for (const roomId of (await encrypted.load()).keys()) this.rooms.room(roomId).encrypted = true;
    this.rooms.onEncrypted = (roomId) => {
      encrypted
        .set(roomId, 'yes')
        .catch((err) => this.log.warn({ roomId, err: String(err) }, 'matrix: could not keep that a room is encrypted'));
    };
  }

  unhealthy(): string | null {
    return this.sync?.unhealthy ?? null;
  }

  async stop(): Promise<void> {
    await this.sync?.stop();
    this.sync = null;
  }

  // Invites ------------------------------------------------------------------

  allowedInviters(): string[] {
    const allowed = this.options.allowedInviters;
    return allowed === 'own-server' ? [serverOf(this.userId)] : allowed;
  }

  /**
   * Accept an invite from an allowed inviter (recording DMs in m.direct), or to
   * the replacement of a room the bot is in (`replacing`); refuse the others.
   */
  async onInvite(roomId: string, inviter: string, isDirect: boolean, replacing = false): Promise<void> {
    if (!replacing && !inviterAllowed(inviter, this.allowedInviters())) {
      this.log.warn({ roomId, inviter }, 'matrix: refused an invite from someone not allowed to invite the bot');
      await this.client
        .leaveRoom(roomId)
        .catch((err) => this.log.warn({ roomId, err: String(err) }, 'matrix: refusing failed'));
      return;
    }
    await this.client.joinRoom(roomId);
    this.rooms.markLeft(roomId, false);
    this.log.info({ roomId, inviter, isDirect }, 'matrix: joined a room');
    if (isDirect) await this.dms.accepted(roomId, inviter);
  }

  /**
   * A room's kind right now: private only while it is a DM with the bot and
   * its one person in it (rooms.ts), so every event carries the current answer.
   */
  chatOf(roomId: string): ChatRef {
    const info = this.rooms.room(roomId);
    return {
      platform: 'matrix',
      chatId: roomId,
      kind: this.rooms.isPrivate(roomId) ? 'private' : 'group',
      ...(info.name ? { title: info.name } : {}),
    };
  }

  // Buttons: remembered per message in state so a reply or reaction maps back
  // after a restart. The key names the room, so that /forgetme can drop a
  // private room's keys at once ("buttons:<room>/<event>").

  private static buttonsKey(roomId: string, eventId: string): string {
    return `buttons:${roomId}/${eventId}`;
  }

  /** Whether a reply to this message of the bot is a free-text answer (it asked for one), not an option number. */
  async takesReplies(roomId: string, eventId: string): Promise<boolean> {
    return (await this.storage.getJson<boolean>(`replies:${roomId}/${eventId}`)) === true;
  }

  async buttonsOf(roomId: string, eventId: string): Promise<string[] | null> {
    const data = await this.storage.getJson<string[]>(MatrixAdapter.buttonsKey(roomId, eventId));
    // Messages sent before keys named their room.
    return data ?? this.storage.getJson<string[]>(`buttons:${eventId}`);
  }

  /**
   * The latest message with options in a room, if it is recent: a bare "2"
   * typed an hour later is conversation, not an answer.
   */
  async lastButtonsIn(roomId: string, now = Date.now(), sender?: string): Promise<string | null> {
    const last = await this.storage.getJson<{ eventId: string; at: number; for?: string }>(`last-buttons:${roomId}`);
    if (!last || now - last.at > BARE_NUMBER_WINDOW_MS) return null;
    // Someone else's "2" in the group is conversation, not a press on options meant for the asker.
    return !last.for || last.for === sender ? last.eventId : null;
  }

  // Outbound -------------------------------------------------------------------

  async send(to: ChatRef, message: OutboundMessage, options: SendOptions = {}): Promise<SentMessage> {
    const chat = await this.target(to);
    const buttons = message.buttons?.flat() ?? [];
    const html = withOptions(message);
    const eventId = await this.sendEvent(
      chat.chatId,
      'm.room.message',
      noticeContent(
        html,
        options.replyToMessageId,
        chat.threadId,
        // A reply in a group notifies the person it answers (in private they see it anyway).
        options.answering && chat.kind === 'group' ? [options.answering] : [],
      ),
      options.idempotencyKey,
      options.replyKey,
    );
    if (buttons.length > 0) {
      await this.rememberButtons(chat.chatId, eventId, message);
      // A bare number is an answer from the person the options answered, or from anyone
      // when the options are for everyone (an RSVP, a poll as buttons) or the post answers nobody.
      const forAnswering = options.answering && !buttons.every((b) => b.anyone);
      await this.storage.setJson(`last-buttons:${chat.chatId}`, {
        eventId,
        at: Date.now(),
        ...(forAnswering ? { for: options.answering } : {}),
      });
    }
    return { messageId: eventId };
  }

  /** Where a message for `to` goes: the room that replaced it is the core's to follow (`migrated`); a private chat's 1:1 room. */
  private target(to: ChatRef): Promise<ChatRef> {
    this.upgrades.assertCurrent(to.chatId);
    return this.dms.target(to);
  }

  async edit(chat: ChatRef, messageId: string, message: OutboundMessage): Promise<void> {
    // An edit stays in the room of its message: where a private chat gained people, it is not made.
    if (chat.kind === 'private' && !(await this.dms.stillPrivate(chat))) return;
    await this.sendEvent(chat.chatId, 'm.room.message', editContent(messageId, withOptions(message)));
    if ((message.buttons?.flat() ?? []).length > 0) await this.rememberButtons(chat.chatId, messageId, message);
    else await this.forgetButtons(chat.chatId, messageId);
  }

  /**
   * A question answered for good: its numbered options go (an m.replace edit
   * with the text alone), so nobody answers a stale one and is told it is no
   * longer valid. Best effort, as on Telegram.
   */
  async clearButtons(chat: ChatRef, messageId: string): Promise<void> {
    const buttons = await this.buttonsOf(chat.chatId, messageId);
    await this.forgetButtons(chat.chatId, messageId);
    if (!buttons) return; // edited since, without options
    try {
      // The text is read back from the room rather than kept by the bot (it may name people).
      const path = `/_matrix/client/v3/rooms/${encodeURIComponent(chat.chatId)}/event/${encodeURIComponent(messageId)}`;
      const text = withoutOptionLines(currentHtml(await this.client.doRequest('GET', path)), buttons.length);
      if (text === null) return;
      await this.sendEvent(chat.chatId, 'm.room.message', editContent(messageId, text), `clear:${messageId}`);
    } catch (err) {
      this.log.debug?.({ roomId: chat.chatId, err: String(err) }, 'matrix: could not take the options off a message');
    }
  }

  private async rememberButtons(roomId: string, eventId: string, message: OutboundMessage): Promise<void> {
    const buttons = message.buttons?.flat() ?? [];
    await this.storage.setJson(
      MatrixAdapter.buttonsKey(roomId, eventId),
      buttons.map((b) => b.data),
    );
    if (message.expectReply) await this.storage.setJson(`replies:${roomId}/${eventId}`, true);
  }

  async delete(chat: ChatRef, messageId: string): Promise<void> {
    try {
      await this.client.redactEvent(chat.chatId, messageId);
    } catch (err) {
      throw toDeliveryError(err);
    }
    await this.forgetButtons(chat.chatId, messageId);
  }

  private async forgetButtons(roomId: string, eventId: string): Promise<void> {
    await this.storage.delete(MatrixAdapter.buttonsKey(roomId, eventId));
    await this.storage.delete(`buttons:${eventId}`);
    await this.storage.delete(`replies:${roomId}/${eventId}`);
  }

  /** Redact someone's message where the room lets the bot (redact.ts). */
  async createSpace(name: string, invite: string[]): Promise<string> {
    try {
      return await this.client.createRoom({
        name,
        preset: 'private_chat',
        invite,
        creation_content: { type: 'm.space' },
        // The people invited (the network's coordinators) manage the space with the bot.
        power_level_content_override: {
          users: Object.fromEntries([[this.userId, 100], ...invite.map((id) => [id, 100])]),
          events_default: 100,
        },
      });
    } catch (err) {
      throw toDeliveryError(err);
    }
  }

  async linkToSpace(spaceId: string, roomId: string, linked: boolean): Promise<void> {
    const via = [this.userId.split(':').slice(1).join(':')];
    // An empty m.space.child content takes the room out (the Matrix spec's way of removing a child).
    try {
      await this.client.sendStateEvent(spaceId, 'm.space.child', roomId, linked ? { via } : {});
    } catch (err) {
      throw toDeliveryError(err);
    }
    // The room's side says which space it belongs to; the bot may lack the power there: best effort.
    await this.client
      .sendStateEvent(roomId, 'm.space.parent', spaceId, linked ? { via, canonical: false } : {})
      .catch((err: unknown) => this.log.info({ err: String(err), roomId }, 'matrix: m.space.parent not set'));
  }

  /**
   * A reaction (m.annotation) on a message: an acknowledgement that posts no
   * message into the room. Its transaction id comes from the message, so an
   * event handled again after a crash reacts once. False where it was refused
   * (a room closed by an upgrade, no right to post): the core then answers in words.
   */
  async react(chat: ChatRef, messageId: string, emoji: string): Promise<boolean> {
    if (this.upgrades.replacementOf(chat.chatId)) return false;
    try {
      // Keyed as a direct answer: short rate limits are waited out, as for a reply in words.
      await this.sendEvent(
        chat.chatId,
        'm.reaction',
        { 'm.relates_to': { rel_type: 'm.annotation', event_id: messageId, key: emoji } },
        undefined,
        `react:${messageId}:${emoji}`,
      );
      return true;
    } catch (err) {
      this.log.info({ roomId: chat.chatId, err: String(err) }, 'matrix: could not react to a message');
      return false;
    }
  }

  async deleteMessage(chat: ChatRef, messageId: string): Promise<boolean> {
    return redactIfAllowed(this.client, this.log, this.userId, chat.chatId, messageId);
  }

  async sendPoll(to: ChatRef, poll: OutboundPoll, options: SendOptions = {}): Promise<SentPoll> {
    if (poll.options.length < 2 || poll.options.length > 20) {
      throw new DeliveryError({ kind: 'rejected', reason: 'a poll needs 2 to 20 options' });
    }
    const chat = await this.target(to);
    const eventId = await this.sendEvent(chat.chatId, POLL_START, pollStartContent(poll), options.idempotencyKey);
    return { messageId: eventId, pollId: eventId };
  }

  /** A chart: uploaded to the media repository, then an m.image whose body is its alt text. */
  async sendImage(to: ChatRef, image: OutboundImage, options: SendOptions = {}): Promise<SentMessage> {
    const chat = await this.target(to);
    const content = await imageContent(this.client, chat.chatId, image);
    return { messageId: await this.sendEvent(chat.chatId, 'm.room.message', content, options.idempotencyKey) };
  }

  /** An export: uploaded, then an m.file with its name. */
  async sendFile(to: ChatRef, file: OutboundFile, options: SendOptions = {}): Promise<SentMessage> {
    const chat = await this.target(to);
    const content = await fileContent(this.client, chat.chatId, file);
    return { messageId: await this.sendEvent(chat.chatId, 'm.room.message', content, options.idempotencyKey) };
  }

  async closePoll(chat: ChatRef, messageId: string): Promise<void> {
    await this.sendEvent(chat.chatId, POLL_END, pollEndContent(messageId), `poll-end:${messageId}`);
  }

  /** The person's 1:1 room with the bot: a recorded DM that is still just the two of them, or a new one. */
  openDm(userId: string): Promise<ChatRef | null> {
    return this.dms.open(userId);
  }

  /** Matrix has no toasts: the answer to a press is a short notice replying to what was pressed. */
  async ackAction(event: ActionEvent, text?: string): Promise<void> {
    // A press in a room that was upgraded since: nobody may post there any more.
    if (!text || this.upgrades.replacementOf(event.chat.chatId)) return;
    // A reply to the press shows whom it answers; a display name in the text could be "@room".
    await this.sendEvent(
      event.chat.chatId,
      'm.room.message',
      noticeContent(escapeHtml(text), event.ackId ?? event.messageId, event.chat.threadId),
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
    // Followed live from the sync (state and timeline, in order), so this is the room's power right now.
    const levels = info.power!;
    const people = new Set([...Object.keys(levels.users), ...info.members.keys()]);
    return [...people].filter((id) => id !== this.userId && powerOf(levels, id) >= this.options.coordinatorPowerLevel);
  }

  /**
   * /forgetme: private-chats.ts drops their m.direct entry and leaves and
   * forgets each private room with them; the numbered-option mappings kept
   * for those rooms go here. Returns the rooms that were private chats with them.
   */
  async forgetUser(userId: string): Promise<string[]> {
    const left = await this.dms.forget(userId);
    for (const roomId of left) {
      await this.options.state.deletePrefix(StateStorageProvider.key(`buttons:${roomId}/`));
      await this.storage.delete(`last-buttons:${roomId}`);
    }
    return left;
  }

  deepLink(): string | null {
    // Matrix lets the bot open a DM itself (dmWithoutContact), so no link is needed.
    return null;
  }

  threadOf(roomId: string, eventId: string): Promise<string | undefined> {
    return this.threads.rootOf(roomId, eventId);
  }

  senderOfEvent(roomId: string, eventId: string): Promise<string | undefined> {
    return this.threads.senderOf(roomId, eventId);
  }

  /** Send one event (see send.ts: idempotent transaction ids, encryption, short rate limits waited out). */
  async sendEvent(
    roomId: string,
    type: string,
    content: Content,
    idempotencyKey?: string,
    replyKey?: string,
  ): Promise<string> {
    const eventId = await sendRoomEvent(this.client, roomId, type, content, idempotencyKey, replyKey);
    this.threads.sent(eventId, content);
    return eventId;
  }
}
