// Direct replies without limit pressure: a private /help per update, straight
// through the Telegram adapter (processUpdate) to the real core on PostgreSQL
// and back to the fake Bot API (no limits). Measures how long an update takes
// from arrival to its reply being accepted by "Telegram": the path every
// command answer takes while the platform lets the bot write (core/context.ts
// sends directly and only falls back to the send queue when told to wait).
//
//   node bench/telegram-replies.ts [updates] [concurrency]

import { join } from 'node:path';
import { createTelegramAdapter } from '../adapters/telegram/index.ts';
import { createBot } from '../src/core/bot.ts';
import { loadTranslator } from '../src/core/i18n.ts';
import type { BotServices } from '../src/core/services.ts';
import { noTelemetry } from '../src/core/telemetry.ts';
import { features } from '../src/features/index.ts';
import { ManualClock, MemoryScheduler } from '../src/jobs/memory-scheduler.ts';
import { InlineOutbox } from '../src/jobs/send-queue.ts';
import { LOCALES_DIR } from '../src/local.ts';
import { FakeBotApi } from '../tests/telegram/fake-bot-api.ts';
import { log, machine, percentile, withDatabase } from './common.ts';

const total = Number(process.argv[2] ?? 1000);
const concurrency = Number(process.argv[3] ?? 16);

const rows = await withDatabase(`cohort_bench_tgreply_${process.pid}`, async (store) => {
  const api = await new FakeBotApi({ limits: null }).listen();
  const clock = new ManualClock(new Date());
  let adapter: ReturnType<typeof createTelegramAdapter> | null = null;
  const services: BotServices = {
    store,
    outbox: new InlineOutbox({ store, adapters: () => adapter!, log }),
    scheduler: new MemoryScheduler({ clock, log }),
    clock,
    i18n: loadTranslator(join(LOCALES_DIR)),
    log,
    telemetry: noTelemetry,
    adapterFor: () => adapter!,
    defaults: { locale: 'en', timezone: 'UTC' },
  };
  const bot = createBot(services, features);
  adapter = createTelegramAdapter({
    token: api.token,
    mode: 'webhook',
    webhook: { url: 'http://127.0.0.1:1/unused', path: '/telegram', secret: 'bench-secret' },
    apiRoot: api.url,
    state: store.adapterState,
    log,
  });
  await adapter.start((event) => bot.handle(event, adapter!));

  let next = 1;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next <= total) {
        const id = next++;
        const chat = api.privateChat(`p${id}`);
        chat.started = true;
        const user = chat.id;
        const at = performance.now();
        await adapter!.processUpdate({
          update_id: id,
          message: {
            message_id: id,
            date: Math.floor(Date.now() / 1000),
            chat: { id: user, type: 'private', first_name: `P${user}` },
            from: { id: user, is_bot: false, first_name: `P${user}`, language_code: 'en' },
            text: '/help',
            entities: [{ type: 'bot_command', offset: 0, length: 5 }],
          },
        } as never);
        latencies.push(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const replies = api.sent.length;
  latencies.sort((a, b) => a - b);
  await adapter.stop();
  await api.close();
  return [
    `| telegram direct replies (${total} private /help, ${concurrency} at a time, no limits) | p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms update to reply accepted | ${(total / seconds).toFixed(0)} replies/s; ${replies} replies for ${total} updates |`,
  ];
});

console.log(`Machine: ${machine()}`);
for (const row of rows) console.log(row);
process.exit(0);
