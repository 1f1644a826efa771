// A slow webhook consumer as Telegram sees it: some answers come later than
// Telegram waits, so it sends the same update (same update_id) again, while
// the first copy waits in the queue, runs, or is already done. Each message
// is answered once.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../helpers/redis.ts';
import { createDatabase } from '../process/helpers.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { sleep, webhookBotUnderTraffic } from './bot.ts';
import { expectInOrder, report, settle } from './traffic.ts';

describe('Telegram redelivers webhook updates it thinks were not taken', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-fault-redeliver-'));
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    database = await createDatabase(`cohort_fault_redeliver_${process.pid}_${Date.now()}`);
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('handles each update id once, however often it comes', async () => {
    const api = await new FakeBotApi({ limits: null }).listen();
    const { traffic, stop, port } = await webhookBotUnderTraffic(api, {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `faultredeliver${process.pid}`,
    });
    try {
      // For 8 s Telegram gives up on every other stretch of answers after 2 ms: the bot has
      // usually stored the update by then, and gets it again.
      const startedAt = Date.now();
      const flip = setInterval(() => {
        api.webhookTimeoutMs = api.webhookTimeoutMs === 2 ? 10_000 : 2;
      }, 300);
      await sleep(8000);
      clearInterval(flip);
      api.webhookTimeoutMs = 10_000;
      await traffic.stop();
      const tally = await settle(api, traffic, 60_000);
      const redelivered = api.webhookPushes.unanswered;
      // Copies that reached the core after the first was handled (the others were one queue job).
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      const skipped = [...metrics.matchAll(/^updates_total\{[^}]*outcome="duplicate"[^}]*\} (\d+)/gm)].reduce(
        (sum, m) => sum + Number(m[1]),
        0,
      );
      report(
        'slow webhook answers (Telegram redelivers)',
        Date.now() - startedAt - 8000,
        tally,
        `${redelivered} pushes given up on and sent again, ${skipped} copies skipped by update id after handling`,
      );
      expect(redelivered).toBeGreaterThan(0);
      expect(tally).toMatchObject({ lost: 0, doubled: 0 });
      expectInOrder(api, traffic);
    } finally {
      await stop();
      await api.close();
    }
  }, 200_000);
});
