// One-off work at a time (reminders, follow-ups, pairing timeouts) as BullMQ
// delayed jobs on the 'jobs' queue. The job id is the feature's deterministic
// id: scheduling twice is one job, scheduling again with a new time moves it.

import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Batcher } from '../core/batch.ts';
import type { Clock, JobData, JobScheduler, OneOffJob } from '../core/jobs.ts';
import { systemClock } from '../core/jobs.ts';
import { type JobHooks, noJobHooks } from './hooks.ts';
import { assertJobId, type Log, QUEUES, type QueueConnection, workerLockSettings } from './queues.ts';

/** What a one-off job stores: the feature's data, and the time it was meant for. */
export interface ScheduledJobData {
  data: JobData;
  /** ISO time; handlers use it to skip work that went stale while the bot was down. */
  runAt: string;
}

export type JobsQueue = Queue<ScheduledJobData, void, string>;

function payloadOf(job: OneOffJob): ScheduledJobData {
  return { data: job.data, runAt: job.runAt.toISOString() };
}

/** What a handler learns besides its data. */
export interface JobMeta {
  id: string;
  name: string;
  /** When the job was meant to run; it may run later after downtime. */
  runAt: Date;
  /** 1 on the first try. */
  attempt: number;
}

/**
 * What the worker runs for a job name. The bot's jobHandlers() gives one per
 * feature job (a feature's JobHandler, core/feature.ts, bound to its JobContext).
 */
export type JobRunner = (data: JobData, meta: JobMeta) => Promise<void>;

const DAY_S = 24 * 3600;

/** KEYS: job hashes. For each, {name, data} when the job exists, else 0. */
const PEEK = `
local out = {}
for i, key in ipairs(KEYS) do
  local row = redis.call('HMGET', key, 'name', 'data')
  if row[1] then out[i] = row else out[i] = 0 end
end
return out
`;
const JOB_ATTEMPTS = 5;
/** Jobs looked up and added per round trip by scheduleMany. */
const SCHEDULE_CHUNK = 200;

export function createJobsQueue(options: QueueConnection): JobsQueue {
  return new Queue<ScheduledJobData, void, string>(QUEUES.jobs, {
    connection: options.connection,
    ...(options.prefix ? { prefix: options.prefix } : {}),
  });
}

export class BullScheduler implements JobScheduler {
  readonly #queue: JobsQueue;
  readonly #clock: Clock;
  readonly #log: Log | undefined;
  /** The jobs a burst plans (each check-in's reminder and next occurrence) go to Redis in one addBulk. */
  readonly #schedules = new Batcher<OneOffJob, undefined>((jobs) => this.#scheduleMany(jobs));

  constructor(options: { queue: JobsQueue; clock?: Clock; log?: Log }) {
    this.#queue = options.queue;
    this.#clock = options.clock ?? systemClock;
    this.#log = options.log;
  }

  async schedule(job: OneOffJob): Promise<void> {
    assertJobId(job.id);
    await this.#schedules.call(job);
  }

  /**
   * Several jobs in one go (start-up planning of thousands after a wiped Redis): same outcome per
   * job as `schedule`. Looked up and added SCHEDULE_CHUNK at a time: a page of a big gathering is
   * over a thousand jobs, and their lookups, Job objects and pipelined scripts all at once were the
   * peak of a start-up's memory (bench/gatherings.ts, issue #13).
   */
  async scheduleMany(jobs: OneOffJob[]): Promise<void> {
    for (const job of jobs) assertJobId(job.id);
    for (let i = 0; i < jobs.length; i += SCHEDULE_CHUNK) await this.#scheduleMany(jobs.slice(i, i + SCHEDULE_CHUNK));
  }

  /**
   * Several schedule() calls at once: the ids are looked up together and the
   * new jobs added in one addBulk. A second call for an id already in the
   * batch runs after it, as it would have one after the other.
   */
  async #scheduleMany(jobs: OneOffJob[]): Promise<undefined[]> {
    const seen = new Set<string>();
    const first = jobs.filter((job) => !seen.has(job.id) && seen.add(job.id));
    const existing = await this.#peek(first);
    const add: OneOffJob[] = [];
    await Promise.all(
      first.map(async (job, i) => {
        const found = existing[i];
        if (found === null) add.push(job);
        else if (found === 'same') return;
        else {
          const full = await this.#queue.getJob(job.id);
          if (!full || (await this.#replaces(job, full))) add.push(job);
        }
      }),
    );
    if (add.length > 0)
      await this.#queue.addBulk(add.map((job) => ({ name: job.name, data: payloadOf(job), opts: this.#options(job) })));
    if (first.length < jobs.length) {
      const again = jobs.filter((job) => !first.includes(job));
      for (const job of again) await this.#scheduleMany([job]);
    }
    return jobs.map(() => undefined);
  }

  /**
   * Whether each job's id exists, in one Redis call for the batch (a burst plans thousands of
   * fresh ids: one HGETALL each was a third of its Redis commands): null (no such job), 'same'
   * (scheduled exactly like this: nothing to do) or 'other' (looked at in full by #replaces).
   */
  async #peek(jobs: OneOffJob[]): Promise<Array<null | 'same' | 'other'>> {
    const redis = this.#queue.opts.connection;
    if (!(redis instanceof Redis)) {
      const found = await Promise.all(jobs.map((job) => this.#queue.getJob(job.id)));
      return found.map((job) => (job ? 'other' : null));
    }
    const keys = jobs.map((job) => this.#queue.toKey(job.id));
    const rows = (await redis.eval(PEEK, keys.length, ...keys)) as Array<[string, string] | 0>;
    return jobs.map((job, i) => {
      const row = rows[i];
      if (!row) return null;
      const [name, data] = row;
      try {
        return name === job.name && sameData(JSON.parse(data), payloadOf(job)) ? 'same' : 'other';
      } catch {
        return 'other';
      }
    });
  }

  /** An existing job of this id: true when it was removed and the new one must be added. */
  async #replaces(job: OneOffJob, existing: Job<ScheduledJobData, void, string>): Promise<boolean> {
    const payload = payloadOf(job);
    const same = existing.name === job.name && sameData(existing.data, payload);
    if (same) return false; // scheduled (or already run) exactly like this: nothing to do
    const state = await existing.getState();
    if (state === 'active') {
      this.#log?.warn({ jobId: job.id, name: job.name }, 'job is running now; the new schedule is ignored');
      return false;
    }
    if (state === 'delayed' && existing.name === job.name) {
      // Move it in place: no window where the job does not exist.
      if (existing.data.runAt !== payload.runAt) await existing.changeDelay(this.#delay(job));
      if (!sameData(existing.data.data, payload.data)) await existing.updateData(payload);
      return false;
    }
    // Waiting, finished, or under another name: replace it.
    await existing.remove();
    return true;
  }

  #delay(job: OneOffJob): number {
    return Math.max(0, job.runAt.getTime() - this.#clock.now().getTime());
  }

  #options(job: OneOffJob) {
    return {
      jobId: job.id,
      delay: this.#delay(job),
      attempts: JOB_ATTEMPTS,
      backoff: { type: 'exponential' as const, delay: 5000, jitter: 0.2 },
      // Kept a while so that scheduling the same job again after it ran stays a no-op.
      removeOnComplete: { age: 7 * DAY_S },
      removeOnFail: { age: 30 * DAY_S },
    };
  }

  async cancel(id: string): Promise<void> {
    assertJobId(id);
    await this.#queue.remove(id);
  }
}

export interface JobWorkerOptions extends QueueConnection {
  handlers: Map<string, JobRunner>;
  log: Log;
  hooks?: JobHooks;
  /** Jobs run at once in this process (default 4). */
  concurrency?: number;
  lockDurationMs?: number;
}

/** A handler name nobody registered: counted, logged, retried a few times (a newer instance may know it). */
export class UnknownJobName extends Error {
  constructor(name: string) {
    super(`no handler registered for job "${name}"`);
    this.name = 'UnknownJobName';
  }
}

export function startJobWorker(options: JobWorkerOptions): Worker<ScheduledJobData, void, string> {
  const hooks = options.hooks ?? noJobHooks;
  const processJob = async (job: Job<ScheduledJobData, void, string>) => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const handler = options.handlers.get(job.name);
    if (!handler) {
      hooks.job(QUEUES.jobs, 'unknown', seconds());
      hooks.error('jobs.unknown');
      options.log.error({ jobId: job.id, name: job.name }, 'no handler for this job name');
      throw new UnknownJobName(job.name);
    }
    const meta: JobMeta = {
      id: job.id ?? '',
      name: job.name,
      runAt: new Date(job.data.runAt),
      attempt: job.attemptsMade + 1,
    };
    try {
      await handler(job.data.data, meta);
      hooks.job(QUEUES.jobs, 'ok', seconds());
    } catch (err) {
      hooks.job(QUEUES.jobs, 'error', seconds());
      hooks.error(`jobs.${job.name}`);
      options.log.error(
        { jobId: job.id, name: job.name, attempt: meta.attempt, err: err instanceof Error ? err.message : String(err) },
        'job failed',
      );
      throw err;
    }
  };
  const worker = new Worker<ScheduledJobData, void, string>(QUEUES.jobs, processJob, {
    connection: options.connection,
    ...(options.prefix ? { prefix: options.prefix } : {}),
    concurrency: options.concurrency ?? 4,
    ...workerLockSettings,
    ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
  });
  worker.on('error', (err) => {
    hooks.error('jobs.worker');
    options.log.error({ err: err.message }, 'job worker error');
  });
  return worker;
}

/** Equal as JSON, whatever the key order. */
function sameData(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
