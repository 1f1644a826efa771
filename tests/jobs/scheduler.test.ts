// One-off jobs on real Redis: deterministic ids make scheduling idempotent,
// rescheduling moves the job, cancelling removes it, and handlers get their data.

import type { Worker } from 'bullmq';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JobData } from '../../src/core/jobs.ts';
import type { JobHooks, JobOutcome } from '../../src/jobs/hooks.ts';
import {
  BullScheduler,
  createJobsQueue,
  type JobMeta,
  type JobRunner,
  type JobsQueue,
  startJobWorker,
} from '../../src/jobs/scheduler.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

const log = pino({ level: 'silent' });

let redis: TestRedis;
let queue: JobsQueue;
let scheduler: BullScheduler;
let worker: Worker | undefined;
let runs: Array<{ name: string; data: JobData; meta: JobMeta }>;
let outcomes: JobOutcome[];

const record: JobRunner = async (data, meta) => {
  runs.push({ name: meta.name, data, meta });
};

beforeAll(async () => {
  redis = await openTestRedis('jobs');
});

afterAll(async () => {
  await redis?.close();
});

beforeEach(() => {
  runs = [];
  outcomes = [];
  queue = createJobsQueue(redis);
  scheduler = new BullScheduler({ queue, log });
});

afterEach(async () => {
  await worker?.close();
  worker = undefined;
  await queue.obliterate({ force: true });
  await queue.close();
});

function startWorker(handlers: Record<string, JobRunner>) {
  const hooks: JobHooks = {
    send() {},
    job(_queue, outcome) {
      outcomes.push(outcome);
    },
    error() {},
  };
  worker = startJobWorker({
    connection: redis.connection,
    prefix: redis.prefix,
    handlers: new Map(Object.entries(handlers)),
    log,
    hooks,
  });
}

const soon = (ms: number) => new Date(Date.now() + ms);

describe('BullScheduler', () => {
  it('calls the handler with the job data and the time it was meant for', async () => {
    startWorker({ 'checkins.remind': record });
    const runAt = soon(100);
    await scheduler.schedule({
      id: 'remind-c1-w2',
      name: 'checkins.remind',
      data: { checkinId: 'c1', week: 2 },
      runAt,
    });

    await waitFor('the job to run', () => runs.length === 1);
    expect(runs[0]?.data).toEqual({ checkinId: 'c1', week: 2 });
    expect(runs[0]?.meta).toMatchObject({ id: 'remind-c1-w2', name: 'checkins.remind', attempt: 1 });
    expect(runs[0]?.meta.runAt.toISOString()).toBe(runAt.toISOString());
  });

  it('runs a job scheduled twice under the same id once', async () => {
    startWorker({ 'pairing.timeout': record, marker: record });
    const job = { id: 'pairing-timeout-p7', name: 'pairing.timeout', data: { pairingId: 'p7' }, runAt: soon(150) };
    await scheduler.schedule(job);
    await scheduler.schedule(job);
    await scheduler.schedule({ id: 'marker-1', name: 'marker', data: {}, runAt: soon(600) });

    await waitFor('the marker job', () => runs.some((r) => r.name === 'marker'));
    expect(runs.filter((r) => r.name === 'pairing.timeout')).toHaveLength(1);
    // Scheduling it again unchanged after it ran does not run it again either.
    await scheduler.schedule(job);
    expect(await (await queue.getJob('pairing-timeout-p7'))?.getState()).toBe('completed');
  });

  it('moves a job when the same id is scheduled for another time, with the newer data', async () => {
    startWorker({ 'followups.nudge': record });
    await scheduler.schedule({ id: 'nudge-m3', name: 'followups.nudge', data: { round: 1 }, runAt: soon(3_600_000) });
    await scheduler.schedule({ id: 'nudge-m3', name: 'followups.nudge', data: { round: 2 }, runAt: soon(100) });

    await waitFor('the moved job to run', () => runs.length === 1);
    expect(runs[0]?.data).toEqual({ round: 2 });
    expect(await queue.getDelayedCount()).toBe(0);
  });

  it('does not run a cancelled job', async () => {
    startWorker({ 'cohorts.resume': record, marker: record });
    await scheduler.schedule({ id: 'resume-k1', name: 'cohorts.resume', data: { cohortId: 'k1' }, runAt: soon(100) });
    await scheduler.cancel('resume-k1');
    await scheduler.schedule({ id: 'marker-2', name: 'marker', data: {}, runAt: soon(400) });

    await waitFor('the marker job', () => runs.some((r) => r.name === 'marker'));
    expect(runs.map((r) => r.name)).toEqual(['marker']);
  });

  it('refuses ids BullMQ cannot take', async () => {
    const runAt = soon(1000);
    await expect(scheduler.schedule({ id: 'a:b', name: 'x', data: {}, runAt })).rejects.toThrow(/without ":"/);
    await expect(scheduler.schedule({ id: '12345', name: 'x', data: {}, runAt })).rejects.toThrow(/all digits/);
  });

  it('counts and reports a job whose name has no handler, and keeps running the others', async () => {
    startWorker({ known: record });
    await scheduler.schedule({ id: 'mystery-1', name: 'removed.feature', data: {}, runAt: soon(0) });
    await scheduler.schedule({ id: 'known-1', name: 'known', data: {}, runAt: soon(50) });

    await waitFor('both jobs to be picked up', () => runs.length === 1 && outcomes.includes('unknown'));
    const failed = await waitFor('the unknown job', () => queue.getJob('mystery-1'));
    expect(failed.failedReason).toContain('no handler registered for job "removed.feature"');
  });
});
