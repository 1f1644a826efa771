// PostgreSQL restarted (its own cluster, stopped with `pg_ctl -m immediate`
// as a crash or failover cuts connections, then started again) while people
// write to the bot through the webhook: updates wait in Redis, handling
// fails and is retried in place, and once the database is back every message
// is answered, in order; only an update in hand at the cut may be answered
// twice (counted).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { sleep, webhookBotUnderTraffic } from './bot.ts';
import { type PrivateServer, postgresBin, privatePostgres } from './servers.ts';
import { expectInOrder, report, settle } from './traffic.ts';

const DOWN_MS = Number(process.env.FAULT_PG_DOWN_MS ?? 5000);

describe.skipIf(!postgresBin())('PostgreSQL restarted during traffic', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-fault-pg-'));
  let postgres: PrivateServer;

  beforeAll(async () => {
    postgres = await privatePostgres();
  }, 60_000);
  afterAll(async () => {
    await postgres?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the updates in Redis while the database is away and answers every message, in order', async () => {
    const api = await new FakeBotApi({ limits: null }).listen();
    const { traffic, ready, stop } = await webhookBotUnderTraffic(api, {
      DATABASE_URL: postgres.url,
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `faultpg${process.pid}`,
    });
    try {
      await postgres.stop('kill');
      const downAt = Date.now();
      await waitFor('/readyz to report the database', async () => (await ready()) === 503, { timeoutMs: 10_000 });
      await sleep(DOWN_MS);
      await postgres.start();
      const upAt = Date.now();
      await sleep(2000);
      await traffic.stop();
      const tally = await settle(api, traffic, 90_000);
      const recovered = Date.now() - upAt;
      report(`PostgreSQL down ${((upAt - downAt) / 1000).toFixed(1)} s (restart)`, recovered, tally);
      expect(tally.lost).toBe(0);
      // An update whose answer went out just before the connection was cut, and whose id could
      // then not be recorded, is handled again: answered twice (Telegram has no idempotency key
      // for sendMessage). At most the one in hand per chat; counted in the report line.
      expect(tally.doubled).toBeLessThanOrEqual(traffic.chats.length);
      expectInOrder(api, traffic);
      expect(await ready()).toBe(200);
    } finally {
      await stop();
      await api.close();
    }
  }, 200_000);
});
