// Deleting someone's message on Matrix is a redaction, which the room's power
// levels allow the bot or not (`redact`, 50 by default). A private command
// typed in a group is removed this way where the bot may (docs/privacy.md).

import type { MatrixClient } from 'matrix-bot-sdk';

/**
 * Redact a message when the bot's power level reaches the room's `redact`
 * level; false otherwise. The levels are read from the room's state, not the
 * sync cache, so a promotion a moment ago counts.
 */
export async function redactIfAllowed(
  client: Pick<MatrixClient, 'getRoomStateEvent' | 'redactEvent'>,
  log: { warn(obj: object, msg?: string): void; debug?(obj: object, msg?: string): void },
  botUserId: string,
  roomId: string,
  eventId: string,
): Promise<boolean> {
  try {
    const levels = (await client.getRoomStateEvent(roomId, 'm.room.power_levels', '')) as Record<string, unknown>;
    const users = (levels.users ?? {}) as Record<string, unknown>;
    const level = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
    const mine = level(users[botUserId], level(levels.users_default, 0));
    if (mine < level(levels.redact, 50)) {
      log.debug?.({ roomId }, 'matrix: too low a power level to redact a message');
      return false;
    }
    await client.redactEvent(roomId, eventId, 'private command: moved to a private chat');
    return true;
  } catch (err) {
    log.warn({ roomId, err: String(err) }, 'matrix: could not redact a message');
    return false;
  }
}
