// What the adapter knows about rooms, learnt from sync: names, display names,
// who is in them, power levels (followed live), encryption, and which rooms
// are DMs (m.direct).
//
// A room is private only while it is a DM that holds the bot and one person
// (joined or invited: an invited person reads what is posted once they join).
// A DM that ever holds a third person is a group for good, also after the
// others leave: what is said there may be read by whoever comes back, and the
// bot opens a new 1:1 room instead (docs/matrix.md, "When a private chat
// stops being private").

export interface PowerLevels {
  users: Record<string, number>;
  usersDefault: number;
}

interface RoomInfo {
  name?: string;
  /** Joined and invited members -> display name. */
  members: Map<string, string>;
  power?: PowerLevels;
  encrypted: boolean;
  left: boolean;
  /** m.room.tombstone: the room that replaced this one after an upgrade. */
  replacedBy?: string;
}

export type StateEvent = {
  type: string;
  state_key?: string;
  content: Record<string, unknown>;
  sender: string;
  event_id?: string;
};

export class Rooms {
  private readonly rooms = new Map<string, RoomInfo>();
  /** Private rooms of people who were forgotten: their events are not ours any more. */
  private readonly forgotten = new Set<string>();
  /** m.direct: user id -> DM room ids (the bot's account data). */
  direct: Record<string, string[]> = {};
  /** The bot's user id: a room whose member list lacks it is not known yet, so not private. */
  me = '';
  /** DM rooms that held more than two people at some point: groups from then on. */
  readonly grown = new Set<string>();
  /** Called once when a DM becomes a group (the adapter keeps the list across restarts). */
  onGrown: (roomId: string) => void = () => {};
  /**
   * Called once when a room turns out to be encrypted: after a restart the sync
   * carries no state for rooms that did not change, so the adapter keeps the list.
   */
  onEncrypted: (roomId: string) => void = () => {};

  room(roomId: string): RoomInfo {
    let info = this.rooms.get(roomId);
    if (!info) {
      info = { members: new Map(), encrypted: false, left: false };
      this.rooms.set(roomId, info);
    }
    return info;
  }

  isDm(roomId: string): boolean {
    return Object.values(this.direct).some((rooms) => rooms.includes(roomId));
  }

  /**
   * Private right now: a DM (m.direct) that never grew, with nobody in it but
   * the bot and the person it is recorded for. A room whose members are not
   * known yet is not.
   */
  isPrivate(roomId: string): boolean {
    const info = this.rooms.get(roomId);
    if (!info || info.left || !info.members.has(this.me) || this.grown.has(roomId)) return false;
    const owners = this.ownersOf(roomId);
    return (
      owners.size > 0 &&
      info.members.size <= 2 &&
      [...info.members.keys()].every((id) => id === this.me || owners.has(id))
    );
  }

  /** Whether the bot knows who is in a room (it is in its member list). */
  knowsMembers(roomId: string): boolean {
    return this.rooms.get(roomId)?.members.has(this.me) ?? false;
  }

  /** DM rooms recorded for a user that may still be theirs alone, newest first. */
  dmCandidates(userId: string): string[] {
    return (
      (this.direct[userId] ?? [])
        // A DM closed by an upgrade takes no more messages.
        .filter(
          (roomId) => !this.rooms.get(roomId)?.left && !this.rooms.get(roomId)?.replacedBy && !this.grown.has(roomId),
        )
        .reverse()
    );
  }

  /** The DM room with a user that is private right now (the bot, them, nobody else), if any. */
  dmWith(userId: string): string | undefined {
    return this.dmCandidates(userId).find(
      (roomId) => this.isPrivate(roomId) && this.rooms.get(roomId)!.members.has(userId),
    );
  }

  /** The user's newest DM, when they left it (or declined it) and the bot is still in it alone. */
  abandonedDm(userId: string): string | undefined {
    const newest = (this.direct[userId] ?? []).at(-1);
    if (!newest || !this.isPrivate(newest)) return undefined;
    return this.rooms.get(newest)!.members.has(userId) ? undefined : newest;
  }

  /** Whose DM a room was recorded as (m.direct), if anyone's. */
  dmUserOf(roomId: string): string | undefined {
    return [...this.ownersOf(roomId)][0];
  }

  private ownersOf(roomId: string): Set<string> {
    return new Set(
      Object.entries(this.direct)
        .filter(([, rooms]) => rooms.includes(roomId))
        .map(([userId]) => userId),
    );
  }

  displayName(roomId: string, userId: string): string {
    return this.rooms.get(roomId)?.members.get(userId) || localpart(userId);
  }

  /** Apply a state event; returns the power levels before, when the event changed them. */
  apply(roomId: string, event: StateEvent): PowerLevels | undefined {
    const info = this.room(roomId);
    const c = event.content ?? {};
    switch (event.type) {
      case 'm.room.name':
        info.name = typeof c.name === 'string' ? c.name : undefined;
        break;
      case 'm.room.member':
        if (event.state_key) {
          if (c.membership === 'join' || c.membership === 'invite') {
            info.members.set(event.state_key, typeof c.displayname === 'string' ? c.displayname : '');
          } else info.members.delete(event.state_key);
          this.recheck(roomId);
        }
        break;
      case 'm.room.encryption':
        if (!info.encrypted) {
          info.encrypted = true;
          this.onEncrypted(roomId);
        }
        break;
      case 'm.room.tombstone':
        if (typeof c.replacement_room === 'string' && c.replacement_room !== roomId)
          info.replacedBy = c.replacement_room;
        break;
      case 'm.room.power_levels': {
        const before = info.power;
        info.power = parsePowerLevels(c);
        return before;
      }
    }
    return undefined;
  }

  /** Drop what is known about a room and ignore its events from now on (/forgetme). */
  forget(roomId: string): void {
    this.rooms.delete(roomId);
    this.forgotten.add(roomId);
  }

  isForgotten(roomId: string): boolean {
    return this.forgotten.has(roomId);
  }

  /** Invited again to a room it forgot: someone wants the bot there after all. */
  remember(roomId: string): void {
    this.forgotten.delete(roomId);
  }

  markLeft(roomId: string, left: boolean): void {
    this.room(roomId).left = left;
  }

  /**
   * A DM with someone else in it (joined or invited) than the bot and its
   * person is a group from now on. Called after every member change.
   */
  recheck(roomId: string): void {
    const info = this.rooms.get(roomId);
    if (!info?.members.has(this.me) || this.grown.has(roomId)) return;
    const owners = this.ownersOf(roomId);
    if (owners.size === 0) return;
    const stranger = [...info.members.keys()].some((id) => id !== this.me && !owners.has(id));
    if (info.members.size <= 2 && !stranger) return;
    this.grown.add(roomId);
    this.onGrown(roomId);
  }
}

export function parsePowerLevels(content: Record<string, unknown>): PowerLevels {
  const users: Record<string, number> = {};
  if (content.users && typeof content.users === 'object') {
    for (const [id, level] of Object.entries(content.users as Record<string, unknown>)) {
      if (typeof level === 'number') users[id] = level;
    }
  }
  return { users, usersDefault: typeof content.users_default === 'number' ? content.users_default : 0 };
}

export function powerOf(levels: PowerLevels, userId: string): number {
  return levels.users[userId] ?? levels.usersDefault;
}

export function localpart(userId: string): string {
  return userId.replace(/^@/, '').split(':')[0] ?? userId;
}

export function serverOf(userId: string): string {
  const at = userId.indexOf(':');
  return at < 0 ? '' : userId.slice(at + 1);
}

/** Whether an inviter is allowed: a listed user id, or any user of a listed server. */
export function inviterAllowed(inviter: string, allowed: readonly string[]): boolean {
  const server = serverOf(inviter).toLowerCase();
  return allowed.some((entry) => (entry.startsWith('@') ? entry === inviter : entry.toLowerCase() === server));
}
