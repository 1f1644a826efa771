// Several processes of one bot against one Redis and one PostgreSQL, started
// as operators do (`node src/main.ts --role …`): web answers the webhook,
// workers handle and send; Telegram polling runs in exactly one worker, and
// another takes it over when that one is killed.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { createDatabase, freePort, runOnce, startBot, waitForReady } from './helpers.ts';

const helpAnswers = (api: FakeBotApi, chatId: number) => api.inChat(chatId).filter((m) => /\/language/.test(m.text));

describe('process roles', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-roles-'));
  let databaseUrl: string;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    ({ url: databaseUrl, drop: dropDatabase } = await createDatabase(`cohort_roles_${process.pid}_${Date.now()}`));
    // Migrate once up front: the processes below start together.
    expect(runOnce(['migrate'], { DATABASE_URL: databaseUrl, DATA_DIR: dataDir }).status).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('documents --role in --help, and refuses web or worker without Redis in one line', () => {
    expect(runOnce(['--help'], {}).stdout).toMatch(/--role worker/);
    // Each run loads the whole bot: one role is enough to show the refusal (web is refused alike).
    const run = runOnce(['--role', 'worker'], { DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cohort-bot: --role worker needs REDIS_URL/);
    const wrong = runOnce(['--role=cook'], { DATA_DIR: dataDir });
    expect(wrong.stderr.trim()).toBe('cohort-bot: --role expects one of all, web, worker, got "cook"');
  }, 240_000);

  function env(port: number, prefix: string, extra: Record<string, string>) {
    return {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      ...extra,
    };
  }

  function startRole(role: string, vars: Record<string, string>) {
    const bot = startBot(vars, ['--role', role]);
    return bot;
  }

  it('polls Telegram from one worker at a time; when it is killed, the other takes over', async () => {
    const api = await new FakeBotApi().listen();
    const prefix = `roles${process.pid}poll`;
    const telegram = { TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.url };
    const [portA, portB] = [await freePort(), await freePort()];
    const a = startRole('worker', env(portA, prefix, telegram));
    let b: ReturnType<typeof startRole> | undefined;
    try {
      await waitForReady(portA, a.child, a.output);
      await waitFor('worker A to take the polling lock', () => /took the lock/.test(a.output()), {
        timeoutMs: 30_000,
      });
      b = startRole('worker', env(portB, prefix, telegram));
      await waitForReady(portB, b.child, b.output);
      await waitFor('worker B to stand by', () => /another process takes the updates/.test(b!.output()), {
        timeoutMs: 30_000,
      });

      const dm = api.privateChat('alice');
      api.say('alice', dm, '/help');
      await waitFor('the first answer', () => helpAnswers(api, dm.id).length === 1, { timeoutMs: 30_000 });
      // Confirmed to Telegram (the next getUpdates' offset): A recorded it as handled. A kill
      // before that would repeat it, as docs/telegram.md says of the update in hand at a kill.
      await waitFor('A to confirm the update', () => api.pendingUpdates === 0, { timeoutMs: 30_000 });
      expect(b.output()).not.toMatch(/took the lock/);

      a.child.kill('SIGKILL');
      await a.exited;
      api.say('alice', dm, '/help');
      // The lock expires (15 s) and B, trying every 5 s, starts polling.
      await waitFor('worker B to take the polling lock', () => /took the lock/.test(b!.output()), {
        timeoutMs: 60_000,
        seen: b.output,
      });
      await waitFor('the answer after the takeover', () => helpAnswers(api, dm.id).length === 2, {
        timeoutMs: 30_000,
      });
      // A later message marks that everything before it was handled: each /help answered once.
      api.say('alice', dm, '/start');
      await waitFor('the answer to /start', () => api.inChat(dm.id).length >= 3, { timeoutMs: 30_000 });
      expect(helpAnswers(api, dm.id)).toHaveLength(2);
    } finally {
      a.child.kill('SIGKILL');
      b?.child.kill('SIGTERM');
      await b?.exited;
      await api.close();
    }
  }, 240_000);

  it('web takes the webhook and answers 200 once the update is queued; a worker handles it', async () => {
    const api = await new FakeBotApi().listen();
    const prefix = `roles${process.pid}hook`;
    const [webPort, workerPort] = [await freePort(), await freePort()];
    const telegram = {
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.url,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${webPort}/telegram/updates`,
      TELEGRAM_WEBHOOK_SECRET: 'roles-secret',
    };
    const web = startRole('web', env(webPort, prefix, telegram));
    let worker: ReturnType<typeof startRole> | undefined;
    try {
      const ready = await waitForReady(webPort, web.child, web.output);
      expect(ready).toEqual({ database: 'ok', redis: 'ok' });
      await waitFor('setWebhook', () => api.webhook !== null, { timeoutMs: 30_000 });
      const dm = api.privateChat('carol');
      api.say('carol', dm, '/help');
      // Accepted by web (nothing waits at Telegram) but not answered: no worker runs yet.
      await waitFor('web to accept the update', () => api.pendingUpdates === 0, { timeoutMs: 30_000 });
      expect(api.inChat(dm.id)).toEqual([]);

      worker = startRole('worker', env(workerPort, prefix, telegram));
      await waitForReady(workerPort, worker.child, worker.output);
      await waitFor('the worker to answer', () => helpAnswers(api, dm.id).length === 1, { timeoutMs: 30_000 });
      // The worker serves no webhook; web runs no jobs.
      const onWorker = await fetch(`http://127.0.0.1:${workerPort}/telegram/updates`, { method: 'POST' });
      expect(onWorker.status).toBe(404);
    } finally {
      web.child.kill('SIGTERM');
      worker?.child.kill('SIGTERM');
      await Promise.all([web.exited, worker?.exited]);
      await api.close();
    }
  }, 240_000);
});
