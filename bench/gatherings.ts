// `node bench/gatherings.ts`: the follow-up loop at scale, on real PostgreSQL
// and Redis (issue 13).
//
//   burst      a gathering of 2,000 attendees whose +30 d step is due for all
//              of them in the same minute: time from the due time until each
//              DM entered the send queue, and database operations per person
//   reconcile  start-up reconciliation of 20,000 pending follow-up steps
//              (10 gatherings x 2,000 participants, the +90 d step left):
//              time and peak RSS, in this process after the burst and again
//              in a fresh process (as a start-up runs it)
//
// BENCH_ATTENDEES (2000), BENCH_GATHERINGS (10), BENCH_CONCURRENCY (32);
// BENCH_ADMIN_URL and REDIS_URL: see bench/common.ts.

import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_JOB_CONCURRENCY } from '../src/config/schema.ts';
import { JobContext } from '../src/core/job-context.ts';
import type { Outbox, OutboxEntry } from '../src/core/jobs.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaStore } from '../src/db/store.ts';
import { jobs } from '../src/features/gatherings/jobs.ts';
import { reconcile, STEP_JOB, stepId } from '../src/features/gatherings/plan.ts';
import { wallClock } from '../src/features/gatherings/time.ts';
import { connectRedis } from '../src/jobs/redis.ts';
import { BullScheduler, createJobsQueue, type JobRunner, startJobWorker } from '../src/jobs/scheduler.ts';
import { BullOutbox, createSendQueue } from '../src/jobs/send-queue.ts';
import {
  admin,
  databaseUrl,
  jobServices,
  log,
  machine,
  NPM_START_ENV,
  NPM_START_OPTIONS,
  percentile,
} from './common.ts';

const ATTENDEES = Number(process.env.BENCH_ATTENDEES ?? 2000);
const GATHERINGS = Number(process.env.BENCH_GATHERINGS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? DEFAULT_JOB_CONCURRENCY);
const DAY = 86_400_000;

/** The database with every Prisma operation counted (as bench/checkins.ts). */
function counted(db: Database): { db: Database; count: () => number } {
  let operations = 0;
  const prisma = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        operations++;
        return query(args);
      },
    },
  }) as unknown as Database['prisma'];
  return { db: { ...db, prisma }, count: () => operations };
}

/** A zone where it is daytime now: the step refuses to DM anyone between 21:00 and 08:00 local. */
function daytimeZone(now: Date): string {
  const zones = ['UTC', 'Europe/Madrid', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Tokyo'];
  return zones.find((zone) => {
    const { hour } = wallClock(now, zone);
    return hour >= 9 && hour <= 19;
  })!;
}

/** One cohort with `people` active members who wrote to the bot; returns its id. */
async function cohortWith(raw: Database, store: ReturnType<typeof createPrismaStore>, tag: string, people: number) {
  const chat = await store.chats.upsert({ platform: 'fake', platformChatId: `bench-gt-${tag}`, kind: 'group' });
  const cohort = await store.cohorts.create({
    chatId: chat.id,
    threadId: '',
    name: `Gathering cohort ${tag}`,
    languages: ['en'],
    region: null,
    themes: [],
    timezone: 'UTC',
    locale: 'en',
  });
  await raw.query(
    `INSERT INTO "Account" (id, platform, "platformUserId", "displayName", "updatedAt")
     SELECT 'acc-${tag}-' || i, 'fake', 'u-${tag}-' || i, 'Person ' || i, now() FROM generate_series(1, $1) AS i`,
    [people],
  );
  await raw.query(
    `INSERT INTO "Membership" (id, "cohortId", "accountId", languages, topics, "updatedAt")
     SELECT 'm-${tag}-' || i, $2, 'acc-${tag}-' || i, '{}', '{}', now() FROM generate_series(1, $1) AS i`,
    [people, cohort.id],
  );
  return cohort.id;
}

/** A gathering that ended `endedDaysAgo` days ago; every member was there and is at follow-up step `step`. */
async function gatheringWith(
  raw: Database,
  store: ReturnType<typeof createPrismaStore>,
  cohortId: string,
  tag: string,
  endedDaysAgo: number,
  step: number,
  timezone: string,
): Promise<string> {
  const endsAt = new Date(Date.now() - endedDaysAgo * DAY);
  const gathering = await store.gatherings.create({
    cohortId,
    title: `Edit-a-thon ${tag}`,
    description: null,
    startsAt: new Date(endsAt.getTime() - 7 * 3_600_000),
    endsAt,
    timezone,
    place: null,
    onlineUrl: null,
    capacity: null,
  });
  await raw.query(
    `INSERT INTO "GatheringRsvp" ("gatheringId", "membershipId", answer, "answeredAt", "attendedAt", "followUpStep")
     SELECT $1, id, 'going', now(), now(), $3 FROM "Membership" WHERE "cohortId" = $2`,
    [gathering.id, cohortId, step],
  );
  await raw.query(
    `INSERT INTO "Commitment" (id, "gatheringId", "membershipId", text, "targetDate", "updatedAt")
     SELECT 'c-${tag}-' || m.id, $1, m.id, 'write the guide', '2027-12-31', now() FROM "Membership" m WHERE m."cohortId" = $2`,
    [gathering.id, cohortId],
  );
  return gathering.id;
}

/**
 * The reconciliation as a start-up runs it: in a fresh process (the parent
 * spawns this script with BENCH_GT_RECONCILE="<database> <prefix>"), so that
 * its peak RSS is the bot's at start, not the burst's leftovers. Prints one JSON line.
 */
async function reconcileAlone(spec: string): Promise<void> {
  const [database = '', jobsPrefix = ''] = spec.split(' ');
  const raw = await openDatabase({ databaseUrl: databaseUrl(database), dataDir: '', log });
  const redis = await connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', log);
  const queue = createJobsQueue({ connection: redis, prefix: jobsPrefix });
  try {
    const { db, count } = counted(raw);
    const store = createPrismaStore(db);
    // Reconciliation plans jobs; it sends nothing.
    const outbox: Outbox = { enqueue: async () => {} };
    const job = new JobContext({ services: jobServices(store, outbox, new BullScheduler({ queue, log })) });
    await store.gatherings.endingAfter(new Date()); // connected and warm, as a started bot is
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    // What the peak is made of: V8's heap (reserved and live) and buffers outside it, at their most.
    const most = { heapTotal: 0, heapUsed: 0, external: 0 };
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.rss);
      for (const key of ['heapTotal', 'heapUsed', 'external'] as const) most[key] = Math.max(most[key], m[key]);
    }, 20);
    const started = performance.now();
    await reconcile(job);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(JSON.stringify({ seconds, operations: count(), rssBefore, peak, most }));
  } finally {
    await queue.close();
    await redis.quit();
    await raw.close();
  }
}

if (process.env.BENCH_GT_RECONCILE) {
  await reconcileAlone(process.env.BENCH_GT_RECONCILE);
  process.exit(0);
}

const name = `cohort_bench_gatherings_${process.pid}`;
await admin(`CREATE DATABASE ${name}`);
const raw = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '', log });
const redis = await connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', log);
const prefix = `benchgt${process.pid}`;
const jobsQueue = createJobsQueue({ connection: redis, prefix });
const sendQueue = createSendQueue({ connection: redis, prefix });
try {
  await applyMigrations(raw);
  const { db, count } = counted(raw);
  const store = createPrismaStore(db);
  const zone = daytimeZone(new Date());
  const ledger = new BullOutbox({ store, queue: sendQueue });
  const entered = new Map<string, number>();
  const record = (entry: OutboxEntry) => {
    if (entry.idempotencyKey.startsWith('gathering-followup-')) entered.set(entry.idempotencyKey, Date.now());
  };
  const outbox = {
    async enqueue(entry: OutboxEntry) {
      await ledger.enqueue(entry);
      record(entry);
    },
    async enqueueMany(entries: OutboxEntry[]) {
      await ledger.enqueueMany(entries);
      for (const entry of entries) record(entry);
    },
  };
  const scheduler = new BullScheduler({ queue: jobsQueue, log });
  const services = jobServices(store, outbox, scheduler);
  const job = new JobContext({ services });

  // --- burst: 2,000 attendees, the +30 d step (step 3) due for all in the same minute.
  const setupStarted = performance.now();
  const burstCohort = await cohortWith(raw, store, 'burst', ATTENDEES);
  const burstGathering = await gatheringWith(raw, store, burstCohort, 'burst', 30, 2, zone);
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  const members = await store.memberships.list(burstCohort);
  const dueAt = new Date(Date.now() + 5000);
  for (const member of members) {
    await scheduler.schedule({
      id: stepId(burstGathering, member.id, 3),
      name: STEP_JOB,
      data: { gatheringId: burstGathering, membershipId: member.id, step: 3, days: 30 },
      // All at the same instant: the hardest case of "due in the same minute".
      runAt: dueAt,
    });
  }
  const handlers = new Map<string, JobRunner>([[STEP_JOB, (data) => jobs[STEP_JOB]!(data, job)]]);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const worker = startJobWorker({ connection: redis, prefix, handlers, log, concurrency: CONCURRENCY });
  const before = count();
  while (entered.size < ATTENDEES && Date.now() < dueAt.getTime() + 180_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const operations = count() - before;
  await worker.close();
  const queued = await sendQueue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
  const sendJobs = Object.values(queued).reduce((a, b) => a + b, 0);
  // Lag: when the DM entered the send queue minus when its step was due.
  const lags = [...entered.values()].map((at) => at - dueAt.getTime()).sort((a, b) => a - b);
  const burstPeak = peakRss;

  // --- reconcile: 20,000 pending steps after a wiped Redis.
  await jobsQueue.obliterate({ force: true });
  for (let g = 0; g < GATHERINGS; g++) {
    const cohortId = await cohortWith(raw, store, `rc${g}`, ATTENDEES);
    // Ended 40-80 days ago, everyone past +30 d: the +90 d step is what is left.
    await gatheringWith(raw, store, cohortId, `rc${g}`, 40 + g * 4, 3, zone);
  }
  global.gc?.();
  peakRss = process.memoryUsage().rss;
  const rssBefore = peakRss;
  const opsBefore = count();
  const reconcileStarted = performance.now();
  await reconcile(job);
  const reconcileSeconds = (performance.now() - reconcileStarted) / 1000;
  const reconcileOps = count() - opsBefore;
  clearInterval(sampler);
  const planned = (await jobsQueue.getJobCounts('delayed', 'waiting')).delayed ?? 0;

  // --- the same reconciliation in a fresh process, as at a start-up (Redis wiped again).
  await jobsQueue.obliterate({ force: true });
  const alone = await new Promise<{
    seconds: number;
    operations: number;
    rssBefore: number;
    peak: number;
    most: { heapTotal: number; heapUsed: number; external: number };
  }>((resolve, reject) => {
    execFile(
      process.execPath,
      // BENCH_GT_CHILD_FLAGS: more Node flags for the child (e.g. --trace-gc; its JSON line is found among them).
      [
        ...NPM_START_OPTIONS.split(' '),
        ...(process.env.BENCH_GT_CHILD_FLAGS?.split(' ') ?? []),
        fileURLToPath(import.meta.url),
      ],
      { env: { ...process.env, ...NPM_START_ENV, BENCH_GT_RECONCILE: `${name} ${prefix}` }, maxBuffer: 1 << 24 },
      (err, stdout) => {
        if (process.env.BENCH_GT_CHILD_FLAGS) process.stderr.write(stdout);
        return err
          ? reject(err)
          : resolve(JSON.parse(stdout.split('\n').findLast((line) => line.startsWith('{')) ?? '{}'));
      },
    );
  });
  const plannedAlone = (await jobsQueue.getJobCounts('delayed', 'waiting')).delayed ?? 0;

  console.log(`Machine: ${machine()}; load average ${load}\n`);
  console.log('| benchmark | result | detail |\n| --- | --- | --- |');
  console.log(
    `| ${ATTENDEES} attendees, the +30 d step due within one minute (worker concurrency ${CONCURRENCY}) | lag due -> send queue p50 ${(percentile(lags, 50) / 1000).toFixed(2)} s, p99 ${(percentile(lags, 99) / 1000).toFixed(2)} s, max ${((lags.at(-1) ?? 0) / 1000).toFixed(2)} s | ${entered.size} DMs queued (${sendJobs} send jobs, ${new Set(entered.keys()).size} distinct keys); ${(operations / Math.max(1, entered.size)).toFixed(1)} DB operations per person; peak RSS ${(burstPeak / 2 ** 20).toFixed(0)} MiB; setup ${setupSeconds.toFixed(0)} s |`,
  );
  console.log(
    `| start-up reconciliation, ${GATHERINGS} gatherings x ${ATTENDEES} participants | ${reconcileSeconds.toFixed(1)} s | ${planned} follow-up jobs planned on Redis (plus each gathering's summaries and survey); ${reconcileOps} DB operations; RSS ${(rssBefore / 2 ** 20).toFixed(0)} -> peak ${(peakRss / 2 ** 20).toFixed(0)} MiB |`,
  );
  console.log(
    `| the same reconciliation in a fresh process (a start-up) | ${alone.seconds.toFixed(1)} s | ${plannedAlone} follow-up jobs planned; ${alone.operations} DB operations; RSS ${(alone.rssBefore / 2 ** 20).toFixed(0)} -> peak ${(alone.peak / 2 ** 20).toFixed(0)} MiB (V8 heap at most ${(alone.most.heapTotal / 2 ** 20).toFixed(0)} MiB reserved, ${(alone.most.heapUsed / 2 ** 20).toFixed(0)} MiB used; external ${(alone.most.external / 2 ** 20).toFixed(0)} MiB) |`,
  );
} finally {
  await jobsQueue.obliterate({ force: true }).catch(() => undefined);
  await sendQueue.obliterate({ force: true }).catch(() => undefined);
  await jobsQueue.close();
  await sendQueue.close();
  await redis.quit();
  await raw.close();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
