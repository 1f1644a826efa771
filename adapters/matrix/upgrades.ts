// Room upgrades (Element's `/upgrade`, or a server admin's): the homeserver
// closes the old room with an `m.room.tombstone` naming its replacement, and
// usually lowers everyone's right to post there. The bot follows it: it joins
// the new room (through the servers of the old room and of whoever upgraded
// it, as clients do) and the sync loop tells the core that the chat moved
// (`migrated`, as for a Telegram group that became a supergroup), so the
// cohort with its schedules, pairings and everything else moves with the chat row.
//
// A send to the old room after that fails as `migrated` with the new room's
// id before it reaches the server, so the core's one path for moved chats
// follows it (pipeline/follow-migration.ts for answers, jobs/deliver.ts for
// the send queue). The old room stays joined but is not listened to any more.
//
// An invite-only room cannot be joined by itself: the bot then waits for the
// invite (Element offers to invite the old room's members) and accepts it when
// the old room's tombstone, read from the server, names the invited room.

import { DeliveryError } from '../../src/core/errors.ts';
import { failureOf } from './errors.ts';
import type { MatrixLog } from './options.ts';
import { RememberedRooms } from './remembered.ts';
import { serverOf } from './rooms.ts';
import type { StateStorageProvider } from './storage.ts';

/** Adapter state key: old room id -> the room that replaced it, once the bot is in the new one. */
const REPLACED_KEY = 'replaced-rooms';

export interface UpgradeDeps {
  storage: StateStorageProvider;
  log: MatrixLog;
  join(roomId: string, via: string[]): Promise<unknown>;
  /** The state event of a room, or a rejection (not in the room, no such state). */
  stateOf(roomId: string, type: string): Promise<Record<string, unknown>>;
}

export class RoomUpgrades {
  private readonly deps: UpgradeDeps;
  private readonly replaced: RememberedRooms;

  constructor(deps: UpgradeDeps) {
    this.deps = deps;
    this.replaced = new RememberedRooms(deps.storage, REPLACED_KEY);
  }

  async start(): Promise<void> {
    await this.replaced.load();
  }

  /** The room that replaced this one, once the bot moved there (following replacements of replacements). */
  replacementOf(roomId: string): string | undefined {
    let current = this.replaced.get(roomId);
    for (let hops = 0; current && hops < 10; hops++) {
      const next = this.replaced.get(current);
      if (!next) return current;
      current = next;
    }
    return current;
  }

  /** A send to a replaced room: the core's `migrated` failure, naming where the chat is now. */
  assertCurrent(roomId: string): void {
    const newChatId = this.replacementOf(roomId);
    if (newChatId) {
      throw new DeliveryError({ kind: 'migrated', newChatId }, `matrix: ${roomId} was upgraded to ${newChatId}`);
    }
  }

  /**
   * Follow a tombstone: join the new room. True once the bot is in it; false
   * when the room refuses it (invite-only: the invite will come, see
   * `replacedByInvite`). Network trouble is thrown, so the batch is fetched again.
   */
  async follow(oldRoomId: string, newRoomId: string, upgradedBy: string): Promise<boolean> {
    if (this.replaced.get(oldRoomId) === newRoomId) return true;
    const via = [...new Set([serverOf(oldRoomId), serverOf(upgradedBy)].filter(Boolean))];
    try {
      await this.deps.join(newRoomId, via);
    } catch (err) {
      if (failureOf(err).kind === 'transient') throw err;
      this.deps.log.info(
        { oldRoomId, newRoomId, err: String(err) },
        'matrix: a room was upgraded and its replacement cannot be joined yet; waiting for an invite to it',
      );
      return false;
    }
    await this.replaced.set(oldRoomId, newRoomId);
    this.deps.log.info({ oldRoomId, newRoomId }, 'matrix: a room was upgraded; followed it to its replacement');
    return true;
  }

  /**
   * The room an invite's room replaces, when the invited room names a
   * predecessor (m.room.create) whose tombstone, as the server has it, names
   * the invited room; otherwise undefined. Anyone can create a room that
   * claims a predecessor: only the old room's own tombstone counts.
   */
  async replacedByInvite(
    roomId: string,
    inviteState: ReadonlyArray<{ type: string; content?: unknown }>,
  ): Promise<string | undefined> {
    const create = inviteState.find((e) => e.type === 'm.room.create');
    const predecessor = (create?.content as { predecessor?: { room_id?: unknown } } | undefined)?.predecessor?.room_id;
    if (typeof predecessor !== 'string' || predecessor === roomId) return undefined;
    try {
      const tombstone = await this.deps.stateOf(predecessor, 'm.room.tombstone');
      return tombstone.replacement_room === roomId ? predecessor : undefined;
    } catch (err) {
      if (failureOf(err).kind === 'transient') throw err;
      return undefined; // not in the old room, or it has no tombstone: an ordinary invite
    }
  }
}
