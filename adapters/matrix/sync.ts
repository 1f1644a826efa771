// The sync loop. The token is saved only after every event of the batch was
// handled by the core (which de-duplicates by event id), so a crash replays the
// batch instead of skipping it. A `limited` timeline (a busy room while we were
// away) is back-filled with /messages down to where the last sync ended.

import type { InboundEvent, InboundHandler } from '../../src/core/types.ts';
import { failureOf } from './errors.ts';
import { mapEvent, senderOf, type TimelineEvent } from './inbound.ts';
import { powerOf, type Rooms } from './rooms.ts';
import type { SyncHost, SyncSettings } from './sync-host.ts';

interface RoomSync {
  state?: { events?: TimelineEvent[] };
  timeline?: { events?: TimelineEvent[]; limited?: boolean; prev_batch?: string };
  invite_state?: { events?: TimelineEvent[] };
}

interface SyncResponse {
  next_batch: string;
  account_data?: { events?: Array<{ type: string; content: Record<string, unknown> }> };
  rooms?: { join?: Record<string, RoomSync>; invite?: Record<string, RoomSync>; leave?: Record<string, RoomSync> };
  to_device?: { events?: unknown[] };
  device_lists?: { changed?: string[]; left?: string[] };
  device_one_time_keys_count?: Record<string, number>;
  device_unused_fallback_key_types?: string[];
}

const FILTER = JSON.stringify({
  presence: { not_types: ['*'] },
  room: { timeline: { limit: 50 }, ephemeral: { not_types: ['*'] } },
});
/** Most events fetched to fill one room's gap after downtime. */
const BACKFILL_MAX = 1000;

export class SyncLoop {
  private readonly host: SyncHost;
  private readonly handler: InboundHandler;
  private readonly settings: SyncSettings;
  private abort = new AbortController();
  private running: Promise<void> | null = null;
  private stopped = false;
  /** Rooms whose "encrypted" notice was handed to the core in this process. */
  private readonly encryptedNotified = new Set<string>();

  /** Why the homeserver is not answering sync right now, or null while it does (for /readyz). */
  unhealthy: string | null = null;
  /** Rooms whose member list (display names) was loaded in this process. */
  private readonly membersLoaded = new Set<string>();

  constructor(host: SyncHost, handler: InboundHandler, settings: SyncSettings) {
    this.host = host;
    this.handler = handler;
    this.settings = settings;
  }

  async start(): Promise<void> {
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    await this.running;
  }

  private async loop(): Promise<void> {
    const { storage, log } = this.host;
    let since = await storage.getSyncToken();
    let failures = 0;
    while (!this.stopped) {
      let response: SyncResponse;
      try {
        response = await this.fetchSync(since);
      } catch (err) {
        if (this.stopped) break;
        failures++;
        this.unhealthy = String(err).slice(0, 200);
        log.warn({ err: String(err), failures }, 'matrix: sync failed; retrying');
        await this.sleep(retryDelay(failures));
        continue;
      }
      if (this.unhealthy !== null) {
        log.info({ failures }, 'matrix: sync recovered; the homeserver answers again');
        this.unhealthy = null;
      }
      try {
        await this.process(response, since);
        // Only now: everything in the batch was handled.
        await storage.setSyncToken(response.next_batch);
        since = response.next_batch;
        failures = 0;
      } catch (err) {
        failures++;
        log.error({ err: String(err), failures }, 'matrix: handling a sync batch failed; it will be fetched again');
        await this.sleep(retryDelay(failures));
      }
    }
  }

  private async fetchSync(since: string | null): Promise<SyncResponse> {
    const { homeserverUrl, syncTimeoutMs } = this.settings;
    const params = new URLSearchParams({ filter: FILTER, timeout: String(since ? (syncTimeoutMs ?? 30_000) : 0) });
    if (since) params.set('since', since);
    const res = await fetch(`${homeserverUrl}/_matrix/client/v3/sync?${params}`, {
      headers: { authorization: `Bearer ${this.settings.token}` },
      signal: this.abort.signal,
    });
    if (!res.ok) throw new Error(`sync: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    return (await res.json()) as SyncResponse;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.abort.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Handle one batch; resolves when the core handled every event, rejects if any failed. */
  private async process(response: SyncResponse, since: string | null): Promise<void> {
    const host = this.host;
    const { rooms } = host;
    for (const event of response.account_data?.events ?? []) {
      if (event.type === 'm.direct') rooms.direct = event.content as Record<string, string[]>;
    }
    const crypto = host.client.crypto;
    if (crypto) {
      await crypto.updateSyncData(
        // biome-ignore lint/suspicious/noExplicitAny: the SDK's to-device type is internal.
        (response.to_device?.events ?? []) as any,
        response.device_one_time_keys_count ?? {},
        // biome-ignore lint/suspicious/noExplicitAny: OTKAlgorithm strings.
        (response.device_unused_fallback_key_types ?? []) as any,
        response.device_lists?.changed ?? [],
        response.device_lists?.left ?? [],
      );
    }

    const handled: Promise<void>[] = [];
    const hand = (event: InboundEvent) => handled.push(this.handler(event));

    for (const [roomId, room] of Object.entries(response.rooms?.invite ?? {})) {
      const invite = (room.invite_state?.events ?? []).find(
        (e) => e.type === 'm.room.member' && e.state_key === host.userId && e.content?.membership === 'invite',
      );
      if (!invite) continue;
      rooms.remember(roomId);
      try {
        // An invite to the room that replaced one the bot is in (an upgraded invite-only room).
        const predecessor = await host.upgrades.replacedByInvite(roomId, room.invite_state?.events ?? []);
        const replaces = predecessor && !rooms.isDm(predecessor) ? predecessor : undefined;
        await host.onInvite(roomId, invite.sender, invite.content?.is_direct === true, replaces !== undefined);
        if (replaces) await this.followUpgrade(replaces, roomId, invite.sender);
      } catch (err) {
        // A room that vanished or refuses us will not get better: log and move on. Anything
        // else (network, 5xx) fails the batch so that the invite is seen again.
        if (failureOf(err).kind !== 'transient') {
          host.log.warn({ roomId, err: String(err) }, 'matrix: could not accept an invite');
        } else throw err;
      }
    }

    // A room closed by an upgrade goes first: the new room's events in the same batch then find the cohort there.
    const joined = Object.entries(response.rooms?.join ?? {}).sort(
      ([, a], [, b]) => Number(hasTombstone(b)) - Number(hasTombstone(a)),
    );
    for (const [roomId, room] of joined) {
      if (rooms.isForgotten(roomId)) continue;
      rooms.markLeft(roomId, false);
      for (const event of room.state?.events ?? []) rooms.apply(roomId, event);
      let timeline = room.timeline?.events ?? [];
      if (since && room.timeline?.limited && room.timeline.prev_batch) {
        try {
          timeline = [...(await this.backfill(roomId, room.timeline.prev_batch, since)), ...timeline];
        } catch (err) {
          if (failureOf(err).kind === 'transient') throw err;
          host.log.warn({ roomId, err: String(err) }, 'matrix: could not back-fill a gap; going on without it');
        }
      }
      await this.noticeEncryption(roomId, hand);
      // A room the bot just joined arrives with its history: what happened before the join is not ours to answer.
      const joinedAt = timeline.findLastIndex(
        (e) => e.type === 'm.room.member' && e.state_key === host.userId && e.content?.membership === 'join',
      );
      if (joinedAt > 0) {
        for (const event of timeline.slice(0, joinedAt)) if (event.state_key !== undefined) rooms.apply(roomId, event);
        timeline = timeline.slice(joinedAt);
      }
      for (const event of timeline) {
        await this.onTimelineEvent(roomId, event, since === null, hand);
      }
      await this.noticeEncryption(roomId, hand);
    }

    for (const [roomId, room] of Object.entries(response.rooms?.leave ?? {})) {
      // A room the bot left by itself (a forgotten person's private room, an
      // invite it refused) has nothing more for the core; this holds after a
      // restart too, when the in-memory list of forgotten rooms is gone.
      if (rooms.isForgotten(roomId) || leftByItself(room.timeline?.events ?? [], host.userId)) {
        rooms.markLeft(roomId, true);
        continue;
      }
      for (const event of room.timeline?.events ?? []) {
        await this.onTimelineEvent(roomId, event, since === null, hand);
      }
      rooms.markLeft(roomId, true);
    }

    const results = await Promise.allSettled(handled);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  private async onTimelineEvent(
    roomId: string,
    event: TimelineEvent,
    initial: boolean,
    hand: (event: InboundEvent) => void,
  ): Promise<void> {
    const host = this.host;
    const { rooms } = host;
    // Keep the room's state current, in timeline order.
    let powerBefore: ReturnType<typeof rooms.apply>;
    if (event.state_key !== undefined) powerBefore = rooms.apply(roomId, event);
    // On the very first sync the timeline is history from before the bot ran: skip it.
    if (initial) return;
    const replacement = rooms.room(roomId).replacedBy;
    if (event.type === 'm.room.tombstone' && replacement) {
      // A private chat is not followed: the bot opens a new one with the person when it next writes.
      if (!rooms.isDm(roomId)) await this.followUpgrade(roomId, replacement, event.sender);
      return;
    }
    // A room left behind by an upgrade is closed: its cohort lives in the new room now.
    if (host.upgrades.replacementOf(roomId)) return;
    const chat = host.chatOf(roomId);
    if (event.type === 'm.room.encrypted' && !host.e2ee) return;
    if (event.type === 'm.room.encrypted' && host.client.crypto) {
      try {
        const { sdk } = await import('./sdk.ts').then((m) => m.loadMatrixSdk());
        const decrypted = await host.client.crypto.decryptRoomEvent(new sdk.EncryptedRoomEvent(event), roomId);
        event = decrypted.raw as TimelineEvent;
      } catch (err) {
        host.log.warn({ roomId, eventId: event.event_id, err: String(err) }, 'matrix: could not decrypt an event');
        return;
      }
    }
    if (event.type === 'm.room.power_levels' && powerBefore && chat.kind === 'group') {
      this.powerChanges(roomId, event, powerBefore, hand);
      return;
    }
    await this.ensureMembers(roomId, event);
    const mapped = await mapEvent(event, {
      me: host.userId,
      rooms,
      chat,
      buttonsOf: (id) => host.buttonsOf(roomId, id),
      takesReplies: (id) => host.takesReplies(roomId, id),
      lastButtonsIn: (id, at, sender) => host.lastButtonsIn(id, at, sender),
      threadOf: (eventId) => host.threadOf(roomId, eventId),
      senderOfEvent: (eventId) => host.senderOfEvent(roomId, eventId),
    });
    // In a room it cannot read, the bot's hello would promise what it cannot do: the
    // "encrypted" notice is all it says there.
    const unreadable = !host.e2ee && rooms.room(roomId).encrypted;
    if (mapped?.kind === 'member' && mapped.isBot && mapped.change === 'joined' && unreadable) return;
    if (mapped) hand(mapped);
  }

  /**
   * After a restart, sync sends only what changed: a room's member state (the
   * display names) is not in it. Without it a sender's name would read as
   * their id's local part and overwrite the name the core keeps, so the member
   * list is loaded once per room before its first event is handed on.
   */
  private async ensureMembers(roomId: string, event: TimelineEvent): Promise<void> {
    const { rooms, client, log, userId } = this.host;
    if (event.sender === userId || this.membersLoaded.has(roomId)) return;
    if (rooms.room(roomId).members.has(event.sender) && rooms.knowsMembers(roomId)) return;
    try {
      const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/members`;
      const page = (await client.doRequest('GET', path, { not_membership: 'leave' })) as { chunk?: TimelineEvent[] };
      // State from the timeline is newer than this snapshot only for this event's own change.
      for (const member of page.chunk ?? []) if (member.state_key !== event.state_key) rooms.apply(roomId, member);
      this.membersLoaded.add(roomId);
    } catch (err) {
      if (failureOf(err).kind === 'transient') throw err;
      log.warn({ roomId, err: String(err) }, 'matrix: could not load the member list; names may show as ids');
    }
  }

  /** Someone crossed the coordinator power level: promoted or demoted. */
  private powerChanges(
    roomId: string,
    event: TimelineEvent,
    before: NonNullable<ReturnType<Rooms['apply']>>,
    hand: (event: InboundEvent) => void,
  ): void {
    const host = this.host;
    const after = host.rooms.room(roomId).power;
    if (!after) return;
    const threshold = this.settings.coordinatorPowerLevel;
    const users = new Set([...Object.keys(before.users), ...Object.keys(after.users)]);
    for (const userId of users) {
      if (userId === host.userId) continue;
      const was = powerOf(before, userId) >= threshold;
      const is = powerOf(after, userId) >= threshold;
      if (was === is) continue;
      hand({
        kind: 'member',
        id: `${event.event_id}:${userId}`,
        chat: host.chatOf(roomId),
        sender: senderOf(host.rooms, roomId, event.sender),
        member: senderOf(host.rooms, roomId, userId),
        change: is ? 'promoted' : 'demoted',
      });
    }
  }

  /**
   * A room was upgraded: join its replacement (upgrades.ts) and, once in, tell
   * the core the chat moved. Awaited here, before the rest of the batch, so
   * the new room's first events find the cohort already there.
   */
  private async followUpgrade(oldRoomId: string, newRoomId: string, upgradedBy: string): Promise<void> {
    const host = this.host;
    if (!(await host.upgrades.follow(oldRoomId, newRoomId, upgradedBy))) return;
    await this.handler({
      kind: 'chat',
      change: 'migrated',
      // Stable: the core records it, so a replayed batch moves nothing twice.
      id: `upgraded:${oldRoomId}:${newRoomId}`,
      chat: host.chatOf(oldRoomId),
      newChatId: newRoomId,
      sender: { userId: host.userId, displayName: host.botUsername ?? 'bot' },
    });
  }

  /** Tell the core once that a room is encrypted and unreadable (it tells the coordinators). */
  private async noticeEncryption(roomId: string, hand: (event: InboundEvent) => void): Promise<void> {
    const host = this.host;
    if (host.e2ee || !host.rooms.room(roomId).encrypted || this.encryptedNotified.has(roomId)) return;
    this.encryptedNotified.add(roomId);
    // A stable id: the core records it, so the notice is given once per room, across restarts too.
    hand({
      kind: 'chat',
      change: 'encrypted',
      id: `encrypted:${roomId}`,
      chat: host.chatOf(roomId),
      sender: { userId: host.userId, displayName: host.botUsername ?? 'bot' },
    });
  }

  /** Events between the last sync and the start of a limited timeline, oldest first. */
  private async backfill(roomId: string, prevBatch: string, since: string): Promise<TimelineEvent[]> {
    const host = this.host;
    const events: TimelineEvent[] = [];
    let from = prevBatch;
    while (events.length < BACKFILL_MAX) {
      const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/messages`;
      const page = (await host.client.doRequest('GET', path, {
        dir: 'b',
        from,
        to: since,
        limit: 100,
      })) as { chunk?: TimelineEvent[]; end?: string };
      const chunk = page.chunk ?? [];
      events.push(...chunk);
      if (!page.end || chunk.length === 0) break;
      from = page.end;
    }
    // A room just joined comes "limited" with nothing in the gap: not worth a line.
    if (events.length > 0) host.log.info({ roomId, events: events.length }, 'matrix: back-filled a gap after downtime');
    return events.reverse();
  }
}

function hasTombstone(room: RoomSync): boolean {
  return [...(room.state?.events ?? []), ...(room.timeline?.events ?? [])].some((e) => e.type === 'm.room.tombstone');
}

/** Whether the bot's own leave is in this timeline (it left; nobody removed it). */
function leftByItself(events: readonly TimelineEvent[], me: string): boolean {
  return events.some(
    (e) => e.type === 'm.room.member' && e.state_key === me && e.sender === me && e.content?.membership === 'leave',
  );
}

/** Wait before the next sync after `failures` in a row: doubling from 1 s, at most 10 s (a homeserver back is noticed soon). */
export function retryDelay(failures: number): number {
  return Math.min(10_000, 500 * 2 ** Math.min(failures, 5));
}
