// The bot process in Telegram webhook mode (redis mode, role all) for fault
// tests, with people already writing to it: start, wait until it answers.

import { writeFileSync } from 'node:fs';
import { TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { freePort, startBot, waitForReady } from '../process/helpers.ts';
import type { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { startTraffic, type Traffic } from './traffic.ts';

export interface WebhookBot {
  bot: ReturnType<typeof startBot>;
  port: number;
  traffic: Traffic;
  /** /readyz's status code. */
  ready(): Promise<number>;
  /** SIGTERM, wait for the exit; FAULT_LOG=<file> keeps the bot's log. */
  stop(): Promise<void>;
}

export async function webhookBotUnderTraffic(api: FakeBotApi, env: Record<string, string>): Promise<WebhookBot> {
  const port = await freePort();
  const bot = startBot({
    ...env,
    HTTP_PORT: String(port),
    HTTP_HOST: '127.0.0.1',
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/updates`,
    TELEGRAM_WEBHOOK_SECRET: 'fault-test-secret',
  });
  const stop = async () => {
    if (process.env.FAULT_LOG) writeFileSync(process.env.FAULT_LOG, bot.output());
    bot.child.kill('SIGTERM');
    await bot.exited;
  };
  try {
    await waitForReady(port, bot.child, bot.output);
    await waitFor('setWebhook', () => api.webhook !== null, { timeoutMs: 30_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  // Four people in private and one group (a message every fourth round there: 20 a minute).
  const traffic = startTraffic(api, { privates: 4, groups: 1, everyMs: 250 });
  await waitFor('answers before the fault', () => traffic.answered() >= 10, { timeoutMs: 30_000 });
  return {
    bot,
    port,
    traffic,
    ready: async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status,
    stop,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A polling bot process on the shared Redis under `prefix`: the environment for its port. */
export function pollingEnv(
  port: number,
  shared: { databaseUrl: string; dataDir: string; prefix: string },
  api: FakeBotApi,
): Record<string, string> {
  return {
    DATABASE_URL: shared.databaseUrl,
    DATA_DIR: shared.dataDir,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: shared.prefix,
    HTTP_PORT: String(port),
    HTTP_HOST: '127.0.0.1',
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
  };
}
