// What the adapter knows about rooms, learnt from sync: names, display names,
// power levels (followed live), encryption, and which rooms are DMs (m.direct).

export interface PowerLevels {
  users: Record<string, number>;
  usersDefault: number;
}

interface RoomInfo {
  name?: string;
  members: Map<string, string>;
  power?: PowerLevels;
  encrypted: boolean;
  left: boolean;
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

  /** The DM room recorded for a user that the bot has not left, if any. */
  dmWith(userId: string): string | undefined {
    return (this.direct[userId] ?? []).findLast((roomId) => !this.rooms.get(roomId)?.left);
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
        }
        break;
      case 'm.room.encryption':
        info.encrypted = true;
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
