// `npm start` connected to chat platforms, as operators configure it: Telegram
// through the fake Bot API over HTTP (polling and webhook), Matrix through a
// real Synapse. Each test starts the real process and talks to it as people do.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, register, SKIP_REASON } from '../matrix/helpers.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { createDatabase, freePort, startBot, waitForReady } from './helpers.ts';

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('cohort-bot process with chat platforms', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-platforms-'));
  let databaseUrl: string;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    ({ url: databaseUrl, drop: dropDatabase } = await createDatabase(`cohort_platforms_${process.pid}_${Date.now()}`));
  });
  afterAll(async () => {
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function botEnv(extra: Record<string, string>) {
    const port = await freePort();
    return {
      port,
      env: {
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        HTTP_PORT: String(port),
        HTTP_HOST: '127.0.0.1',
        // Redis mode: webhook updates go through the durable Redis queue.
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: `platforms${process.pid}${port}`,
        ...extra,
      },
    };
  }

  it('answers Telegram people over long polling, with command menus set at start', async () => {
    const api = await new FakeBotApi().listen();
    const { port, env } = await botEnv({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.url });
    const bot = startBot(env);
    try {
      await waitForReady(port, bot.child, bot.output);
      // Menus are set one after another at start: the Spanish one among them.
      await waitFor('command menus', async () => api.commands.some((menu) => menu.language_code === 'es'), {
        timeoutMs: 30_000,
      });

      const group = api.group({ title: 'Study group', admins: ['alice'] });
      api.say('alice', group, '/cohort@cohort_test_bot create "Night owls"');
      await waitFor(
        'the cohort to be created',
        async () => api.inChat(group.id).some((m) => /Night owls/.test(plain(m.text))),
        { timeoutMs: 30_000 },
      );

      const dm = api.privateChat('bob');
      api.say('bob', dm, '/help');
      await waitFor('help in private', async () => api.inChat(dm.id).some((m) => /\/language/.test(m.text)), {
        timeoutMs: 30_000,
      });
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      await api.close();
    }
  }, 120_000);

  it('takes Telegram updates on its webhook route, checking the secret', async () => {
    const api = await new FakeBotApi().listen();
    const port = await freePort();
    const { env } = await botEnv({
      HTTP_PORT: String(port),
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.url,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/updates`,
      TELEGRAM_WEBHOOK_SECRET: 'a-secret_1',
    });
    const bot = startBot(env);
    try {
      await waitForReady(port, bot.child, bot.output);
      await waitFor('setWebhook', async () => api.webhook !== null, { timeoutMs: 30_000 });
      expect(api.webhook).toMatchObject({ url: `http://127.0.0.1:${port}/telegram/updates`, secret: 'a-secret_1' });
      expect(api.webhook?.allowed).toEqual(expect.arrayContaining(['callback_query', 'poll_answer', 'chat_member']));

      // Someone who does not know the secret is turned away and nothing is handled.
      const forged = await fetch(`http://127.0.0.1:${port}/telegram/updates`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
        body: JSON.stringify({
          update_id: 1,
          message: { message_id: 1, chat: { id: 5, type: 'private' }, text: '/help' },
        }),
      });
      expect(forged.status).toBe(403);

      const dm = api.privateChat('carol');
      api.say('carol', dm, '/help');
      await waitFor('help over the webhook', async () => api.inChat(dm.id).some((m) => /\/language/.test(m.text)), {
        timeoutMs: 30_000,
      });
      expect(api.inChat(5)).toEqual([]);
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      await api.close();
    }
  }, 120_000);

  it('refuses a Telegram token the Bot API rejects, in one line that does not show the token', async () => {
    const api = await new FakeBotApi().listen();
    const wrongToken = '42:not-the-right-token';
    const { env } = await botEnv({ TELEGRAM_BOT_TOKEN: wrongToken, TELEGRAM_API_ROOT: api.url });
    const bot = startBot(env);
    try {
      expect(await bot.exited).toBe(1);
      const last = bot.output().trim().split('\n').at(-1)!;
      expect(last).toMatch(/^cohort-bot: telegram did not start: .*401/);
      expect(bot.output()).not.toContain('not-the-right-token');
    } finally {
      await api.close();
    }
  }, 120_000);

  it.skipIf(!homeserverUrl)(
    `answers in a Matrix room it is invited to (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`,
    async () => {
      const [botUser, coord] = await Promise.all([register('procbot'), register('proccoord')]);
      const { port, env } = await botEnv({
        MATRIX_HOMESERVER_URL: homeserverUrl!,
        MATRIX_ACCESS_TOKEN: botUser.token,
        MATRIX_USER_ID: botUser.userId,
        MATRIX_ALLOWED_INVITERS: coord.userId,
      });
      const bot = startBot(env);
      try {
        await waitForReady(port, bot.child, bot.output);
        const roomId = await coord.createRoom({ name: 'Process test room' });
        await coord.invite(roomId, botUser.userId);
        await waitFor('the bot to join', async () => (await botUser.joinedRooms()).includes(roomId), {
          timeoutMs: 30_000,
        });
        await coord.say(roomId, '/help');
        await waitFor(
          'help in the room',
          // Commands show with "!" on Matrix (Element takes "/…" for its own).
          async () => (await coord.botSaid(roomId, botUser.userId)).some((m) => /!cohort/.test(m.body)),
          { timeoutMs: 30_000 },
        );
      } finally {
        bot.child.kill('SIGTERM');
        expect(await bot.exited).toBe(0);
      }
    },
    120_000,
  );
});
