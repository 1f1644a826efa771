// Shared pieces of the Telegram tests: an in-memory adapter state, a silent
// log, waiting until the fake server has handed out (and seen confirmed) every update.

import pino from 'pino';
import { createTelegramAdapter, type TelegramAdapterOptions } from '../../adapters/telegram/index.ts';
import type { AdapterStateStore } from '../../src/core/types.ts';
import { waitFor } from '../helpers/wait.ts';
import type { FakeBotApi } from './fake-bot-api.ts';

export const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** One line a logger wrote: pino's level number (30 info, 40 warn, 50 error), message and fields. */
export type LogRecord = { level: number; msg: string; err?: unknown; [field: string]: unknown };

/** A logger down to debug that keeps every line, for a test to read what was logged and at which level. */
export function recordingLog(): { log: pino.Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => records.push(JSON.parse(line) as LogRecord) });
  return { log: logger, records };
}

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

/** Every update the server holds was taken and confirmed (polling: the next offset; webhook: a 2xx). */
export async function drained(api: FakeBotApi, timeoutMs = 10_000): Promise<void> {
  await waitFor('Telegram to see every update confirmed', () => api.pendingUpdates === 0, {
    timeoutMs,
    seen: () => `${api.pendingUpdates} pending`,
  });
}
