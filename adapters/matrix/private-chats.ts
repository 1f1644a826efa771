// Private chats on Matrix (docs/matrix.md, "When a private chat stops being
// private"): which DM rooms are really 1:1 right now, finding or creating one
// for a person, and where a message meant for someone in private may go.
// Rooms (rooms.ts) keeps the members; this module reads them from the server
// when they are not known, and keeps the list of DMs that became groups.

import { randomUUID } from 'node:crypto';
import { DeliveryError } from '../../src/core/errors.ts';
import type { ChatRef } from '../../src/core/types.ts';
import { toDeliveryError } from './errors.ts';
import type { Rooms, StateEvent } from './rooms.ts';
import type { StateStorageProvider } from './storage.ts';

/** Adapter state key: DM rooms that gained a third person (groups for good, see rooms.ts). */
const GROWN_KEY = 'grown-dms';

/** The parts of matrix-bot-sdk's MatrixClient used here. */
export interface DmClient {
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature.
  doRequest(method: string, path: string, qs?: any, body?: any): Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature.
  createRoom(properties?: any): Promise<string>;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature.
  setAccountData(eventType: string, content: any): Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature.
  getRoomStateEvent(roomId: string, type: string, stateKey: string): Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature.
  sendStateEvent(roomId: string, type: string, stateKey: string, content: any): Promise<string>;
}

export interface PrivateChatsDeps {
  client: DmClient;
  rooms: Rooms;
  storage: StateStorageProvider;
  log: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
  /** The bot's user id. */
  userId: string;
  chatOf(roomId: string): ChatRef;
}

export class PrivateChats {
  private readonly deps: PrivateChatsDeps;
  private readonly locks = new Map<string, Promise<ChatRef>>();
  /** Writes of the grown-DM list, one after the other. */
  private saved: Promise<void> = Promise.resolve();

  constructor(deps: PrivateChatsDeps) {
    this.deps = deps;
  }

  private get rooms(): Rooms {
    return this.deps.rooms;
  }

  /** Before the sync starts: the DMs that became groups, and who is in every DM now. */
  async start(): Promise<void> {
    for (const roomId of (await this.deps.storage.getJson<string[]>(GROWN_KEY)) ?? []) this.rooms.grown.add(roomId);
    this.rooms.onGrown = (roomId) => this.saveGrown(roomId);
    await this.loadDmMembers();
  }

  /** The bot joined a room it was invited to as someone's DM. */
  async accepted(roomId: string, inviter: string): Promise<void> {
    await this.record(inviter, roomId);
    // Who is in it decides whether it is private; the sync may bring the room's state later than its first message.
    await this.loadMembers(roomId);
    await this.hideHistoryFromLaterMembers(roomId);
  }

  /** The person's 1:1 room with the bot: a recorded DM that is still just the two of them, or a new one. */
  async open(userId: string): Promise<ChatRef> {
    const known = this.rooms.dmWith(userId);
    if (known) return this.deps.chatOf(known);
    // One room per person even when two sends ask at once.
    let pending = this.locks.get(userId);
    if (!pending) {
      pending = this.findOrCreate(userId).finally(() => this.locks.delete(userId));
      this.locks.set(userId, pending);
    }
    return pending;
  }

  /**
   * Where a message meant for a private chat may go: the room itself while it
   * is still the bot and its person, else that person's 1:1 room (found or
   * created). A DM that gained people never gets private messages again.
   */
  async target(chat: ChatRef): Promise<ChatRef> {
    if (chat.kind !== 'private') return chat;
    const userId = this.rooms.dmUserOf(chat.chatId);
    if (!userId) throw new DeliveryError({ kind: 'rejected', reason: 'not a private chat any more' });
    if (await this.isOneToOne(chat.chatId, userId)) return chat;
    const dm = await this.open(userId);
    // They left (or declined) their newest DM with the bot: like a block on Telegram, until they write again.
    if (!this.rooms.room(dm.chatId).members.has(userId)) {
      throw new DeliveryError({ kind: 'unreachable', reason: 'the person left their private chat with the bot' });
    }
    this.deps.log.info(
      { roomId: chat.chatId, to: dm.chatId },
      'matrix: the private chat is not 1:1 any more; using another',
    );
    return dm;
  }

  /** Whether a chat the core takes for private is still the bot and its person alone. */
  async stillPrivate(chat: ChatRef): Promise<boolean> {
    const userId = this.rooms.dmUserOf(chat.chatId);
    return userId !== undefined && (await this.isOneToOne(chat.chatId, userId));
  }

  /** Whether a room holds the bot and this person and nobody else. */
  private async isOneToOne(roomId: string, userId: string): Promise<boolean> {
    if (!this.rooms.knowsMembers(roomId)) {
      try {
        await this.loadMembers(roomId);
      } catch (err) {
        const failure = toDeliveryError(err).failure;
        if (failure.kind === 'transient' || failure.kind === 'rate_limited') throw toDeliveryError(err);
        return false;
      }
    }
    return this.rooms.isPrivate(roomId) && this.rooms.room(roomId).members.has(userId);
  }

  private async findOrCreate(userId: string): Promise<ChatRef> {
    for (const roomId of this.rooms.dmCandidates(userId)) {
      if (await this.isOneToOne(roomId, userId)) return this.deps.chatOf(roomId);
    }
    // Someone who left or declined their newest DM with the bot is not invited to yet another
    // one each time the bot has something to say: sends there fail as "unreachable" (target()).
    const abandoned = this.rooms.abandonedDm(userId);
    if (abandoned) return this.deps.chatOf(abandoned);
    let roomId: string;
    try {
      roomId = await this.deps.client.createRoom({
        is_direct: true,
        invite: [userId],
        preset: 'trusted_private_chat',
        // Someone invited later reads from their invite on, not what was said to this person before.
        initial_state: [
          { type: 'm.room.history_visibility', state_key: '', content: { history_visibility: 'invited' } },
        ],
      });
    } catch (err) {
      throw toDeliveryError(err);
    }
    // Known at once (the sync brings the same later): the bot joined, the person is invited.
    this.rooms.apply(roomId, memberEvent(this.deps.userId, 'join'));
    this.rooms.apply(roomId, memberEvent(userId, 'invite'));
    await this.record(userId, roomId);
    return this.deps.chatOf(roomId);
  }

  /**
   * /forgetme: their entry in m.direct goes; each private room with them is
   * left and forgotten (the bot can no longer read what was written there).
   * A room that has become a group (a third person joined) is only unmarked
   * as a DM. Returns the rooms that were private chats with them.
   */
  async forget(userId: string): Promise<string[]> {
    this.locks.delete(userId);
    const rooms = this.rooms.direct[userId] ?? [];
    if (userId in this.rooms.direct) {
      const { [userId]: _, ...others } = this.rooms.direct;
      this.rooms.direct = others;
      await this.deps.client.setAccountData('m.direct', others);
    }
    const left: string[] = [];
    for (const roomId of rooms) {
      const members = [...this.rooms.room(roomId).members.keys()].filter((id) => id !== this.deps.userId);
      if (members.some((id) => id !== userId)) continue;
      // Forgotten before leaving: the sync that reports the leave must not bring the room back.
      this.rooms.forget(roomId);
      const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}`;
      try {
        await this.deps.client.doRequest('POST', `${path}/leave`, null, {});
        await this.deps.client.doRequest('POST', `${path}/forget`, null, {});
      } catch (err) {
        this.deps.log.warn(
          { err: String(err) },
          'matrix: could not leave the private room of a person who was forgotten',
        );
      }
      left.push(roomId);
    }
    return left;
  }

  /** Record a DM in the bot's m.direct account data. */
  private async record(userId: string, roomId: string): Promise<void> {
    const rooms = this.rooms.direct[userId] ?? [];
    if (rooms.includes(roomId)) return;
    this.rooms.direct = { ...this.rooms.direct, [userId]: [...rooms, roomId] };
    this.rooms.recheck(roomId);
    await this.deps.client.setAccountData('m.direct', this.rooms.direct);
  }

  /**
   * At start the sync resumes from its token and brings only changes, so the
   * members of the DM rooms come first, in one filtered sync of their member
   * state (a room not known stays "not private" until it is).
   */
  private async loadDmMembers(): Promise<void> {
    const roomIds = [...new Set(Object.values(this.rooms.direct).flat())];
    if (roomIds.length === 0) return;
    const none = { not_types: ['*'] };
    const { filter_id } = (await this.deps.client.doRequest(
      'POST',
      `/_matrix/client/v3/user/${encodeURIComponent(this.deps.userId)}/filter`,
      null,
      {
        presence: none,
        account_data: none,
        room: {
          rooms: roomIds,
          timeline: { limit: 0 },
          // Synapse answers a repeated sync with the same filter from a cache for two minutes;
          // a sender that cannot exist makes the filter new, so the answer is the state now.
          state: {
            types: ['m.room.member'],
            lazy_load_members: false,
            not_senders: [`@nobody-${randomUUID()}:invalid`],
          },
          ephemeral: none,
          account_data: none,
        },
      },
    )) as { filter_id: string };
    const snapshot = (await this.deps.client.doRequest('GET', '/_matrix/client/v3/sync', {
      filter: filter_id,
      timeout: 0,
    })) as { rooms?: { join?: Record<string, { state?: { events?: StateEvent[] } }> } };
    for (const [roomId, room] of Object.entries(snapshot.rooms?.join ?? {})) {
      for (const event of room.state?.events ?? []) this.rooms.apply(roomId, event);
    }
  }

  /** The current members (joined and invited) of one room, from the server. */
  private async loadMembers(roomId: string): Promise<void> {
    const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/members`;
    const page = (await this.deps.client.doRequest('GET', path, { not_membership: 'leave' })) as {
      chunk?: StateEvent[];
    };
    for (const event of page.chunk ?? []) this.rooms.apply(roomId, event);
  }

  /**
   * Element's DMs let people who join later read the whole history. What the
   * bot said in private there (a /mydata answer) should not reach a person
   * invited later, so the bot, which has the power to in Element's DMs, lets
   * members read only from their invite on. Where it may not, the room stays
   * as it is (the bot treats it as a group anyway once a third person is in).
   */
  private async hideHistoryFromLaterMembers(roomId: string): Promise<void> {
    const { client, log } = this.deps;
    try {
      const now = await client.getRoomStateEvent(roomId, 'm.room.history_visibility', '').catch(() => null);
      const visibility = (now as { history_visibility?: string } | null)?.history_visibility ?? 'shared';
      if (visibility === 'invited' || visibility === 'joined') return;
      await client.sendStateEvent(roomId, 'm.room.history_visibility', '', { history_visibility: 'invited' });
    } catch (err) {
      log.info({ roomId, err: String(err) }, 'matrix: could not limit the history of a DM to its members');
    }
  }

  private saveGrown(roomId: string): void {
    const { log, storage } = this.deps;
    log.info({ roomId }, 'matrix: a private chat has a third person in it; it is a group from now on');
    const list = [...this.rooms.grown];
    this.saved = this.saved
      .then(() => storage.setJson(GROWN_KEY, list))
      .catch((err) => log.warn({ err: String(err) }, 'matrix: could not save the list of DMs that became groups'));
  }
}

function memberEvent(userId: string, membership: 'join' | 'invite'): StateEvent {
  return { type: 'm.room.member', state_key: userId, content: { membership }, sender: userId };
}
