// Three processes of the bot started at the same moment on a new database and
// one Redis: the migrations run once (under PostgreSQL's advisory lock), and
// after a Redis that lost everything, the three reconcile every schedule into
// exactly one job.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteKeys, TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { createDatabase, freePort, root, startBot, waitForReady } from '../process/helpers.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { pollingEnv } from './bot.ts';

describe('three processes starting at once', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-fault-three-'));
  const prefix = `faultthree${process.pid}`;
  let database: { url: string; drop: () => Promise<void> };
  let redis: Redis;

  beforeAll(async () => {
    database = await createDatabase(`cohort_fault_three_${process.pid}_${Date.now()}`);
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await deleteKeys(redis, `${prefix}:*`);
    await redis.quit();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startThree(api: FakeBotApi) {
    const ports = [await freePort(), await freePort(), await freePort()];
    const bots = ports.map((port) => startBot(pollingEnv(port, { databaseUrl: database.url, dataDir, prefix }, api)));
    const startedAt = Date.now();
    await Promise.all(bots.map((bot, i) => waitForReady(ports[i]!, bot.child, bot.output, 120_000)));
    return { bots, readyInMs: Date.now() - startedAt };
  }

  async function stopAll(bots: Array<ReturnType<typeof startBot>>) {
    for (const bot of bots) bot.child.kill('SIGTERM');
    await Promise.all(bots.map((bot) => bot.exited));
  }

  it('migrates once, and plans each schedule once after Redis lost its jobs', async () => {
    const api = await new FakeBotApi({ limits: null }).listen();
    const queue = new Queue('jobs', { connection: redis, prefix });
    let bots: Array<ReturnType<typeof startBot>> = [];
    try {
      const first = await startThree(api);
      bots = first.bots;
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const rows = await client.query<{ migration_name: string; finished_at: Date | null }>(
        'SELECT migration_name, finished_at FROM _prisma_migrations',
      );
      await client.end();
      const migrations = readdirSync(join(root, 'prisma', 'migrations')).filter((name) => /^\d+_/.test(name));
      expect(rows.rows.map((r) => r.migration_name).sort()).toEqual(migrations.sort());
      expect(rows.rows.every((r) => r.finished_at !== null)).toBe(true);
      // One process applied them; the others found them applied.
      expect(bots.filter((bot) => /applied \d+ database migration/.test(bot.output()))).toHaveLength(1);

      // A cohort with two check-in schedules, through whichever process polls.
      const group = api.group({ title: 'Three', admins: ['alice'] });
      api.say('alice', group, '/cohort@cohort_test_bot create "Three starts"');
      await waitFor('the cohort', () => api.inChat(group.id).some((m) => /Three starts/.test(m.text)), {
        timeoutMs: 30_000,
      });
      api.say('alice', group, '/checkin@cohort_test_bot schedule weekly mon 18:00');
      api.say('alice', group, '/checkin@cohort_test_bot schedule weekly thu 09:00');
      const dueJobs = async () =>
        (await queue.getJobs(['delayed', 'waiting', 'prioritized'])).filter((job) => job?.name === 'checkins.due');
      await waitFor('two planned check-ins', async () => (await dueJobs()).length === 2, { timeoutMs: 30_000 });

      await stopAll(bots);
      // Redis lost everything (no AOF, a new instance): the schedules live on in PostgreSQL.
      await deleteKeys(redis, `${prefix}:*`);
      const second = await startThree(api);
      bots = second.bots;
      // Each process reconciled at start; give the slowest its start hooks, then count.
      await waitFor('the check-ins planned again', async () => (await dueJobs()).length >= 2, { timeoutMs: 30_000 });
      await waitFor('every process running', () => bots.every((bot) => /cohort-bot is running/.test(bot.output())), {
        timeoutMs: 60_000,
      });
      const jobs = await dueJobs();
      process.stdout.write(
        `[fault] three processes started at once: ready in ${(first.readyInMs / 1000).toFixed(1)} s on a new database, ${(second.readyInMs / 1000).toFixed(1)} s after Redis was wiped; migrations applied once, ${jobs.length} check-in jobs for 2 schedules\n`,
      );
      expect(jobs).toHaveLength(2);
      expect(new Set(jobs.map((job) => job!.id)).size).toBe(2);
    } finally {
      await stopAll(bots);
      await queue.close();
      await api.close();
    }
  }, 300_000);
});
