// Redis gone for a while (killed, then started again on its AOF) while people
// write to the bot through Telegram's webhook: the webhook does not answer 200
// for what it could not store, so Telegram sends it again; once Redis is back
// the queued work resumes, and every message is answered once, in order.
//
// The outage lasts the minute the issue asks for (FAULT_OUTAGE_MS shortens it
// when trying things out): the webhook refuses at once, Telegram keeps the
// updates, ioredis retries every few hundred ms.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait.ts';
import { createDatabase } from '../process/helpers.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { sleep, webhookBotUnderTraffic } from './bot.ts';
import { type PrivateServer, privateRedis } from './servers.ts';
import { expectInOrder, report, settle } from './traffic.ts';

const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 60_000);

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

  it(
    'refuses what it cannot store, resumes when Redis is back, and answers every message once',
    async () => {
      const api = await new FakeBotApi({ limits: null }).listen();
      // Telegram waits longer than this for an answer; a bot hanging on a dead Redis would show here.
      api.webhookTimeoutMs = 5000;
      const { traffic, ready, stop } = await webhookBotUnderTraffic(api, {
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        REDIS_URL: redis.url,
      });
      try {
        await redis.stop('kill');
        const downAt = Date.now();
        const refusedBefore = api.webhookPushes.refused;
        // /readyz says so (a load balancer takes the process out of rotation).
        await waitFor('/readyz to report Redis', async () => (await ready()) === 503, { timeoutMs: 10_000 });
        await sleep(OUTAGE_MS);
        const refused = api.webhookPushes.refused - refusedBefore;
        const waiting = api.pendingUpdates;

        await redis.start();
        const upAt = Date.now();
        await sleep(2000);
        await traffic.stop();
        const tally = await settle(api, traffic, 120_000);
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
        expect(await ready()).toBe(200);
      } finally {
        await stop();
        await api.close();
      }
    },
    OUTAGE_MS + 240_000,
  );
});
