// The narrow view of the adapter its sync loop (sync.ts) works through: the
// loop receives a SyncHost rather than the MatrixAdapter, so neither file
// needs the other.

import type { MatrixClient } from 'matrix-bot-sdk';
import type { ChatRef } from '../../src/core/types.ts';
import type { MatrixLog } from './options.ts';
import type { Rooms } from './rooms.ts';
import type { StateStorageProvider } from './storage.ts';
import type { RoomUpgrades } from './upgrades.ts';

/** What the sync loop needs from the adapter (MatrixAdapter is one), and nothing more. */
export interface SyncHost {
  readonly log: MatrixLog;
  /** Room state the loop keeps current; the adapter reads it to send. */
  readonly rooms: Rooms;
  /** The bot's user id and name, known once logged in. */
  readonly userId: string;
  readonly botUsername?: string;
  /** Whether encrypted rooms can be read. */
  readonly e2ee: boolean;
  /** Where the sync token is kept. */
  readonly storage: Pick<StateStorageProvider, 'getSyncToken' | 'setSyncToken'>;
  /** Crypto state to feed and decrypt with; /messages for back-fill. */
  readonly client: Pick<MatrixClient, 'crypto' | 'doRequest'>;
  /** Accept or refuse an invite; `replacing`: the room replaces one the bot is in (an upgrade). */
  onInvite(roomId: string, inviter: string, isDirect: boolean, replacing?: boolean): Promise<void>;
  /** Room upgrades followed to their new room. */
  readonly upgrades: Pick<RoomUpgrades, 'follow' | 'replacementOf' | 'replacedByInvite'>;
  chatOf(roomId: string): ChatRef;
  /** Numbered replies and reactions: the buttons a message had, and the room's latest message with some. */
  buttonsOf(roomId: string, eventId: string): Promise<string[] | null>;
  takesReplies(roomId: string, eventId: string): Promise<boolean>;
  lastButtonsIn(roomId: string, now?: number, sender?: string): Promise<string | null>;
  /** The root of the thread an event is in, if any (threads.ts). */
  threadOf(roomId: string, eventId: string): Promise<string | undefined>;
  /** Who sent an event of the room (the person a command written as a reply names). */
  senderOfEvent(roomId: string, eventId: string): Promise<string | undefined>;
}

export interface SyncSettings {
  token: string;
  homeserverUrl: string;
  /** Long-poll timeout of /sync (default 30 s). */
  syncTimeoutMs?: number;
  /** Room members at or above this power level are coordinators: crossing it is a promotion or demotion. */
  coordinatorPowerLevel: number;
}
