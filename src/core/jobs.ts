// What the core needs from background work: an outbox for messages that are
// not direct replies, and one-off jobs at a time. src/jobs implements both on
// BullMQ; the playground implements them in memory on a virtual clock.

import type { ChatRef, OutboundMessage } from './types.ts';

export interface OutboxEntry {
  /** Same key, same message: enqueueing twice posts once. */
  idempotencyKey: string;
  chat: ChatRef;
  message: OutboundMessage;
  /** For DMs: the account it goes to (marked unreachable on a permanent failure). */
  recipientAccountId?: string;
}

export interface Outbox {
  enqueue(entry: OutboxEntry): Promise<void>;
  /**
   * Several entries at once (a job writing to a burst of people): the same
   * guarantees as `enqueue` for each, in fewer round trips. Optional: without
   * it, JobContext enqueues them one by one.
   */
  enqueueMany?(entries: OutboxEntry[]): Promise<void>;
}

/** Job data: ids and settings only, never personal data. */
export type JobData = Record<string, string | number | boolean | null>;

export interface OneOffJob {
  /** Deterministic id (no ":" and not all digits): scheduling twice is harmless. */
  id: string;
  /** Handler name, as a feature registered it ("cohorts.resume"). */
  name: string;
  data: JobData;
  runAt: Date;
}

export interface JobScheduler {
  schedule(job: OneOffJob): Promise<void>;
  /** `schedule` for several jobs, in fewer round trips where the scheduler can (start-up planning). */
  scheduleMany?(jobs: OneOffJob[]): Promise<void>;
  cancel(id: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
