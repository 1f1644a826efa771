// The outbox: every message that is not a direct reply is written to the
// ledger first, then sent by a worker. Same key, same job id: enqueueing twice
// is one job, and the ledger makes a retried job a no-op once sent.

import { DelayedError, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Batcher } from '../core/batch.ts';
import { InFlightLimit, inSendJob } from '../core/in-flight.ts';
import type { Clock, Outbox, OutboxEntry } from '../core/jobs.ts';
import { systemClock } from '../core/jobs.ts';
import type { Store } from '../core/store.ts';
import { type Adapters, type DeliverDeps, type DeliverResult, deliver, SentButNotRecorded } from './deliver.ts';
import { type JobHooks, noJobHooks } from './hooks.ts';
import { type Log, QUEUES, type QueueConnection, sendJobId, workerLockSettings } from './queues.ts';

export interface SendJobData {
  /** The ledger key. Job data carries no message text and no personal data. */
  key: string;
}

export type SendQueue = Queue<SendJobData, DeliverResult['status'], 'send'>;

/** Eight tries over about four minutes (2 s, 4 s, ... 256 s with jitter) before a transient failure is final. */
export const SEND_ATTEMPTS = 8;
/**
 * Every send job has a priority, so that one told to wait for its chat's slot
 * (a group's 20 a minute) comes back ahead of the rest: BullMQ puts a delayed
 * job, once due, at the back of its level, and behind a backlog of messages to
 * other chats the group's next slots would pass unused and its messages trail
 * at the end of a fan-out. Same level: first in, first out, as without.
 */
const SEND_PRIORITY = 2;
const WAITED_PRIORITY = 1;
const DAY_S = 24 * 3600;
/**
 * Send jobs a process holds at once (at least its concurrency): most of them
 * wait for their slot in the shared budget, reserved up to 2 s ahead (59
 * slots at 29.5 a second), without a permit to send (src/core/in-flight.ts).
 */
export const SEND_PLACES = 32;

/** `name`: QUEUES.send (default), or QUEUES.sendMatrix for the Matrix lock holder's own queue. */
export function createSendQueue(options: QueueConnection, name: string = QUEUES.send): SendQueue {
  return new Queue<SendJobData, DeliverResult['status'], 'send'>(name, {
    connection: options.connection,
    ...(options.prefix ? { prefix: options.prefix } : {}),
  });
}

export interface BullOutboxOptions {
  store: Store;
  queue: SendQueue;
  /** Tries before a transient failure is final (default SEND_ATTEMPTS). Rate limits do not count. */
  attempts?: number;
  /** First retry delay, doubled each time (default 2 s; tests shorten it). */
  backoffMs?: number;
  /** A platform's own queue (Matrix: QUEUES.sendMatrix); the others use `queue`. */
  queueFor?: (platform: string) => SendQueue | undefined;
}

export class BullOutbox implements Outbox {
  readonly #store: Store;
  readonly #queue: SendQueue;
  readonly #queueFor: (platform: string) => SendQueue | undefined;
  readonly #attempts: number;
  readonly #backoff: { type: 'exponential'; delay: number; jitter: number };
  /** Enqueues of a burst (check-ins due in the same minute) share one ledger insert and one addBulk per queue. */
  readonly #enqueues = new Batcher<OutboxEntry, undefined>((entries) => this.#enqueueMany(entries));

  constructor(options: BullOutboxOptions) {
    this.#store = options.store;
    this.#queue = options.queue;
    this.#queueFor = options.queueFor ?? (() => undefined);
    this.#attempts = options.attempts ?? SEND_ATTEMPTS;
    this.#backoff = { type: 'exponential', delay: options.backoffMs ?? 2000, jitter: 0.2 };
  }

  enqueue(entry: OutboxEntry): Promise<void> {
    return this.#enqueues.call(entry);
  }

  async #enqueueMany(entries: OutboxEntry[]): Promise<undefined[]> {
    const rows = await this.#store.deliveries.openMany(entries.map(ledgerEntry));
    // Already sent or failed for good under this key: nothing to queue.
    const byQueue = new Map<SendQueue, string[]>();
    rows.forEach((row, i) => {
      if (row.status !== 'pending') return;
      const queue = this.#queueFor(entries[i]!.chat.platform) ?? this.#queue;
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), row.idempotencyKey]);
    });
    await Promise.all(
      [...byQueue].map(([queue, keys]) =>
        queue.addBulk(keys.map((key) => ({ name: 'send' as const, data: { key }, opts: this.#jobOptions(key) }))),
      ),
    );
    return entries.map(() => undefined);
  }

  /** Ledger rows in one write, then the send jobs of the pending ones in one Redis call per queue. */
  async enqueueMany(entries: OutboxEntry[]): Promise<void> {
    if (entries.length > 0) await this.#enqueueMany(entries);
  }

  /**
   * Queue the jobs of ledger rows that are still pending (a crash between
   * opening a row and queueing its job). Job ids are derived from the keys, so
   * a row whose job exists is not queued twice. Returns how many were given.
   */
  async requeuePending(before: Date, limit = 10_000): Promise<number> {
    const keys = await this.#store.deliveries.pendingSince(before, limit);
    for (const key of keys) {
      const row = await this.#store.deliveries.get(key);
      if (row) await this.#add(key, row.platform);
    }
    return keys.length;
  }

  async #add(key: string, platform: string): Promise<void> {
    await (this.#queueFor(platform) ?? this.#queue).add('send', { key }, this.#jobOptions(key));
  }

  #jobOptions(key: string) {
    return {
      jobId: sendJobId(key),
      priority: SEND_PRIORITY,
      attempts: this.#attempts,
      backoff: this.#backoff,
      // Finished jobs stay a while so that a late duplicate enqueue still finds the id.
      removeOnComplete: { age: DAY_S, count: 10_000 },
      removeOnFail: { age: 7 * DAY_S },
    };
  }
}

export interface SendWorkerOptions extends QueueConnection {
  store: Store;
  adapters: Adapters;
  log: Log;
  clock?: Clock;
  hooks?: JobHooks;
  /**
   * Sends at work at once in this process (default 8): reading the ledger,
   * in flight, or answered and not yet recorded. Jobs waiting for their slot
   * do not count; the worker holds up to `places` jobs.
   */
  concurrency?: number;
  /** Send jobs this process holds at once, most of them waiting for their slot (default max(concurrency, SEND_PLACES)). */
  places?: number;
  /** At most `max` sends per `duration` ms across all workers (e.g. Telegram's ~30/s per bot). */
  limiter?: { max: number; duration: number };
  /** Tests shorten it; production keeps LOCK_DURATION_MS. */
  lockDurationMs?: number;
  /** The queue to take sends from (default QUEUES.send). */
  queueName?: string;
}

export function startSendWorker(options: SendWorkerOptions): Worker<SendJobData, DeliverResult['status'], 'send'> {
  const hooks = options.hooks ?? noJobHooks;
  const deps: DeliverDeps = {
    store: options.store,
    adapters: options.adapters,
    clock: options.clock ?? systemClock,
    log: options.log,
    hooks,
  };
  const inFlight = new InFlightLimit(options.concurrency ?? 8);
  const processJob = (job: Job<SendJobData, DeliverResult['status'], 'send'>, token?: string) =>
    inSendJob(inFlight, () => processInJob(job, token));
  const processInJob = async (job: Job<SendJobData, DeliverResult['status'], 'send'>, token?: string) => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const result = await deliver(job.data.key, deps, { lastAttempt });
      if (result.status === 'rate_limited') {
        // Wait as asked without using up an attempt (moveToDelayed skips the attempt count), then
        // go ahead of the sends queued meanwhile.
        if (job.opts.priority !== WAITED_PRIORITY) await job.changePriority({ priority: WAITED_PRIORITY });
        await job.moveToDelayed(Date.now() + result.retryAfterMs, token);
        hooks.job(QUEUES.send, 'delayed', seconds());
        throw new DelayedError();
      }
      hooks.job(QUEUES.send, 'ok', seconds());
      return result.status;
    } catch (err) {
      if (err instanceof DelayedError) throw err;
      hooks.job(QUEUES.send, 'error', seconds());
      if (err instanceof SentButNotRecorded) {
        hooks.error('send.ledger');
        throw new UnrecoverableError(err.message);
      }
      throw err;
    }
  };
  const worker = new Worker<SendJobData, DeliverResult['status'], 'send'>(
    options.queueName ?? QUEUES.send,
    processJob,
    {
      connection: options.connection,
      ...(options.prefix ? { prefix: options.prefix } : {}),
      concurrency: options.places ?? Math.max(inFlight.max, SEND_PLACES),
      ...(options.limiter ? { limiter: options.limiter } : {}),
      ...workerLockSettings,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
    },
  );
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError;
    if (final) {
      hooks.error('send');
      options.log.error({ key: job.data.key, err: err.message }, 'send failed for good');
    }
  });
  worker.on('error', (err) => {
    hooks.error('send.worker');
    options.log.error({ err: err.message }, 'send worker error');
  });
  return worker;
}

export interface InlineOutboxOptions {
  store: Store;
  adapters: Adapters;
  log: Log;
  clock?: Clock;
  hooks?: JobHooks;
  /**
   * Runs `retry` after `ms` (rate limits, transient failures). Defaults to a
   * real timer; the playground passes one driven by its virtual clock.
   */
  after?: (ms: number, retry: () => void) => void;
  /** Tries for a transient failure before the row is marked failed (default 8, as the queue). */
  attempts?: number;
}

/**
 * The outbox without Redis (embedded mode, playground, small tests): open the ledger row and
 * deliver at once; rate limits and transient failures are retried later on
 * the given timer. Delivery problems are logged, never thrown at the caller.
 */
export class InlineOutbox implements Outbox {
  readonly #options: InlineOutboxOptions;
  readonly #deps: DeliverDeps;
  #inFlight = new Set<Promise<void>>();
  #waiting = 0;

  constructor(options: InlineOutboxOptions) {
    this.#options = options;
    this.#deps = {
      store: options.store,
      adapters: options.adapters,
      clock: options.clock ?? systemClock,
      log: options.log,
      hooks: options.hooks ?? noJobHooks,
    };
  }

  async enqueue(entry: OutboxEntry): Promise<void> {
    const row = await this.#options.store.deliveries.open(ledgerEntry(entry));
    if (row.status !== 'pending') return;
    await this.#track(this.#attempt(entry.idempotencyKey, 1));
  }

  /**
   * Send, one after another, the ledger rows still pending that were opened
   * before `before`: what a previous run (killed, or stopped with retries
   * waiting) left unsent. Embedded mode calls it at start. Returns how many.
   */
  async resendPending(before: Date, limit = 10_000): Promise<number> {
    const keys = await this.#options.store.deliveries.pendingSince(before, limit);
    for (const key of keys) await this.#track(this.#attempt(key, 1));
    return keys.length;
  }

  /** Retries scheduled and not yet run (the playground shows it; tests wait on it). */
  get waitingRetries(): number {
    return this.#waiting;
  }

  /** Resolves when no send is running right now (retries still waiting on the timer are not awaited). */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  async #attempt(key: string, attempt: number): Promise<void> {
    const maxAttempts = this.#options.attempts ?? 8;
    let result: DeliverResult;
    try {
      result = await deliver(key, this.#deps, { lastAttempt: attempt >= maxAttempts });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof SentButNotRecorded || attempt >= maxAttempts) {
        this.#options.log.error({ key, err: message }, 'send failed for good');
        return;
      }
      this.#later(2000 * 2 ** (attempt - 1), () => this.#attempt(key, attempt + 1));
      return;
    }
    if (result.status === 'rate_limited') {
      // A rate limit does not use up an attempt. The ledger row stays pending: a restart sends it.
      this.#options.log.info({ key, retryInMs: result.retryAfterMs }, 'send postponed: the platform asked to wait');
      this.#later(result.retryAfterMs, () => this.#attempt(key, attempt));
    }
  }

  #later(ms: number, run: () => Promise<void>): void {
    const after = this.#options.after ?? defaultAfter;
    this.#waiting++;
    after(ms, () => {
      this.#waiting--;
      void this.#track(run());
    });
  }

  async #track(work: Promise<void>): Promise<void> {
    this.#inFlight.add(work);
    try {
      await work;
    } finally {
      this.#inFlight.delete(work);
    }
  }
}

function defaultAfter(ms: number, run: () => void): void {
  setTimeout(run, ms).unref();
}

function ledgerEntry(entry: OutboxEntry) {
  return {
    idempotencyKey: entry.idempotencyKey,
    platform: entry.chat.platform,
    platformChatId: entry.chat.chatId,
    threadId: entry.chat.threadId ?? null,
    recipientAccountId: entry.recipientAccountId ?? null,
    message: entry.message,
  };
}
