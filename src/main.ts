// cohort-bot's entry point and the only module that knows every layer.
//
//   node src/main.ts                  run the bot (migrates the database first)
//   node src/main.ts migrate          apply database migrations and exit
//   node src/main.ts migrate status   show applied and pending migrations
//   node src/main.ts --help

import { flushCompileCache } from 'node:module';
import { join } from 'node:path';
import pino from 'pino';
import { type Config, loadConfig, readDotEnv } from './config.ts';
import { createBot } from './core/bot.ts';
import { OperatorError } from './core/errors.ts';
import { calendarFeedOf } from './core/feature-hooks.ts';
import { loadTranslator } from './core/i18n.ts';
import type { BotServices, Logger } from './core/services.ts';
import { type Database, openDatabase } from './db/client.ts';
import { applyMigrations, migrationStatus } from './db/migrate.ts';
import { createPrismaStore } from './db/store.ts';
import { features } from './features/index.ts';
import { createNetworkWeb } from './features/network/web.ts';
import { createReportWeb } from './features/reports/web.ts';
import { createMetrics, jobHooks, telemetry } from './http/metrics.ts';
import { NOT_USED, startHttpServer } from './http/server.ts';
import { createJobBackend, type JobMode } from './job-backend.ts';
import { adapterFor } from './jobs/deliver.ts';
import { startHousekeeping } from './jobs/housekeeping.ts';
import { exitOnSignals, gracefulShutdown } from './jobs/shutdown.ts';
import { LOCALES_DIR } from './local.ts';
import { configuredPlatforms, type Platforms, type Role } from './platforms.ts';
import { releaseMemory } from './util/release-memory.ts';

const HELP = `cohort-bot: peer-learning cohorts in Telegram groups and Matrix rooms

Usage:
  npm start                      run the bot (applies database migrations first)
  npm start -- --role all        the default: answer webhooks and HTTP, and run jobs and sends
  npm start -- --role web        answer webhooks and HTTP only (needs REDIS_URL)
  npm start -- --role worker     run jobs, sends, inbound updates, Telegram polling and
                                 Matrix sync (one process holds those two at a time, by a
                                 Redis lock that another takes over when it dies; needs REDIS_URL)
  npm run migrate                apply database migrations and exit
  npm run migrate -- status      list applied and pending migrations
  npm run playground             try the bot in a terminal, without any token

Configuration comes from the environment and a .env file; see .env.example
and the README's configuration table. Without DATABASE_URL the bot keeps its
data in an embedded PostgreSQL (PGlite) under DATA_DIR. Without REDIS_URL
queues run in this one process, kept in the database (embedded mode); with
REDIS_URL they run in Redis, shared by several processes (docs/operations.md).
`;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const { role, rest } = roleOf(argv);
  readDotEnv();
  const config = loadConfig();
  const log = pino({ level: config.log.level });
  if (rest[0] === 'migrate') return migrateCommand(config, log, rest[1]);
  if (rest.length > 0) throw new OperatorError(`unknown command "${rest.join(' ')}"`);
  if (role !== 'all' && !config.redis) {
    throw new OperatorError(
      `--role ${role} needs REDIS_URL: without Redis the bot runs as one process (embedded mode); set REDIS_URL or leave out --role`,
    );
  }
  await run(config, log, role);
}

const ROLES: readonly Role[] = ['all', 'web', 'worker'];

/** `--role web` or `--role=web` (default all), and the other arguments. */
function roleOf(argv: string[]): { role: Role; rest: string[] } {
  const rest = [...argv];
  const at = rest.findIndex((arg) => arg === '--role' || arg.startsWith('--role='));
  if (at < 0) return { role: 'all', rest };
  const [flag] = rest.splice(at, 1);
  const value = flag!.includes('=') ? flag!.slice('--role='.length) : rest.splice(at, 1)[0];
  if (!ROLES.includes(value as Role)) {
    throw new OperatorError(`--role expects one of ${ROLES.join(', ')}${value ? `, got "${value}"` : ''}`);
  }
  return { role: value as Role, rest };
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

async function run(config: Config, log: Logger, role: Role): Promise<void> {
  // Every series says which role made it: several processes are scraped side by side.
  const metrics = createMetrics({ defaultLabels: { role } });
  const hooks = jobHooks(metrics);
  log.info({ database: config.database.kind }, 'starting cohort-bot');

  const db = await openConfiguredDatabase(config, log);
  await applyMigrations(db);
  const store = createPrismaStore(db);
  let platforms: Platforms | undefined;
  const backend = await createJobBackend({
    config,
    db,
    store,
    log,
    hooks,
    adapters: (platform) => adapterFor(platforms?.adapters ?? new Map(), platform),
  });
  log.info({ mode: backend.mode, role }, MODE_LINES[backend.mode]);

  const i18n = loadTranslator(join(LOCALES_DIR));
  platforms = await configuredPlatforms({
    config,
    log,
    state: store.adapterState,
    i18n,
    features,
    connection: backend.connection,
    role,
    whileLeader: (platform) => backend.whileLeader(platform),
  });
  const started = platforms;
  const { adapters } = platforms;
  const services: BotServices = {
    store,
    outbox: backend.outbox,
    scheduler: backend.scheduler,
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
    ...(config.http.publicUrl ? { publicUrl: config.http.publicUrl } : {}),
    reportWeb: config.reports,
  };
  const bot = createBot(services, features);

  if (role !== 'web') {
    backend.startWork(bot.jobHandlers());
    await backend.recover();
    // Every feature plans what a new row or a wiped Redis left without a job (check-ins, peer rounds, ...).
    for (const feature of bot.features) await feature.start?.(bot.job);
  }
  const http = await startHttpServer({
    port: config.http.port,
    host: config.http.host,
    metrics,
    log,
    checks: { database: () => store.ping(), redis: backend.redisCheck ?? NOT_USED },
    routes: (app) => started.routes(app),
    calendarFeed: (token) => calendarFeedOf(bot.features, token, bot.job),
    degraded: () => started.degraded(),
    reportWeb: createReportWeb({ features: bot.features, job: bot.job }),
    networkWeb: createNetworkWeb({ job: bot.job }),
  });
  // Signals are handled from here on: a SIGTERM while the adapters start still shuts down cleanly.
  let stopHousekeeping: (() => void) | undefined;
  exitOnSignals(
    async () => {
      stopHousekeeping?.();
      // Stop taking updates first, so nothing new starts while running work finishes.
      await Promise.race([started.stop(), new Promise((resolve) => setTimeout(resolve, 2000))]);
      return gracefulShutdown({
        workers: backend.workers,
        closers: [
          { name: 'http', close: () => http.close() },
          ...backend.closers,
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
  await started.start((event, adapter) => bot.handle(event, adapter));
  if (role !== 'web') backend.afterPlatformsStart();
  log.info({ port: http.port, platforms: [...adapters.keys()] }, 'cohort-bot is running');
  // What start-up compiled is on disk now (when src/compile-cache.js enabled the cache), not only at a clean exit.
  flushCompileCache();
  // Start-up's garbage would otherwise stay in the idle process's memory (src/util/release-memory.ts).
  log.debug({ ms: releaseMemory() }, 'start-up garbage collected');
}

const MODE_LINES: Record<JobMode, string> = {
  embedded:
    'embedded mode: one process, in-process queues kept in the database (set REDIS_URL for Redis and several processes)',
  redis: 'redis mode: queues and schedules in Redis, shared with other processes of this bot',
};

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
