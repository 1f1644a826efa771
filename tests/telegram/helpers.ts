// Shared pieces of the Telegram tests: an in-memory adapter state, a silent
// log, waiting until the fake server has handed out (and seen confirmed) every update.

import pino from 'pino';
import { createTelegramAdapter, type TelegramAdapterOptions } from '../../adapters/telegram/index.ts';
import type { AdapterStateStore } from '../../src/core/types.ts';
import type { FakeBotApi } from './fake-bot-api.ts';

export const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export class MemoryState implements AdapterStateStore {
  readonly values = new Map<string, string>();
  async get(key: string) {
    return this.values.get(key) ?? null;
  }
  async set(key: string, value: string) {
    this.values.set(key, value);
  }
  async delete(key: string) {
    this.values.delete(key);
  }
  async deletePrefix(prefix: string) {
    for (const key of [...this.values.keys()]) if (key.startsWith(prefix)) this.values.delete(key);
  }
}

export function pollingAdapter(api: FakeBotApi, options: Partial<TelegramAdapterOptions> = {}) {
  return createTelegramAdapter({
    token: api.token,
    mode: 'polling',
    apiRoot: api.url,
    state: new MemoryState(),
    log,
    pollTimeoutSeconds: 1,
    stopGraceMs: 2000,
    ...options,
  });
}

export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every update the server holds was taken and confirmed (polling: the next offset; webhook: a 2xx). */
export function drained(api: FakeBotApi, ms = 10_000): Promise<void> {
  return until(() => api.pendingUpdates === 0, ms, 'the updates to be confirmed');
}
