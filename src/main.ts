// cohort-bot's entry point and the only module that knows every layer.
//
//   node src/main.ts                  run the bot (migrates the database first)
//   node src/main.ts migrate          apply database migrations and exit
//   node src/main.ts migrate status   show applied and pending migrations
//   node src/main.ts --help

import { join } from 'node:path';
import pino from 'pino';
import { type Config, loadConfig, readDotEnv } from './config.ts';
import { createBot } from './core/bot.ts';
import { OperatorError } from './core/errors.ts';
import { loadTranslator } from './core/i18n.ts';
import type { BotServices, Logger } from './core/services.ts';
import { type Database, openDatabase } from './db/client.ts';
import { applyMigrations, migrationStatus } from './db/migrate.ts';
import { createPrismaStore } from './db/store.ts';
import { features } from './features/index.ts';
import { createReportWeb } from './features/reports/web.ts';
import { createMetrics, jobHooks, telemetry } from './http/metrics.ts';
import { startHttpServer } from './http/server.ts';
import { startHousekeeping } from './jobs/housekeeping.ts';
import { checkRedisPolicy, connectRedis } from './jobs/redis.ts';
import { BullScheduler, createJobsQueue, startJobWorker } from './jobs/scheduler.ts';
import { BullOutbox, createSendQueue, startSendWorker } from './jobs/send-queue.ts';
import { exitOnSignals, gracefulShutdown } from './jobs/shutdown.ts';
import { LOCALES_DIR } from './local.ts';
import { configuredPlatforms } from './platforms.ts';

const HELP = `cohort-bot: peer-learning cohorts in Telegram groups and Matrix rooms

Usage:
  npm start                      run the bot (applies database migrations first)
  npm run migrate                apply database migrations and exit
  npm run migrate -- status      list applied and pending migrations
  npm run playground             try the bot in a terminal, without any token

Configuration comes from the environment and a .env file; see .env.example
and the README's configuration table. Without DATABASE_URL the bot keeps its
data in an embedded PostgreSQL (PGlite) under DATA_DIR. Redis is required.
`;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    process.stdout.write(HELP);
    return;
  }
  readDotEnv();
  const config = loadConfig();
  const log = pino({ level: config.log.level });
  if (argv[0] === 'migrate') return migrateCommand(config, log, argv[1]);
  if (argv.length > 0) throw new OperatorError(`unknown command "${argv.join(' ')}"`);
  await run(config, log);
}

function openConfiguredDatabase(config: Config, log: Logger): Promise<Database> {
  return openDatabase({
    databaseUrl: config.database.kind === 'postgres' ? config.database.url : undefined,
    dataDir: config.database.kind === 'pglite' ? config.database.dir : '',
    log,
  });
}

async function migrateCommand(config: Config, log: Logger, sub: string | undefined): Promise<void> {
  const db = await openConfiguredDatabase(config, log);
  try {
    if (sub === 'status') {
      const status = await migrationStatus(db);
      const lines = [
        `database: ${db.kind}`,
        `applied: ${status.applied.length}${status.applied.length ? ` (${status.applied.join(', ')})` : ''}`,
        `pending: ${status.pending.length}${status.pending.length ? ` (${status.pending.join(', ')})` : ''}`,
      ];
      if (status.modified.length) lines.push(`modified since applied: ${status.modified.join(', ')}`);
      if (status.failed.length) lines.push(`failed: ${status.failed.join(', ')}`);
      if (status.unknown.length) lines.push(`applied but unknown to this version: ${status.unknown.join(', ')}`);
      process.stdout.write(`${lines.join('\n')}\n`);
      if (status.pending.length || status.failed.length) process.exitCode = 1;
    } else if (sub === undefined || sub === 'deploy') {
      const applied = await applyMigrations(db);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
    } else {
      throw new OperatorError(`unknown migrate command "${sub}" (use: migrate, migrate status)`);
    }
  } finally {
    await db.close();
  }
}

async function run(config: Config, log: Logger): Promise<void> {
  const metrics = createMetrics();
  const hooks = jobHooks(metrics);
  log.info({ database: config.database.kind }, 'starting cohort-bot');

  const db = await openConfiguredDatabase(config, log);
  await applyMigrations(db);
  const store = createPrismaStore(db);
  const redis = await connectRedis(config.redis.url, log);
  await checkRedisPolicy(redis, log);
  const connection = { connection: redis, prefix: config.redis.prefix };

  const sendQueue = createSendQueue(connection);
  const jobsQueue = createJobsQueue(connection);
  const i18n = loadTranslator(join(LOCALES_DIR));
  const platforms = configuredPlatforms({ config, log, state: store.adapterState, i18n, features, connection });
  const { adapters } = platforms;
  const outbox = new BullOutbox({ store, queue: sendQueue });
  const services: BotServices = {
    store,
    outbox,
    scheduler: new BullScheduler({ queue: jobsQueue, log }),
    clock: { now: () => new Date() },
    i18n,
    log,
    telemetry: telemetry(metrics),
    adapterFor(platform) {
      const adapter = adapters.get(platform);
      if (!adapter) throw new Error(`no adapter for ${platform}`);
      return adapter;
    },
    defaults: config.defaults,
    reportWeb: config.reports,
  };
  const bot = createBot(services, features);

  const workers = [
    startSendWorker({ ...connection, store, adapters, log, hooks, concurrency: config.send.concurrency }),
    startJobWorker({ ...connection, handlers: bot.jobHandlers(), log, hooks, concurrency: config.jobs.concurrency }),
  ];
  // Messages whose ledger row was written just before a crash, but whose job never reached Redis.
  const requeued = await outbox.requeuePending(new Date(Date.now() - 60_000));
  if (requeued > 0) log.info({ requeued }, 'queued again the messages a previous run left pending');
  // Every feature plans what a new row or a wiped Redis left without a job (check-ins, peer rounds, ...).
  for (const feature of bot.features) await feature.start?.(bot.job);
  const http = await startHttpServer({
    port: config.http.port,
    host: config.http.host,
    metrics,
    log,
    checks: { database: () => store.ping(), redis: async () => void (await redis.ping()) },
    routes: (app) => platforms.routes(app),
    degraded: () => platforms.degraded(),
    reportWeb: createReportWeb({ features: bot.features, job: bot.job }),
  });
  // Signals are handled from here on: a SIGTERM while the adapters start still shuts down cleanly.
  let stopHousekeeping: (() => void) | undefined;
  exitOnSignals(
    async () => {
      stopHousekeeping?.();
      // Stop taking updates first, so nothing new starts while running work finishes.
      await Promise.race([
        Promise.allSettled([...adapters.values()].map((adapter) => adapter.stop())),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      return gracefulShutdown({
        workers,
        closers: [
          { name: 'http', close: () => http.close() },
          { name: 'queues', close: async () => void (await Promise.all([sendQueue.close(), jobsQueue.close()])) },
          { name: 'redis', close: async () => void (await redis.quit()) },
          { name: 'database', close: () => db.close() },
        ],
        log,
        deadlineMs: Math.max(0, config.shutdown.timeoutMs - 2000),
      });
    },
    log,
    config.shutdown.timeoutMs + 500,
  );

  stopHousekeeping = startHousekeeping(store, services.clock, log);
  await platforms.start((event, adapter) => bot.handle(event, adapter));
  log.info({ port: http.port, platforms: [...adapters.keys()] }, 'cohort-bot is running');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Problems the operator can fix get one line; anything else gets the stack.
  const line =
    error instanceof OperatorError
      ? error.userLine
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`cohort-bot: ${line}\n`);
  process.exit(1);
});
