// One bot on two platforms at once, as src/main.ts wires it when both are
// configured: the real core (all features, PostgreSQL) with the Telegram
// adapter polling the fake Bot API over HTTP and the Matrix adapter syncing
// with a real Synapse, one store, one outbox and one scheduler that reach each
// platform through services.adapterFor. Time is real (Synapse's is) plus a
// shift a test moves forward to let a week pass for the jobs.

import pino from 'pino';
import { createMatrixAdapter, type MatrixAdapter } from '../../adapters/matrix/index.ts';
import { createTelegramAdapter, type TelegramAdapter } from '../../adapters/telegram/index.ts';
import { type Bot, createBot } from '../../src/core/bot.ts';
import { loadTranslator } from '../../src/core/i18n.ts';
import type { Clock } from '../../src/core/jobs.ts';
import type { BotServices } from '../../src/core/services.ts';
import type { Store } from '../../src/core/store.ts';
import { noTelemetry } from '../../src/core/telemetry.ts';
import type { ChatAdapter, Platform } from '../../src/core/types.ts';
import { features } from '../../src/features/index.ts';
import { MemoryScheduler } from '../../src/jobs/memory-scheduler.ts';
import { InlineOutbox } from '../../src/jobs/send-queue.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';
import { drained } from '../telegram/helpers.ts';
import { homeserverUrl, type MatrixUser } from './helpers.ts';

/** Real time, shifted forward when a test lets time pass. */
class ShiftedClock implements Clock {
  shift = 0;
  now(): Date {
    return new Date(Date.now() + this.shift);
  }
}

export interface TwoPlatformBot {
  store: Store;
  bot: Bot;
  api: FakeBotApi;
  telegram: TelegramAdapter;
  matrix: MatrixAdapter;
  /** What the bot said in a Telegram chat (and topic), without the isolation marks around inserted values. */
  said(chatId: number, threadId?: number): string[];
  /** Every Telegram update taken and every queued message sent. */
  settle(): Promise<void>;
  /** Time passes (ms) and the jobs that fell due run, as the worker would run them. */
  later(ms: number): Promise<number>;
  stop(): Promise<void>;
}

export async function startTwoPlatformBot(botUser: MatrixUser): Promise<TwoPlatformBot> {
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const { store, close } = await openTestStore('postgres');
  const api = await new FakeBotApi().listen();
  const adapters = new Map<Platform, ChatAdapter>();
  const adapterOf = (platform: Platform): ChatAdapter => {
    const adapter = adapters.get(platform);
    if (!adapter) throw new Error(`no adapter for ${platform}`);
    return adapter;
  };
  const clock = new ShiftedClock();
  const outbox = new InlineOutbox({
    store,
    adapters: adapterOf,
    log,
    clock,
    after: (ms, run) => setTimeout(run, ms).unref(),
  });
  const scheduler = new MemoryScheduler({ clock, log });
  const services: BotServices = {
    store,
    outbox,
    scheduler,
    clock,
    i18n: loadTranslator(LOCALES_DIR),
    log,
    telemetry: noTelemetry,
    adapterFor: adapterOf,
    defaults: { locale: 'en', timezone: 'UTC' },
  };
  const bot = createBot(services, features);
  for (const [name, handler] of bot.jobHandlers()) scheduler.register(name, (data) => handler(data));

  const telegram = createTelegramAdapter({
    token: api.token,
    mode: 'polling',
    apiRoot: api.url,
    state: store.adapterState,
    log,
    pollTimeoutSeconds: 1,
    stopGraceMs: 300,
  });
  const quiet = () => {};
  const matrix = createMatrixAdapter({
    homeserverUrl: homeserverUrl!,
    auth: { kind: 'accessToken', accessToken: botUser.token },
    allowedInviters: 'own-server',
    coordinatorPowerLevel: 50,
    state: store.adapterState,
    log: { info: quiet, warn: quiet, error: quiet },
    dataDir: '/tmp',
    syncTimeoutMs: 1000,
  });
  adapters.set('telegram', telegram);
  adapters.set('matrix', matrix);
  for (const adapter of [telegram, matrix]) await adapter.start((event) => bot.handle(event, adapter));
  for (const feature of bot.features) await feature.start?.(bot.job);

  const settle = async () => {
    await drained(api);
    await outbox.settled();
  };
  return {
    store,
    bot,
    api,
    telegram,
    matrix,
    said: (chatId, threadId) => api.inChat(chatId, threadId).map((m) => m.text.replace(/[\u2068\u2069]/g, '')),
    settle,
    async later(ms) {
      clock.shift += ms;
      const ran = await scheduler.runDue();
      await settle();
      return ran;
    },
    async stop() {
      await Promise.all([telegram.stop(), matrix.stop()]);
      await outbox.settled();
      await api.close();
      await close();
    },
  };
}

/** What the bot said in a Matrix room as `user` reads it: plain bodies and, where there is one, the HTML. */
export async function botSaidIn(
  user: MatrixUser,
  botUser: MatrixUser,
  room: string,
): Promise<Array<{ body: string; html: string }>> {
  const clean = (s: unknown) => String(s ?? '').replace(/[\u2068\u2069]/g, '');
  return (await user.messages(room, 200))
    .filter((e) => e.sender === botUser.userId && e.type === 'm.room.message' && !e.content?.['m.relates_to']?.rel_type)
    .map((e) => ({ body: clean(e.content?.body), html: clean(e.content?.formatted_body ?? e.content?.body) }));
}

/** Wait until the bot said something matching in a Matrix room; returns it. */
export async function waitForBot(
  user: MatrixUser,
  botUser: MatrixUser,
  room: string,
  pattern: RegExp,
): Promise<{ body: string; html: string }> {
  return waitFor(
    `bot: ${pattern}`,
    async () => (await botSaidIn(user, botUser, room)).findLast((m) => pattern.test(m.body)),
    { seen: async () => (await botSaidIn(user, botUser, room)).map((m) => m.body).slice(-3) },
  );
}
