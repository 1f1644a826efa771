// A virtual clock and an in-memory scheduler for the playground and feature
// tests: time moves only when told to, and due jobs run when runDue() is
// called, in the order they were due. Same rules as BullScheduler.

import type { Clock, JobScheduler, OneOffJob } from '../core/jobs.ts';
import { assertJobId, type Log } from './queues.ts';
import type { JobMeta, JobRunner } from './scheduler.ts';

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
}

export class MemoryScheduler implements JobScheduler {
  readonly #clock: Clock;
  readonly #handlers: Map<string, JobRunner>;
  readonly #log: Log | undefined;
  readonly #pending = new Map<string, Entry>();
  /** Jobs that ran, with the time they were for: scheduling one again unchanged is a no-op, as in BullMQ. */
  readonly #done = new Map<string, string>();
  #seq = 0;

  constructor(options: { clock: Clock; handlers?: Map<string, JobRunner>; log?: Log }) {
    this.#clock = options.clock;
    this.#handlers = options.handlers ?? new Map();
    this.#log = options.log;
  }

  /** Register a handler (features register theirs at wiring time). */
  register(name: string, handler: JobRunner): void {
    this.#handlers.set(name, handler);
  }

  async schedule(job: OneOffJob): Promise<void> {
    assertJobId(job.id);
    const key = doneKey(job);
    if (!this.#pending.has(job.id) && this.#done.get(job.id) === key) return;
    this.#pending.set(job.id, { job: { ...job, data: { ...job.data } }, seq: this.#seq++ });
  }

  async cancel(id: string): Promise<void> {
    this.#pending.delete(id);
  }

  /** Jobs not run yet, soonest first. */
  pending(): OneOffJob[] {
    return this.#ordered().map((entry) => entry.job);
  }

  /** When the next job is due, or null when none is waiting. */
  nextRunAt(): Date | null {
    return this.#ordered()[0]?.job.runAt ?? null;
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
      if (!next || next.job.runAt.getTime() > now) return ran;
      const { job } = next;
      this.#pending.delete(job.id);
      this.#done.set(job.id, doneKey(job));
      const handler = this.#handlers.get(job.name);
      if (!handler) {
        this.#log?.error({ jobId: job.id, name: job.name }, 'no handler for this job name');
        throw new Error(`no handler registered for job "${job.name}"`);
      }
      const meta: JobMeta = { id: job.id, name: job.name, runAt: job.runAt, attempt: 1 };
      await handler(job.data, meta);
      ran++;
    }
  }

  #ordered(): Entry[] {
    return [...this.#pending.values()].sort((a, b) => a.job.runAt.getTime() - b.job.runAt.getTime() || a.seq - b.seq);
  }
}

function doneKey(job: OneOffJob): string {
  return `${job.name}@${job.runAt.toISOString()}@${JSON.stringify(job.data)}`;
}
