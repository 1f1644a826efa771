// The send ledger: one row per outbound message that is not a direct reply,
// keyed by its idempotency key (src/jobs/deliver.ts).

import type { OutboundMessage, Platform } from '../types.ts';

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface Delivery {
  idempotencyKey: string;
  platform: Platform;
  platformChatId: string;
  threadId: string | null;
  recipientAccountId: string | null;
  /** The message to send; null once sent. */
  message: OutboundMessage | null;
  status: DeliveryStatus;
  platformMessageId: string | null;
  attempts: number;
  /** Parts of a long message already posted (a retry resumes after them). */
  partsSent: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface DeliveryInput {
  idempotencyKey: string;
  platform: Platform;
  platformChatId: string;
  threadId?: string | null;
  recipientAccountId?: string | null;
  message: OutboundMessage;
}

export interface DeliveryRepository {
  /** Insert a pending row unless the key exists; returns the row as stored. */
  open(entry: DeliveryInput): Promise<Delivery>;
  /** open() for many at once (a burst): one insert, and one read for the keys that existed; rows in input order. */
  openMany(entries: DeliveryInput[]): Promise<Delivery[]>;
  get(key: string): Promise<Delivery | null>;
  /** The sent message with this platform id in this chat (a reply names it), or null. */
  byPlatformMessage(platform: string, platformChatId: string, platformMessageId: string): Promise<Delivery | null>;
  /** Sent: keep the platform message id, drop the text. */
  markSent(key: string, platformMessageId: string, at: Date): Promise<void>;
  markFailed(key: string, error: string): Promise<void>;
  /** A long message: this many of its parts are out. */
  markPartsSent(key: string, parts: number): Promise<void>;
  recordAttempt(key: string, error: string | null): Promise<void>;
  /**
   * Keys of deliveries still pending that were opened before `before`: after a
   * crash between opening the row and queueing its job, start-up queues them again.
   */
  pendingSince(before: Date, limit: number): Promise<string[]>;
  /** Retarget a pending delivery (chat migrated, or the topic vanished). */
  retarget(key: string, platformChatId: string, threadId: string | null): Promise<void>;
}
