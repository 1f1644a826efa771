// A durable queue for inbound platform updates that arrive by webhook: the
// HTTP handler stores the update here before it answers 200, so a crash after
// the answer loses nothing, and the platform is answered fast (Telegram sends
// an update again when the answer is slow).
//
// Order within a chat: updates are spread over `partitions` queues by their
// order key (the chat), and each queue runs one job at a time across every
// instance (BullMQ global concurrency 1). Chats in different partitions run
// in parallel. The core de-duplicates by update id, so a job run twice
// (a worker killed mid-job, its lock expired) is handled once.
//
// The update itself (message text, names) is job data here, unlike the send
// queue's ids-only jobs: it cannot be rebuilt from an id. Jobs are removed as
// soon as they complete; failed ones are kept a day for operators, then dropped.

import { createHash } from 'node:crypto';
import { type Job, Queue, Worker } from 'bullmq';
import { assertJobId, type Log, type QueueConnection } from './queues.ts';

export interface InboundQueueOptions extends QueueConnection {
  /** Which platform's updates (part of the queue names). */
  platform: string;
  log: Log;
  /** Queues that run in parallel (default 8). Changing it while jobs wait may reorder those jobs. */
  partitions?: number;
  /** Tries before an update is given up (default 5). */
  attempts?: number;
  /** Tests shorten these so that a killed worker's job comes back quickly. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  backoffMs?: number;
}

export type ProcessUpdate = (payload: unknown) => Promise<void>;

/** How long the webhook waits for Redis to store an update before it answers "try again". */
const ENQUEUE_TIMEOUT_MS = 3000;

/** Tries of an update in place, in order, before BullMQ's retries (which lose the order). */
const IN_PLACE_TRIES = 9;

/** Jobs read at a time when looking for a person's updates. */
const DROP_PAGE = 200;

export class InboundQueue {
  readonly #options: InboundQueueOptions;
  readonly #queues: Queue[];
  #workers: Worker[] = [];
  #ready: Promise<void> | null = null;
  #stopping = false;
  #wake: Array<() => void> = [];

  constructor(options: InboundQueueOptions) {
    this.#options = options;
    const partitions = options.partitions ?? 8;
    this.#queues = Array.from(
      { length: partitions },
      (_, i) =>
        new Queue(`inbound-${options.platform}-${i}`, {
          connection: options.connection,
          ...(options.prefix ? { prefix: options.prefix } : {}),
        }),
    );
  }

  /** Store one update; resolves once Redis has it. The same id twice is one job (while the first waits). */
  async enqueue(id: string, orderKey: string, payload: unknown): Promise<void> {
    assertJobId(id);
    // Redis away: refuse at once (the webhook answers 500 and Telegram sends the update
    // again) rather than wait in ioredis's offline queue until Telegram gives up on us.
    if (this.#options.connection.status !== 'ready') throw new Error(`Redis is ${this.#options.connection.status}`);
    const stored = (async () => {
      await this.#setup();
      await this.#partition(orderKey).add('update', payload, {
        jobId: id,
        attempts: this.#options.attempts ?? 5,
        backoff: { type: 'exponential', delay: this.#options.backoffMs ?? 1000 },
        removeOnComplete: true,
        removeOnFail: { age: 24 * 3600 },
      });
    })();
    // Redis lost while this one was on its way: the command waits for the reconnection. Refuse
    // after a while; if it is stored later after all, Telegram's new copy is the same job id,
    // or skipped by the core once handled.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Redis did not store the update in time')), ENQUEUE_TIMEOUT_MS);
    });
    stored.catch(() => {}); // a late failure after the refusal is not an unhandled rejection
    try {
      await Promise.race([stored, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Start the workers (one per partition, one job at a time). */
  async start(process: ProcessUpdate): Promise<void> {
    this.#stopping = false;
    await this.#setup();
    const { log } = this.#options;
    this.#workers = this.#queues.map((queue) => {
      const worker = new Worker(queue.name, (job: Job) => this.#handleInPlace(job, process), {
        connection: this.#options.connection,
        ...(this.#options.prefix ? { prefix: this.#options.prefix } : {}),
        concurrency: 1,
        lockDuration: this.#options.lockDurationMs ?? 30_000,
        stalledInterval: this.#options.stalledIntervalMs ?? 15_000,
        maxStalledCount: 2,
      });
      worker.on('failed', (job, err) => {
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
          log.error({ jobId: job.id, err: err.message }, 'inbound update failed for good');
        }
      });
      worker.on('error', (err) => log.error({ err: err.message }, 'inbound worker error'));
      return worker;
    });
  }

  /**
   * Try an update again where it stands (1 s, 2 s, 4 s, 8 s, then every 10 s; about a minute in
   * all) before BullMQ's own retry, which would put it behind the chat's later updates: a
   * database restarting must cost time, not the order of a chat. A stop ends the waiting.
   */
  async #handleInPlace(job: Job, process: ProcessUpdate): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await process(job.data);
        return;
      } catch (err) {
        if (attempt >= IN_PLACE_TRIES || this.#stopping) throw err;
        this.#options.log.warn(
          { jobId: job.id, attempt, err: err instanceof Error ? err.message : String(err) },
          'inbound update failed; trying again in place',
        );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min((this.#options.backoffMs ?? 1000) * 2 ** (attempt - 1), 10_000));
          this.#wake.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }
  }

  /** Stop taking updates; the ones running finish first. */
  async stop(): Promise<void> {
    this.#stopping = true;
    for (const wake of this.#wake.splice(0)) wake();
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.close()));
  }

  /** Stop at once, leaving running jobs to be taken over when their lock expires (tests: a killed process). */
  async kill(): Promise<void> {
    this.#stopping = true;
    for (const wake of this.#wake.splice(0)) wake();
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.close(true)));
  }

  /** Close the queues' handles (after stop). */
  async close(): Promise<void> {
    await this.stop();
    await Promise.all(this.#queues.map((q) => q.close()));
  }

  /**
   * Remove the updates not handled yet, or kept after failing, whose payload
   * `match`es (/forgetme: a person's updates hold their name and text). A
   * running update is left to finish; completed ones are already gone.
   */
  async drop(match: (payload: unknown) => boolean): Promise<number> {
    const states = ['waiting', 'delayed', 'prioritized', 'failed'] as const;
    let dropped = 0;
    for (const queue of this.#queues) {
      for (let start = 0; ; start += DROP_PAGE) {
        const jobs = await queue.getJobs([...states], start, start + DROP_PAGE - 1, true);
        for (const job of jobs) {
          if (!job || !match(job.data)) continue;
          // A job that started meanwhile is locked: it is handled like any other.
          if (
            await job.remove().then(
              () => true,
              () => false,
            )
          )
            dropped++;
        }
        if (jobs.length < DROP_PAGE) break;
      }
    }
    return dropped;
  }

  /** Updates waiting or running, across partitions. */
  async backlog(): Promise<number> {
    const counts = await Promise.all(
      this.#queues.map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')),
    );
    return counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
  }

  #partition(orderKey: string): Queue {
    const hash = createHash('sha1').update(orderKey).digest().readUInt32BE(0);
    return this.#queues[hash % this.#queues.length]!;
  }

  #setup(): Promise<void> {
    this.#ready ??= Promise.all(this.#queues.map((q) => q.setGlobalConcurrency(1))).then(() => undefined);
    return this.#ready;
  }
}

export function createInboundQueue(options: InboundQueueOptions): InboundQueue {
  return new InboundQueue(options);
}
