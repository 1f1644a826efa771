// Embedded mode's one-off jobs: the in-memory scheduler on the real clock,
// every job kept in the ScheduledJob table, so a new process on the same
// database (a restart, a kill -9) runs what the old one left, once.

import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JobData } from '../../src/core/jobs.ts';
import type { Database } from '../../src/db/client.ts';
import { databaseJobJournal } from '../../src/db/job-journal.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { EmbeddedScheduler } from '../../src/jobs/embedded-scheduler.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';

const log = pino({ level: 'silent' });
let test: TestDatabase;
let db: Database;
const schedulers: EmbeddedScheduler[] = [];

// PostgreSQL: the same table and queries as PGlite, and much quicker to set up on a busy machine.
beforeAll(async () => {
  test = await openTestDatabase('postgres');
  db = test.db;
  await applyMigrations(db);
}, 120_000);

afterEach(async () => {
  await Promise.all(schedulers.splice(0).map((s) => s.close()));
  await db.prisma.scheduledJob.deleteMany();
});

afterAll(async () => {
  await test?.close();
});

/** One "process": a scheduler on the shared database, with a handler that records its runs. */
async function boot(runs: Array<{ id: string; data: JobData; attempt: number }>, options: { fail?: number } = {}) {
  let failures = options.fail ?? 0;
  const scheduler = new EmbeddedScheduler({
    journal: databaseJobJournal(db),
    log,
    retry: { attempts: 3, backoffMs: 20 },
  });
  schedulers.push(scheduler);
  scheduler.register('remind', async (data, meta) => {
    if (failures-- > 0) throw new Error('platform down');
    runs.push({ id: meta.id, data, attempt: meta.attempt });
  });
  const waiting = await scheduler.restore();
  return { scheduler, waiting };
}

const soon = (ms: number) => new Date(Date.now() + ms);

describe('EmbeddedScheduler', () => {
  it('runs a job at its time on the real clock, once', async () => {
    const runs: Array<{ id: string; data: JobData; attempt: number }> = [];
    const { scheduler } = await boot(runs);
    scheduler.start();
    const job = { id: 'r1', name: 'remind', data: { cohortId: 'c1' }, runAt: soon(50) };
    await scheduler.schedule(job);
    await waitFor('the reminder to run', () => runs.length === 1);
    // Scheduling the same job again after it ran is a no-op, as with BullMQ's kept jobs.
    await scheduler.schedule(job);
    expect(scheduler.pending()).toEqual([]);
    expect(runs).toEqual([{ id: 'r1', data: { cohortId: 'c1' }, attempt: 1 }]);
  });

  it('keeps jobs across a restart: the next process runs what the first one left, and not what it ran', async () => {
    const first: Array<{ id: string; data: JobData; attempt: number }> = [];
    const one = await boot(first);
    one.scheduler.start();
    await one.scheduler.schedule({ id: 'done-before', name: 'remind', data: { n: 0 }, runAt: soon(0) });
    await waitFor('the first job to run in the first process', () => first.length === 1);
    await one.scheduler.schedule({ id: 'left-1', name: 'remind', data: { n: 1 }, runAt: soon(60_000) });
    await one.scheduler.schedule({ id: 'left-2', name: 'remind', data: { n: 2 }, runAt: soon(120_000) });
    await one.scheduler.schedule({ id: 'cancelled', name: 'remind', data: { n: 3 }, runAt: soon(60_000) });
    await one.scheduler.cancel('cancelled');
    // The process dies without closing anything.
    schedulers.splice(schedulers.indexOf(one.scheduler), 1);
    void one.scheduler.close();

    const second: Array<{ id: string; data: JobData; attempt: number }> = [];
    const two = await boot(second);
    expect(two.waiting).toBe(2);
    expect(two.scheduler.pending().map((job) => job.id)).toEqual(['left-1', 'left-2']);
    // A start hook planning the job that already ran, unchanged, plans nothing.
    const ran = (await db.prisma.scheduledJob.findUniqueOrThrow({ where: { id: 'done-before' } })).runAt;
    await two.scheduler.schedule({ id: 'done-before', name: 'remind', data: { n: 0 }, runAt: ran });
    expect(two.scheduler.pending().map((job) => job.id)).toEqual(['left-1', 'left-2']);
    // Moved earlier (as after downtime, everything is due): both run, in order.
    await two.scheduler.schedule({ id: 'left-1', name: 'remind', data: { n: 1 }, runAt: soon(-10) });
    await two.scheduler.schedule({ id: 'left-2', name: 'remind', data: { n: 2 }, runAt: soon(-5) });
    two.scheduler.start();
    await waitFor('both jobs to run in the second process', () => second.length === 2);
    expect(second.map((r) => r.data.n)).toEqual([1, 2]);
    const rows = await db.prisma.scheduledJob.findMany({ where: { ranAt: null } });
    expect(rows).toEqual([]);
  });

  it('retries a failing job with backoff, then runs it; a job that fails on every try is given up', async () => {
    const runs: Array<{ id: string; data: JobData; attempt: number }> = [];
    const { scheduler } = await boot(runs, { fail: 2 });
    scheduler.start();
    await scheduler.schedule({ id: 'flaky', name: 'remind', data: { n: 1 }, runAt: soon(0) });
    await waitFor('the third try to succeed', () => runs.length === 1);
    expect(runs[0]).toMatchObject({ id: 'flaky', attempt: 3 });
    expect((await db.prisma.scheduledJob.findUniqueOrThrow({ where: { id: 'flaky' } })).ranAt).not.toBeNull();
  });
});
