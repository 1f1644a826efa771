import { Redis } from 'ioredis';
import { FakeAdapter } from '../adapters/fake/adapter.ts';
import { DEFAULT_JOB_CONCURRENCY } from '../src/config/schema.ts';
import { JobContext } from '../src/core/job-context.ts';
import type { OutboxEntry } from '../src/core/jobs.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaStore } from '../src/db/store.ts';
import { CLOSE_JOB, DUE_JOB, dueJob, reconcileCheckins } from '../src/features/checkins/occurrences.ts';
import { connectRedis } from '../src/jobs/redis.ts';
import { BullScheduler, createJobsQueue, type JobRunner, startJobWorker } from '../src/jobs/scheduler.ts';
import { BullOutbox, createSendQueue } from '../src/jobs/send-queue.ts';
import {
  admin,
  countSqlStatements,
  databaseUrl,
  jobServices,
  log,
  machine,
  percentile,
  seedCohorts,
} from './common.ts';

const COHORTS = Number(process.env.BENCH_COHORTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? DEFAULT_JOB_CONCURRENCY);

/** The database with every Prisma operation counted. */
function counted(db: Database): { db: Database; count: () => number } {
  let operations = 0;
  // Top-level $allOperations: model operations and raw SQL ($queryRaw) alike.
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

/** SQL statements sent to PostgreSQL (what one Prisma operation really costs, BEGIN/COMMIT included). */
const sqlStatements = countSqlStatements();

/** Commands this process sends to Redis (every connection, BullMQ's included; a Lua script call counts once). */
let redisCommandsSent = 0;
const sendCommand = Redis.prototype.sendCommand;
/** BENCH_VERBOSE: the commands by name (a BullMQ script by its name, e.g. moveToFinished). */
const commandNames = new Map<string, number>();
const scriptNames = new Map<string, string>();
Redis.prototype.sendCommand = function (this: Redis, ...args: Parameters<typeof sendCommand>) {
  redisCommandsSent++;
  if (process.env.BENCH_VERBOSE) {
    const command = args[0] as unknown as { name: string; args: unknown[] };
    let name = command.name;
    if (name === 'evalsha') {
      const sha = String(command.args[0]);
      if (!scriptNames.has(sha)) {
        const scripts = (this as unknown as { scriptsSet?: Record<string, { sha: string }> }).scriptsSet ?? {};
        for (const [script, { sha: known }] of Object.entries(scripts)) scriptNames.set(known, script);
      }
      name = scriptNames.get(sha) ?? 'evalsha';
    }
    commandNames.set(name, (commandNames.get(name) ?? 0) + 1);
  }
  return sendCommand.apply(this, args);
};
const redisCalls = async () => redisCommandsSent;

const name = `cohort_bench_checkins_${process.pid}`;
await admin(`CREATE DATABASE ${name}`);
const raw = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '', log });
const redis = await connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', log);
const prefix = `benchck${process.pid}`;
const jobsQueue = createJobsQueue({ connection: redis, prefix });
const sendQueue = createSendQueue({ connection: redis, prefix });
try {
  await applyMigrations(raw);
  const { db, count } = counted(raw);
  const store = createPrismaStore(db);

  // 2,000 cohorts in 2,000 groups, each with one schedule; all made due at the same instant below.
  const setupStarted = performance.now();
  await seedCohorts(store, COHORTS, (i) => ({ platform: 'fake', platformChatId: `bench-ck-${i}` }));
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  const dueAt = new Date(Date.now() + 5000);
  await raw.query('UPDATE "CheckInSchedule" SET "nextDueAt" = $1', [dueAt]);

  const adapter = new FakeAdapter();
  const ledger = new BullOutbox({ store, queue: sendQueue });
  const entered = new Map<string, number>();
  const outbox = {
    async enqueue(entry: OutboxEntry) {
      await ledger.enqueue(entry);
      if (/^checkin-[0-9a-f-]{36}$/.test(entry.idempotencyKey)) entered.set(entry.idempotencyKey, Date.now());
    },
  };
  const services = jobServices(store, outbox, new BullScheduler({ queue: jobsQueue, log }), adapter);
  const job = new JobContext({ services });
  const reconcileStarted = performance.now();
  await reconcileCheckins(job);
  const reconcileSeconds = (performance.now() - reconcileStarted) / 1000;
  const handlers = new Map<string, JobRunner>([
    [DUE_JOB, (data) => dueJob(data, job)],
    [CLOSE_JOB, async () => {}],
  ]);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  // BENCH_PROFILE=file.cpuprofile: a CPU profile of the burst alone (open it in Chrome's DevTools).
  const profiler = process.env.BENCH_PROFILE ? new (await import('node:inspector/promises')).Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const worker = startJobWorker({ connection: redis, prefix, handlers, log, concurrency: CONCURRENCY });
  // The lag counts from the due time; a worker started after it (a slow reconciliation) starts behind.
  const workerStartLag = (Date.now() - dueAt.getTime()) / 1000;
  const before = count();
  const statementsBefore = sqlStatements();
  const redisBefore = await redisCalls();
  const cpuBefore = process.cpuUsage();
  while (entered.size < COHORTS) {
    if (Date.now() > dueAt.getTime() + 120_000) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Let the last handlers finish planning the next occurrence.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const operations = count() - before;
  const sql = sqlStatements() - statementsBefore;
  const redisCommands = (await redisCalls()) - redisBefore;
  // CPU time of this process (the bot's side: job worker, handlers, Prisma, BullMQ) per check-in:
  // unlike the lag, it hardly depends on what else the machine runs. The last second's idle wait included.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerCheckin = (cpu.user + cpu.system) / 1000 / Math.max(1, entered.size);
  if (process.env.BENCH_VERBOSE)
    console.error(
      `Redis commands per check-in: ${[...commandNames]
        .sort((a, b) => b[1] - a[1])
        .map(([name, n]) => `${name} ${(n / Math.max(1, entered.size)).toFixed(2)}`)
        .join(', ')}`,
    );
  clearInterval(sampler);
  await worker.close();
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    (await import('node:fs')).writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile));
  }

  const lags = [...entered.values()].map((at) => at - dueAt.getTime()).sort((a, b) => a - b);
  console.log(
    `Machine: ${machine()}; load average ${(await import('node:os'))
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| benchmark | lag due -> send queue | detail |\n| --- | --- | --- |');
  console.log(
    `| ${COHORTS} cohorts due in the same minute (job worker concurrency ${CONCURRENCY}, PostgreSQL + Redis) | p50 ${(percentile(lags, 50) / 1000).toFixed(2)} s, p99 ${(percentile(lags, 99) / 1000).toFixed(2)} s, max ${(lags.at(-1)! / 1000).toFixed(2)} s | ${entered.size} posted; ${(operations / Math.max(1, entered.size)).toFixed(1)} DB operations (${(sql / Math.max(1, entered.size)).toFixed(1)} SQL statements) and ${(redisCommands / Math.max(1, entered.size)).toFixed(1)} Redis commands per check-in (post + plan next); ${cpuPerCheckin.toFixed(2)} ms CPU per check-in in this process; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB; setup ${setupSeconds.toFixed(0)} s, reconciliation ${reconcileSeconds.toFixed(1)} s, worker started ${workerStartLag.toFixed(1)} s after the due time |`,
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
