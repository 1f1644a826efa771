// The bot as operators run it: `node src/main.ts` in a child process, with
// real Redis and PostgreSQL (and the embedded PGlite).

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl } from '../helpers/db.ts';

const root = join(import.meta.dirname, '..', '..');
const main = join(root, 'src', 'main.ts');
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info' };

function runOnce(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [main, ...args], {
    cwd: root,
    env: { ...baseEnv, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(
  port: number,
  child: ChildProcess,
  output: () => string,
  ms = 90_000,
): Promise<Record<string, string>> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`bot exited early:\n${output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status === 200) return (await res.json()) as Record<string, string>;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`bot not ready in time:\n${output()}`);
}

function startBot(env: Record<string, string>) {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

describe('cohort-bot process', () => {
  const dbName = `cohort_proc_${process.pid}_${Date.now()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-proc-'));
  const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${dbName}`);

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE "${dbName}"`);
    await client.end();
  });
  afterAll(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await client.end();
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

  it('runs on PostgreSQL, reports ready, serves metrics and stops within 10 s on SIGTERM', async () => {
    const port = await freePort();
    const bot = startBot({
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      REDIS_PREFIX: `proc${process.pid}`,
    });
    const ready = await waitForReady(port, bot.child, bot.output);
    expect(ready).toEqual({ database: 'ok', redis: 'ok' });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/process_cpu|nodejs_/);
    const stoppedAt = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(bot.output()).toMatch(/shut down cleanly/);
  });

  it('runs on the embedded database when DATABASE_URL is unset', async () => {
    const port = await freePort();
    const bot = startBot({
      DATA_DIR: dataDir,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      REDIS_PREFIX: `proc${process.pid}`,
    });
    const ready = await waitForReady(port, bot.child, bot.output, 120_000);
    expect(ready.database).toBe('ok');
    expect(bot.output()).toMatch(/"database":"pglite"/);
    // A second process on the same folder would corrupt it: refused in one line.
    const second = runOnce(['migrate'], { DATA_DIR: dataDir });
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^cohort-bot: the embedded database in .* is in use by another cohort-bot process \(pid \d+\)/,
    );
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 150_000);
});
