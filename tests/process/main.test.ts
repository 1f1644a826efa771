// The bot as operators run it: `node src/main.ts` in a child process, with
// real Redis and PostgreSQL (and the embedded PGlite).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../helpers/redis.ts';
import { createDatabase, freePort, runOnce, startBot, waitForReady } from './helpers.ts';

describe('cohort-bot process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-proc-'));
  let databaseUrl: string;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    ({ url: databaseUrl, drop: dropDatabase } = await createDatabase(`cohort_proc_${process.pid}_${Date.now()}`));
  });
  afterAll(async () => {
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('explains itself with --help', () => {
    const run = runOnce(['--help'], {});
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm run playground');
    expect(run.stdout).toContain('migrate');
  });

  it('migrates PostgreSQL on demand, and migrate status agrees', () => {
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: dataDir };
    const before = runOnce(['migrate', 'status'], env);
    expect(before.stdout).toMatch(/pending: [1-9]/);
    expect(before.status).toBe(1);
    const migrate = runOnce(['migrate'], env);
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toMatch(/applied: .*_init/);
    const after = runOnce(['migrate', 'status'], env);
    expect(after.status).toBe(0);
    expect(after.stdout).toMatch(/pending: 0/);
  });

  it('stops with one line naming a wrong variable', () => {
    const run = runOnce([], { HTTP_PORT: 'eighty', DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/HTTP_PORT/);
  });

  it('says how to get Redis when there is none', () => {
    const run = runOnce([], { REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: databaseUrl, DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Redis is required/);
    expect(run.stderr).toMatch(/redis-server|docker compose/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('runs on PostgreSQL and Redis, reports ready, serves metrics and stops cleanly on SIGTERM, before its hard limit', async () => {
    const port = await freePort();
    const bot = startBot({
      REDIS_URL: TEST_REDIS_URL,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      REDIS_PREFIX: `proc${process.pid}`,
    });
    const ready = await waitForReady(port, bot.child, bot.output);
    expect(ready).toEqual({ database: 'ok', redis: 'ok' });
    expect(bot.output()).toMatch(/redis mode: queues and schedules in Redis/);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/process_cpu|nodejs_/);
    bot.child.kill('SIGTERM');
    // Exit code 0 and "shut down cleanly": the shutdown finished before its 9.5 s hard limit
    // fired (that exits with 1, saying it took too long), inside an orchestrator's 10 s.
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toMatch(/shut down cleanly/);
    expect(bot.output()).not.toMatch(/took too long/);
  });

  it('runs on the embedded database with in-process queues when DATABASE_URL and REDIS_URL are unset', async () => {
    const port = await freePort();
    const bot = startBot({
      DATA_DIR: dataDir,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      REDIS_PREFIX: `proc${process.pid}`,
    });
    // PGlite's first start (WebAssembly, migrations) takes minutes on a busy 2-core machine.
    const ready = await waitForReady(port, bot.child, bot.output, 200_000);
    expect(ready).toEqual({ database: 'ok', redis: 'not used' });
    expect(bot.output()).toMatch(/"database":"pglite"/);
    expect(bot.output()).toMatch(/"mode":"embedded"/);
    // A second process on the same folder would corrupt it: refused in one line.
    const second = runOnce(['migrate'], { DATA_DIR: dataDir });
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^cohort-bot: the embedded database in .* is in use by another cohort-bot process \(pid \d+\)/,
    );
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 260_000);
});
