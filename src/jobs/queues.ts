// Queue names, key prefixes and the settings every queue and worker shares.
// Tests give each file its own prefix so parallel runs never touch each
// other's keys.

import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** The logger the jobs layer writes to (a pino logger or a child of one). */
export type Log = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export const QUEUES = {
  /** Outbound messages, one job per ledger key. */
  send: 'send',
  /**
   * Outbound Matrix messages: only the process holding the Matrix lock has a
   * Matrix session (and its encryption keys), so only it takes these.
   */
  sendMatrix: 'send-matrix',
  /** One-off work at a time (reminders, follow-ups, timeouts). */
  jobs: 'jobs',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** BullMQ's own default; production keeps it so that keys are where operators expect them. */
export const DEFAULT_PREFIX = 'bull';

export interface QueueConnection {
  /** A connection from connectRedis (maxRetriesPerRequest: null). Queues share it; workers duplicate it. */
  connection: Redis;
  /** BullMQ key prefix; tests pass a unique one per file. */
  prefix?: string;
}

/**
 * How long a worker holds a job before another worker may take it over.
 * A process killed mid-job (or force-closed at shutdown) leaves its jobs
 * locked this long; the stalled checker then puts them back in the queue.
 */
export const LOCK_DURATION_MS = 30_000;
export const STALLED_INTERVAL_MS = 15_000;

/** Worker settings that make stalled-job recovery take well under a minute. */
export const workerLockSettings = {
  lockDuration: LOCK_DURATION_MS,
  stalledInterval: STALLED_INTERVAL_MS,
  // A job whose worker died twice is probably what kills it: fail it instead of looping.
  maxStalledCount: 2,
} as const;

/**
 * BullMQ job ids must not contain ":" (it separates key parts) and must not be
 * all digits (those are BullMQ's own auto ids).
 */
export function assertJobId(id: string): void {
  if (id === '' || id.includes(':') || /^\d+$/.test(id)) {
    throw new Error(`invalid job id "${id}": it must be non-empty, without ":" and not all digits`);
  }
}

/** The send job id for a ledger key: 40 hex characters of its SHA-256, so any key is a valid id. */
export function sendJobId(idempotencyKey: string): string {
  const id = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
  // All digits has a chance of about 1e-8; BullMQ would take it for an auto id.
  return /^\d+$/.test(id) ? `f${id.slice(1)}` : id;
}
