// One-off jobs in embedded mode (no REDIS_URL): the in-memory scheduler on
// the real clock, a timer set for the next due job, and a journal in the
// database (the ScheduledJob table) that holds every job until it ran, so a
// restart or a kill -9 loses none. One process runs them, one at a time.

import type { Clock, JobScheduler, OneOffJob } from '../core/jobs.ts';
import { systemClock } from '../core/jobs.ts';
import type { JobHooks } from './hooks.ts';
import { type JobJournal, MemoryScheduler, type RetryPolicy } from './memory-scheduler.ts';
import type { Log } from './queues.ts';
import type { JobRunner } from './scheduler.ts';

export interface RestorableJournal extends JobJournal {
  load(now: Date): Promise<{ pending: OneOffJob[]; ran: OneOffJob[] }>;
}

export interface EmbeddedSchedulerOptions {
  journal: RestorableJournal;
  log: Log;
  clock?: Clock;
  hooks?: JobHooks;
  /** As the Redis job queue: 5 tries, 5 s then doubled. */
  retry?: RetryPolicy;
  /** The timer never waits longer than this (clock changes, a journal that failed to write). */
  maxWaitMs?: number;
}

const JOB_RETRY: RetryPolicy = { attempts: 5, backoffMs: 5000 };
/** After the journal failed (the database restarting), try again this much later. */
const AFTER_FAILURE_MS = 5000;

export class EmbeddedScheduler implements JobScheduler {
  readonly #options: EmbeddedSchedulerOptions;
  readonly #clock: Clock;
  readonly #memory: MemoryScheduler;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | null = null;
  #again = false;
  #started = false;
  #closed = false;

  constructor(options: EmbeddedSchedulerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#memory = new MemoryScheduler({
      clock: this.#clock,
      log: options.log,
      journal: options.journal,
      retry: options.retry ?? JOB_RETRY,
      ...(options.hooks ? { hooks: options.hooks } : {}),
    });
  }

  register(name: string, handler: JobRunner): void {
    this.#memory.register(name, handler);
  }

  /** Load the jobs kept in the database (before the features' start hooks plan theirs). Returns how many wait. */
  async restore(): Promise<number> {
    const { pending, ran } = await this.#options.journal.load(this.#clock.now());
    this.#memory.restore(pending, ran);
    return pending.length;
  }

  /** Run jobs from now on, at their time (once the adapters can send); the ones already due run at once. */
  start(): void {
    this.#started = true;
    this.#arm();
  }

  async schedule(job: OneOffJob): Promise<void> {
    await this.#memory.schedule(job);
    this.#arm();
  }

  async cancel(id: string): Promise<void> {
    await this.#memory.cancel(id);
  }

  /** Jobs not run yet, soonest first. */
  pending(): OneOffJob[] {
    return this.#memory.pending();
  }

  /** Stop the timer and wait for the job running now (graceful shutdown). */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  /** Set the timer for the next due job (or run now when one is due). */
  #arm(delayMs?: number): void {
    if (this.#closed || !this.#started) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    const next = this.#memory.nextRunAt();
    if (!next && delayMs === undefined) return;
    const until = delayMs ?? Math.max(0, next!.getTime() - this.#clock.now().getTime());
    this.#timer = setTimeout(() => this.#run(), Math.min(until, this.#options.maxWaitMs ?? 60_000));
    // The process stays up for its HTTP server and adapters, not for a timer.
    this.#timer.unref();
  }

  #run(): void {
    if (this.#closed) return;
    this.#again = false;
    let retryIn: number | undefined;
    this.#running = this.#memory
      .runDue()
      .then(
        () => undefined,
        (err: unknown) => {
          // Handler errors are retried inside; what lands here is the journal (database) failing.
          this.#options.log.error(
            { err: err instanceof Error ? err.message : String(err) },
            'running due jobs failed; trying again shortly',
          );
          retryIn = AFTER_FAILURE_MS;
        },
      )
      .finally(() => {
        this.#running = null;
        if (this.#again) this.#arm(0);
        else this.#arm(retryIn);
      });
  }
}
