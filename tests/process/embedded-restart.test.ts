// Embedded mode (no REDIS_URL) killed with SIGKILL: the real process on the
// embedded database, Telegram through the fake Bot API over HTTP. What it had
// in hand (a message the platform asked to wait for, a one-off job days
// ahead) is in the database, and the next start delivers it, once.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, silentLog } from '../../src/db/client.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { freePort, startBot, waitForReady } from './helpers.ts';

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('embedded mode, killed and started again', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loses nothing: a pending message and a one-off job are delivered after a kill -9, once', async () => {
    const api = await new FakeBotApi().listen();
    const port = await freePort();
    // No REDIS_URL and no DATABASE_URL: `npm start` with nothing set up.
    const env = {
      DATA_DIR: dataDir,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.url,
    };
    try {
      const first = startBot(env);
      const ready = await waitForReady(port, first.child, first.output, 150_000);
      expect(ready).toEqual({ database: 'ok', redis: 'not used' });
      expect(first.output()).toMatch(/embedded mode: one process/);

      const group = api.group({ title: 'Study group', admins: ['alice'] });
      api.say('alice', group, '/cohort@cohort_test_bot create "Night owls"');
      await waitFor('the cohort', () => api.inChat(group.id).some((m) => /Night owls/.test(plain(m.text))), {
        timeoutMs: 30_000,
      });
      // A one-off job two weeks ahead that no start hook re-plans: only the ScheduledJob table keeps it.
      api.say('alice', group, '/cohort@cohort_test_bot pause --until 2w');
      await waitFor('the pause', () => api.inChat(group.id).some((m) => /paused until/.test(plain(m.text))), {
        timeoutMs: 30_000,
      });
      // Telegram asks the bot to wait two minutes: the answer to /help waits in the ledger.
      const dm = api.privateChat('alice');
      api.failNext(
        'sendMessage',
        { error_code: 429, description: 'Too Many Requests: retry after 120', parameters: { retry_after: 120 } },
        { chatId: dm.id },
      );
      api.say('alice', dm, '/help');
      await waitFor('the answer to wait in the ledger', () => /send postponed/.test(first.output()), {
        timeoutMs: 30_000,
      });

      first.child.kill('SIGKILL');
      await first.exited;
      expect(api.inChat(dm.id)).toEqual([]);

      // Two weeks pass while the bot is down: the resume is due when it comes back.
      const db = await openDatabase({ dataDir: join(dataDir, 'pglite'), log: silentLog });
      try {
        const waiting = await db.query<{ name: string }>(
          `UPDATE "ScheduledJob" SET "runAt" = now() - interval '1 minute' WHERE "ranAt" IS NULL RETURNING name`,
        );
        expect(waiting.map((row) => row.name)).toContain('cohorts.resume');
        const pending = await db.query(`SELECT 1 FROM "Delivery" WHERE status = 'pending'`);
        expect(pending).toHaveLength(1);
      } finally {
        await db.close();
      }

      const second = startBot(env);
      try {
        await waitForReady(port, second.child, second.output, 150_000);
        await waitFor('the answer to /help', () => api.inChat(dm.id).some((m) => /\/language/.test(m.text)), {
          timeoutMs: 30_000,
          seen: second.output,
        });
        await waitFor(
          'the cohort to resume',
          () => api.inChat(group.id).some((m) => /pause is over/.test(plain(m.text))),
          { timeoutMs: 30_000, seen: second.output },
        );
        // A later message in the DM is handled after everything the restart re-sent: then count.
        api.say('alice', dm, '/start');
        await waitFor('the answer to /start', () => api.inChat(dm.id).length >= 2, { timeoutMs: 30_000 });
        expect(api.inChat(dm.id).filter((m) => /\/language/.test(m.text))).toHaveLength(1);
        expect(api.inChat(group.id).filter((m) => /pause is over/.test(plain(m.text)))).toHaveLength(1);
        expect(second.output()).toMatch(/sent the messages a previous run left pending/);
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await api.close();
    }
  }, 400_000);
});
