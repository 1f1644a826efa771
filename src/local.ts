// The bot on the fake adapter with in-memory jobs on a virtual clock: what the
// playground runs and what feature scenarios test. Storage is real (PGlite or
// PostgreSQL); only the platform and the passing of time are simulated.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeAdapter } from '../adapters/fake/adapter.ts';
import { type Bot, createBot } from './core/bot.ts';
import type { Feature } from './core/feature.ts';
import { loadTranslator, type Translator } from './core/i18n.ts';
import type { BotServices, Logger } from './core/services.ts';
import type { Store } from './core/store.ts';
import { noTelemetry } from './core/telemetry.ts';
import { features } from './features/index.ts';
import { ManualClock, MemoryScheduler } from './jobs/memory-scheduler.ts';
import { InlineOutbox } from './jobs/send-queue.ts';

export const LOCALES_DIR = fileURLToPath(new URL('../locales', import.meta.url));

export interface LocalBot {
  bot: Bot;
  adapter: FakeAdapter;
  clock: ManualClock;
  scheduler: MemoryScheduler;
  outbox: InlineOutbox;
  services: BotServices;
  /** Move the virtual clock forward and run what fell due (jobs, send retries). Returns jobs run. */
  advance(ms: number): Promise<number>;
}

export interface LocalBotOptions {
  store: Store;
  log: Logger;
  adapter?: FakeAdapter;
  clock?: ManualClock;
  i18n?: Translator;
  defaults?: { locale: string; timezone: string };
  /** The report page's settings (/report web); absent: the page is not set up. */
  reportWeb?: BotServices['reportWeb'];
  /** The features to run (default: all of them); tests add their own. */
  features?: readonly Feature[];
}

export async function createLocalBot(options: LocalBotOptions): Promise<LocalBot> {
  const adapter = options.adapter ?? new FakeAdapter();
  const clock = options.clock ?? new ManualClock(new Date());
  const timers: Array<{ at: number; run: () => void }> = [];
  const outbox = new InlineOutbox({
    store: options.store,
    adapters: () => adapter,
    log: options.log,
    clock,
    after: (ms, run) => timers.push({ at: clock.now().getTime() + ms, run }),
  });
  const scheduler = new MemoryScheduler({ clock, log: options.log });
  const services: BotServices = {
    store: options.store,
    outbox,
    scheduler,
    clock,
    i18n: options.i18n ?? loadTranslator(join(LOCALES_DIR)),
    log: options.log,
    telemetry: noTelemetry,
    adapterFor: () => adapter,
    defaults: options.defaults ?? { locale: 'en', timezone: 'UTC' },
    ...(options.reportWeb ? { reportWeb: options.reportWeb } : {}),
  };
  const bot = createBot(services, options.features ?? features);
  for (const [name, handler] of bot.jobHandlers()) scheduler.register(name, (data) => handler(data));
  await adapter.start((event) => bot.handle(event, adapter));
  // As main.ts does at start: every feature plans the jobs its rows call for.
  for (const feature of bot.features) await feature.start?.(bot.job);

  return {
    bot,
    adapter,
    clock,
    scheduler,
    outbox,
    services,
    async advance(ms) {
      // Step through the jobs due on the way, each at its own time, as a
      // running bot would: a check-in window opened and closed within one
      // step is posted and closed, not recorded as missed. (To simulate
      // downtime, move clock.advance() first, then call advance(0).)
      const target = clock.now().getTime() + ms;
      const runAt = async () => {
        const now = clock.now().getTime();
        const due = timers.filter((timer) => timer.at <= now);
        timers.splice(0, timers.length, ...timers.filter((timer) => timer.at > now));
        for (const timer of due) timer.run();
        const ran = await scheduler.runDue();
        await outbox.settled();
        return ran;
      };
      let ran = 0;
      for (let next = scheduler.nextRunAt(); next && next.getTime() <= target; next = scheduler.nextRunAt()) {
        if (next.getTime() > clock.now().getTime()) clock.set(next);
        ran += await runAt();
      }
      if (target > clock.now().getTime()) clock.set(new Date(target));
      return ran + (await runAt());
    },
  };
}
