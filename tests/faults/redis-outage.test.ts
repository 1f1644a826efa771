// Redis gone for a while (killed, then started again on its AOF) while people
// write to the bot through Telegram's webhook: the webhook does not answer 200
// for what it could not store, so Telegram sends it again; once Redis is back
// the queued work resumes, and every message is answered once, in order.
//
// The issue asks for 60 s of outage; CI runs OUTAGE_MS (12 s): the bot's
// behaviour does not change with the length (the webhook refuses at once,
// Telegram keeps the updates, ioredis retries every few hundred ms). Run with
// FAULT_OUTAGE_MS=60000 for the full minute.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait.ts';
import { createDatabase, freePort, startBot, waitForReady } from '../process/helpers.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { type PrivateServer, privateRedis } from './servers.ts';
import { expectInOrder, report, settle, startTraffic } from './traffic.ts';

const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 12_000);

describe('Redis unavailable during webhook traffic', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-fault-redis-'));
  let redis: PrivateServer;
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    redis = await privateRedis();
    database = await createDatabase(`cohort_fault_redis_${process.pid}_${Date.now()}`);
  });
  afterAll(async () => {
    await redis?.remove();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses what it cannot store, resumes when Redis is back, and answers every message once', async () => {
    const api = await new FakeBotApi({ limits: null }).listen();
    // Telegram waits longer than this for an answer; a bot hanging on a dead Redis would show here.
    api.webhookTimeoutMs = 5000;
    const port = await freePort();
    const bot = startBot({
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      REDIS_URL: redis.url,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.url,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/updates`,
      TELEGRAM_WEBHOOK_SECRET: 'fault-redis-secret',
    });
    try {
      await waitForReady(port, bot.child, bot.output);
      await waitFor('setWebhook', () => api.webhook !== null, { timeoutMs: 30_000 });

      const traffic = startTraffic(api, { privates: 4, groups: 1, everyMs: 250 });
      await waitFor('answers before the outage', () => traffic.answered() >= 10, { timeoutMs: 30_000 });

      await redis.stop('kill');
      const downAt = Date.now();
      const refusedBefore = api.webhookPushes.refused;
      // /readyz says so (a load balancer takes the process out of rotation).
      await waitFor(
        '/readyz to report Redis',
        async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 503,
        { timeoutMs: 10_000 },
      );
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      const refused = api.webhookPushes.refused - refusedBefore;
      const waiting = api.pendingUpdates;

      await redis.start();
      const upAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await traffic.stop();
      const tally = await settle(api, traffic, 90_000);
      const recovered = Date.now() - upAt;

      report(
        `Redis down ${(upAt - downAt) / 1000} s (webhook)`,
        recovered,
        tally,
        `${refused} webhook pushes refused during the outage, ${api.webhookPushes.unanswered} unanswered in 5 s, ${waiting} updates waiting at Telegram`,
      );
      // Telegram was told to send again (not left hanging), and kept what it could not deliver.
      expect(refused).toBeGreaterThan(0);
      expect(api.webhookPushes.unanswered).toBe(0);
      expect(waiting).toBeGreaterThan(0);
      expect(tally).toMatchObject({ lost: 0, doubled: 0 });
      expectInOrder(api, traffic);
      expect(bot.output()).toMatch(/connection to Redis is back/);
    } finally {
      if (process.env.FAULT_LOG) {
        const { execSync } = await import('node:child_process');
        const q = (cmd: string) => execSync(`redis-cli -p ${redis.port} ${cmd}`, { encoding: 'utf8' }).trim();
        const info = ['wait', 'delayed', 'active', 'failed', 'completed', 'prioritized', 'paused']
          .map((k) => `${k}=${q(`type bull:send:${k}`)}:${q(`eval "local t=redis.call('type',KEYS[1]).ok; if t=='zset' then return redis.call('zcard',KEYS[1]) elseif t=='list' then return redis.call('llen',KEYS[1]) else return -1 end" 1 bull:send:${k}`)}`)
          .join(' ');
        (await import('node:fs')).writeFileSync(process.env.FAULT_LOG, `${bot.output()}\nSENDQ ${info}\nKEYS ${q('--scan --pattern "*"').split('\n').filter((k) => !/inbound/.test(k)).slice(0, 60).join(' ')}\n`);
      }
      bot.child.kill('SIGTERM');
      await bot.exited;
      await api.close();
    }
  }, 200_000);
});
