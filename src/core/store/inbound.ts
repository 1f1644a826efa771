// Inbound event ids already handled: the core's de-duplication record.

import type { Platform } from '../types.ts';

export interface InboundRepository {
  /** Record an event id; false when it was seen before (a duplicate to skip). */
  firstSeen(platform: Platform, eventId: string): Promise<boolean>;
  /** Whether an event id was recorded (the bot records an event once it handled it). */
  has(platform: Platform, eventId: string): Promise<boolean>;
  /** Forget ids older than a cutoff: platforms do not redeliver after a day. */
  prune(before: Date): Promise<number>;
}
