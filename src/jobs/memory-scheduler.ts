// A virtual clock and an in-memory scheduler for the playground and feature
// tests: time moves only when told to, and due jobs run when runDue() is
// called, in the order they were due. Same rules as BullScheduler.
//
// Embedded mode (no Redis, src/jobs/embedded-scheduler.ts) runs the same
// scheduler on the real clock, with a journal that keeps every job in the
// database and a retry policy in place of BullMQ's attempts and backoff.

import type { Clock, JobScheduler, OneOffJob } from '../core/jobs.ts';
import { type JobHooks, noJobHooks } from './hooks.ts';
import { assertJobId, type Log, QUEUES } from './queues.ts';
import type { JobMeta, JobRunner } from './scheduler.ts';

/** Where the scheduler writes its jobs so that a restart loses none (embedded mode: a table). */
export interface JobJournal {
  /** A job to run, replacing any with its id. */
  save(job: OneOffJob): Promise<void>;
  /** A job cancelled before it ran. */
  remove(id: string): Promise<void>;
  /** A job ran (or was given up after its last try). */
  ran(job: OneOffJob, at: Date): Promise<void>;
}

/** Tries of a failing handler, the first retry `backoffMs` later, doubled each time. */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

export class ManualClock implements Clock {
  #ms: number;

  constructor(start: Date = new Date('2025-01-06T09:00:00Z')) {
    this.#ms = start.getTime();
  }

  now(): Date {
    return new Date(this.#ms);
  }

  set(date: Date): void {
    this.#ms = date.getTime();
  }

  advance(ms: number): Date {
    if (ms < 0) throw new Error('ManualClock only moves forward');
    this.#ms += ms;
    return this.now();
  }
}

interface Entry {
  job: OneOffJob;
  /** Order of scheduling, to keep jobs due at the same time in that order. */
  seq: number;
  /** When it runs: its runAt, or later for a retry. */
  dueAt: number;
  /** 1 on the first try. */
  attempt: number;
}

export interface MemorySchedulerOptions {
  clock: Clock;
  handlers?: Map<string, JobRunner>;
  log?: Log;
  /** Every change is written here first (embedded mode); none in tests and the playground. */
  journal?: JobJournal;
  /**
   * With a policy, a failing handler is logged and tried again later, and
   * runDue() goes on with the other jobs. Without one (tests), the error
   * stops runDue() and is thrown.
   */
  retry?: RetryPolicy;
  hooks?: JobHooks;
}

export class MemoryScheduler implements JobScheduler {
  readonly #clock: Clock;
  readonly #handlers: Map<string, JobRunner>;
  readonly #log: Log | undefined;
  readonly #journal: JobJournal | undefined;
  readonly #retry: RetryPolicy | undefined;
  readonly #hooks: JobHooks;
  readonly #pending = new Map<string, Entry>();
  /** Jobs that ran, with the time they were for: scheduling one again unchanged is a no-op, as in BullMQ. */
  readonly #done = new Map<string, string>();
  #seq = 0;

  constructor(options: MemorySchedulerOptions) {
    this.#clock = options.clock;
    this.#handlers = options.handlers ?? new Map();
    this.#log = options.log;
    this.#journal = options.journal;
    this.#retry = options.retry;
    this.#hooks = options.hooks ?? noJobHooks;
  }

  /** Load what a journal kept (at start, before anything is scheduled): jobs to run, and jobs that ran. */
  restore(pending: readonly OneOffJob[], ran: readonly OneOffJob[]): void {
    for (const job of ran) this.#done.set(job.id, doneKey(job));
    for (const job of pending) this.#put(job, job.runAt.getTime(), 1);
  }

  /** Register a handler (features register theirs at wiring time). */
  register(name: string, handler: JobRunner): void {
    this.#handlers.set(name, handler);
  }

  async schedule(job: OneOffJob): Promise<void> {
    assertJobId(job.id);
    const key = doneKey(job);
    if (!this.#pending.has(job.id) && this.#done.get(job.id) === key) return;
    await this.#journal?.save(job);
    this.#put(job, job.runAt.getTime(), 1);
  }

  async cancel(id: string): Promise<void> {
    if (this.#journal && this.#pending.has(id)) await this.#journal.remove(id);
    this.#pending.delete(id);
  }

  /** Jobs not run yet, soonest first. */
  pending(): OneOffJob[] {
    return this.#ordered().map((entry) => entry.job);
  }

  /** When the next job is due (a retry's time for a retry), or null when none is waiting. */
  nextRunAt(): Date | null {
    const next = this.#ordered()[0];
    return next ? new Date(next.dueAt) : null;
  }

  /**
   * Run every job due at the clock's time, soonest first, including jobs
   * that those handlers schedule for now or earlier. A handler's error stops
   * the run and is thrown (the job is dropped, as after its last retry).
   * Returns how many jobs ran.
   */
  async runDue(): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = this.#clock.now().getTime();
      const next = this.#ordered()[0];
      if (!next || next.dueAt > now) return ran;
      const { job, attempt } = next;
      this.#pending.delete(job.id);
      this.#done.set(job.id, doneKey(job));
      const started = performance.now();
      try {
        const handler = this.#handlers.get(job.name);
        if (!handler) {
          this.#log?.error({ jobId: job.id, name: job.name }, 'no handler for this job name');
          throw new Error(`no handler registered for job "${job.name}"`);
        }
        const meta: JobMeta = { id: job.id, name: job.name, runAt: job.runAt, attempt };
        await handler(job.data, meta);
        this.#hooks.job(QUEUES.jobs, 'ok', (performance.now() - started) / 1000);
      } catch (err) {
        this.#hooks.job(QUEUES.jobs, 'error', (performance.now() - started) / 1000);
        this.#hooks.error(`jobs.${job.name}`);
        if (!this.#retry) throw err;
        if (await this.#retryLater(job, attempt, err)) continue;
      }
      await this.#journal?.ran(job, this.#clock.now());
      ran++;
    }
  }

  /** Schedule the next try, or give up after the last one (false). A newer schedule of the same id wins. */
  async #retryLater(job: OneOffJob, attempt: number, err: unknown): Promise<boolean> {
    const policy = this.#retry!;
    const reason = err instanceof Error ? err.message : String(err);
    if (attempt >= policy.attempts) {
      this.#log?.error({ jobId: job.id, name: job.name, attempt, err: reason }, 'job failed for good');
      return false;
    }
    this.#log?.error({ jobId: job.id, name: job.name, attempt, err: reason }, 'job failed; will retry');
    if (!this.#pending.has(job.id)) {
      this.#done.delete(job.id);
      this.#put(job, this.#clock.now().getTime() + policy.backoffMs * 2 ** (attempt - 1), attempt + 1);
    }
    return true;
  }

  #put(job: OneOffJob, dueAt: number, attempt: number): void {
    this.#pending.set(job.id, { job: { ...job, data: { ...job.data } }, seq: this.#seq++, dueAt, attempt });
  }

  #ordered(): Entry[] {
    return [...this.#pending.values()].sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
  }
}

function doneKey(job: OneOffJob): string {
  return `${job.name}@${job.runAt.toISOString()}@${JSON.stringify(job.data)}`;
}
