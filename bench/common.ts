// Shared by the benchmarks: a throwaway PostgreSQL database, a Redis prefix of
// its own, percentiles, and the machine line for bench/RESULTS.md.
//
// BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) creates
// and drops the throwaway databases; REDIS_URL as for the bot.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { FakeAdapter } from '../adapters/fake/adapter.ts';
import { loadTranslator } from '../src/core/i18n.ts';
import type { JobScheduler, Outbox } from '../src/core/jobs.ts';
import type { BotServices } from '../src/core/services.ts';
import type { Store } from '../src/core/store.ts';
import { noTelemetry } from '../src/core/telemetry.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaStore } from '../src/db/store.ts';
import { connectRedis } from '../src/jobs/redis.ts';
import { LOCALES_DIR } from '../src/local.ts';

export const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The URL of database `name` on the admin URL's server. */
export function databaseUrl(name: string): string {
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

export async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database named `name`, dropped after `work`. */
export async function withDatabase<T>(name: string, work: (store: Store) => Promise<T>): Promise<T> {
  await admin(`CREATE DATABASE ${name}`);
  const db = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '', log });
  try {
    await applyMigrations(db);
    return await work(createPrismaStore(db));
  } finally {
    await db.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

export async function withRedis<T>(
  work: (redis: Awaited<ReturnType<typeof connectRedis>>, prefix: string) => Promise<T>,
): Promise<T> {
  const redis = await connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', log);
  const prefix = `bench-tg-${randomBytes(4).toString('hex')}`;
  try {
    return await work(redis, prefix);
  } finally {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
    await redis.quit();
  }
}

/** `npm start`'s command line: its environment assignments, then `node FLAGS src/main.ts`. */
const npmStart = (() => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { scripts } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: { start: string } };
  const parts = /^((?:[A-Z_]+=\S+ )*)node (.*) src\/main\.ts$/.exec(scripts.start);
  if (!parts) throw new Error(`unexpected start script: ${scripts.start}`);
  const env = Object.fromEntries(
    (parts[1] ?? '')
      .trim()
      .split(' ')
      .filter(Boolean)
      .map((assignment) => assignment.split('=') as [string, string]),
  );
  return { env, flags: (parts[2] ?? '').replaceAll('./src/', `${root}src/`) };
})();

/**
 * The Node flags `npm start` (and the Docker image) run the bot with, space-separated (paths
 * made absolute), for benchmarks that measure a process as operators start it: read from
 * package.json so that they cannot drift apart.
 */
export const NPM_START_OPTIONS = npmStart.flags;

/** The environment `npm start` (and the image) set for the process: malloc's settings (see the Dockerfile). */
export const NPM_START_ENV: Record<string, string> = npmStart.env;

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Count the SQL statements this process sends to PostgreSQL (BEGIN/COMMIT
 * included: what a Prisma operation really costs). Call once, before the
 * database is opened; read the count with the returned function.
 */
export function countSqlStatements(): () => number {
  let statements = 0;
  const clientQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof clientQuery;
  return () => statements;
}

/** The bot's services for a job benchmark: the real store, outbox and scheduler, a fake adapter that may DM anyone. */
export function jobServices(
  store: Store,
  outbox: Outbox,
  scheduler: JobScheduler,
  adapter = new FakeAdapter({ capabilities: { dmWithoutContact: true } }),
): BotServices {
  return {
    store,
    outbox,
    scheduler,
    clock: { now: () => new Date() },
    i18n: loadTranslator(LOCALES_DIR),
    log,
    telemetry: noTelemetry,
    adapterFor: () => adapter,
    defaults: { locale: 'en', timezone: 'UTC' },
  };
}

/**
 * `count` cohorts, each in a group of its own with one weekly check-in (not yet
 * planned: nextDueAt null), in four timezones and three languages. 50 at a time.
 */
export async function seedCohorts(
  store: Store,
  count: number,
  chatOf: (i: number) => { platform: 'fake' | 'telegram' | 'matrix'; platformChatId: string },
): Promise<void> {
  for (let start = 0; start < count; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - start) }, async (_, k) => {
        const i = start + k;
        const chat = await store.chats.upsert({ ...chatOf(i), kind: 'group', title: `Cohort ${i}` });
        const cohort = await store.cohorts.create({
          chatId: chat.id,
          threadId: '',
          name: `Cohort ${i}`,
          languages: ['en'],
          region: null,
          themes: [],
          timezone: ['Europe/Berlin', 'America/Santiago', 'Asia/Kolkata', 'UTC'][i % 4]!,
          locale: ['en', 'es', 'ar'][i % 3]!,
        });
        await store.checkins.createSchedule({
          cohortId: cohort.id,
          pattern: 'weekly mon 18:00',
          phase: 0,
          questions: [],
          windowMinutes: 24 * 60,
          remindMinutes: 6 * 60,
          digest: 'group',
          nextDueAt: null,
        });
      }),
    );
  }
}
