// Idle memory of the real process (`node src/main.ts`, as operators start it)
// with both chat platforms connected (Telegram through the fake Bot API over
// HTTP, Matrix through a real Synapse) and 1,000 cohorts in its database, each
// with a weekly check-in (so start-up reconciliation plans 1,000 jobs).
//
//   node bench/memory.ts [postgres|pglite ...]   (default: both)
//
// postgres: PostgreSQL + Redis (the production mode); pglite: the embedded
// database with in-process queues (the default with nothing set up). The RSS
// is read from /proc/<pid>/status after the process is ready and has been idle
// for IDLE_SECONDS (default 20). Needs MATRIX_TEST_HOMESERVER_URL (a Synapse
// that allows registration), BENCH_ADMIN_URL and REDIS_URL as the others.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaStore } from '../src/db/store.ts';
import { homeserverUrl, register } from '../tests/matrix/helpers.ts';
import { freePort, startBot, waitForReady } from '../tests/process/helpers.ts';
import { FakeBotApi } from '../tests/telegram/fake-bot-api.ts';
import { admin, databaseUrl, log, machine, NPM_START_ENV, NPM_START_OPTIONS, seedCohorts } from './common.ts';

const COHORTS = Number(process.env.BENCH_COHORTS ?? 1000);
const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 20);
const modes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['postgres', 'pglite'];
if (!homeserverUrl) throw new Error('MATRIX_TEST_HOMESERVER_URL is not set (see tests/matrix/helpers.ts)');

async function seeded(options: { databaseUrl?: string; dataDir: string }): Promise<void> {
  const db = await openDatabase({ ...options, log });
  try {
    await applyMigrations(db);
    // 1,000 cohorts in 1,000 Telegram groups, a weekly check-in each, due next week.
    await seedCohorts(createPrismaStore(db), COHORTS, (i) => ({
      platform: 'telegram',
      platformChatId: String(-1_000_000_000 - i),
    }));
  } finally {
    await db.close();
  }
}

function status(pid: number): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
    const match = /^(VmRSS|VmHWM|RssAnon|RssFile):\s+(\d+) kB/.exec(line);
    if (match) fields[match[1]!] = Math.round(Number(match[2]) / 1024);
  }
  return fields;
}

/** BENCH_SMAPS=1: the ten mappings holding the most memory (what the RSS is made of). */
function largestMappings(pid: number): string {
  const mappings: Array<{ name: string; rss: number }> = [];
  let current: { name: string; rss: number } | null = null;
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      current = { name: head[1] || '[anonymous]', rss: 0 };
      mappings.push(current);
    } else if (current && line.startsWith('Rss:')) current.rss = Number(/(\d+)/.exec(line)![1]) / 1024;
  }
  const byName = new Map<string, number>();
  for (const m of mappings) byName.set(m.name, (byName.get(m.name) ?? 0) + m.rss);
  const top = [...mappings].sort((a, b) => b.rss - a.rss).slice(0, 10);
  return [
    ...[...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, rss]) => `  all ${name}: ${rss.toFixed(0)} MiB`),
    ...top.map((m) => `  one ${m.name}: ${m.rss.toFixed(0)} MiB`),
  ].join('\n');
}

async function measure(mode: string): Promise<string> {
  const api = await new FakeBotApi().listen();
  const matrixBot = await register('membench');
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-memory-'));
  const name = `cohort_bench_memory_${process.pid}`;
  const port = await freePort();
  const env: Record<string, string> = {
    ...NPM_START_ENV,
    DATA_DIR: dataDir,
    HTTP_PORT: String(port),
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    MATRIX_HOMESERVER_URL: homeserverUrl!,
    MATRIX_ACCESS_TOKEN: matrixBot.token,
    MATRIX_USER_ID: matrixBot.userId,
  };
  // As `npm start` and the Dockerfile run it (BENCH_NODE_OPTIONS replaces its flags, e.g. '' for
  // Node's defaults); on the command line, since NODE_OPTIONS refuses most of V8's flags.
  const nodeFlags = (process.env.BENCH_NODE_OPTIONS ?? NPM_START_OPTIONS).split(' ').filter(Boolean);
  // BENCH_ENV_X=v: the bot also gets X=v (to try e.g. MALLOC_ARENA_MAX without changing the start command).
  for (const [k, v] of Object.entries(process.env)) if (k.startsWith('BENCH_ENV_')) env[k.slice(10)] = v!;
  if (mode === 'postgres') {
    await admin(`CREATE DATABASE ${name}`);
    env.DATABASE_URL = databaseUrl(name);
    env.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    env.REDIS_PREFIX = `benchmem${process.pid}`;
    await seeded({ databaseUrl: env.DATABASE_URL, dataDir: '' });
  } else {
    await seeded({ dataDir: join(dataDir, 'pglite') });
  }
  const bot = startBot(env, [], nodeFlags);
  try {
    const started = performance.now();
    await waitForReady(port, bot.child, bot.output, 180_000);
    const readySeconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const samples = [];
    for (let i = 0; i < 5; i++) {
      samples.push(status(bot.child.pid!));
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const last = samples.at(-1)!;
    if (process.env.BENCH_SMAPS) console.error(largestMappings(bot.child.pid!));
    const rss = Math.max(...samples.map((s) => s.VmRSS ?? 0));
    const load = loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    const goal = mode === 'postgres' ? 200 : 300;
    return `| ${mode === 'postgres' ? 'PostgreSQL + Redis' : 'embedded PGlite, in-process queues'}, ${COHORTS} cohorts, Telegram (fake Bot API) + Matrix (Synapse) connected | **${rss} MiB** RSS (goal < ${goal}) | anonymous ${last.RssAnon} MiB, file ${last.RssFile} MiB, peak ${last.VmHWM} MiB; ready after ${readySeconds.toFixed(1)} s, idle ${IDLE_SECONDS} s; load ${load} |`;
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (mode === 'postgres') await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

console.log(`Machine: ${machine()}\n`);
console.log('| process | idle RSS | detail |\n| --- | --- | --- |');
for (const mode of modes) console.log(await measure(mode));
process.exit(0);
