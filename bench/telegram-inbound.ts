// Inbound through the webhook path: Telegram's POSTs (secret checked) -> the
// durable inbound queue on Redis -> the Telegram adapter -> the real core on
// PostgreSQL (de-duplication, chat and account upserts, cohort lookup, the
// event id recorded: several database writes per update). Group messages
// that are not commands, so no reply is sent and Telegram's send limits do not
// enter into it.
//
//   node bench/telegram-inbound.ts [burst] [seconds at 200/s]
//
// (0) the yardstick: a bare grammY webhook bot doing one PostgreSQL INSERT per
//     update (bench/telegram-bare.ts), the same burst in the same run; the ratio
//     handled(cohort-bot) / handled(bare) is printed (issue 18 asks >= 0.5).
// (a) burst: N updates posted as fast as 32 connections allow; updates/s until all are handled.
// (b) steady: 200 updates/s for S seconds; latency from the POST to "handled", p50/p99,
//     and the webhook's own answer time.

import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createTelegramAdapter } from '../adapters/telegram/index.ts';
import { createBot } from '../src/core/bot.ts';
import { loadTranslator } from '../src/core/i18n.ts';
import type { BotServices } from '../src/core/services.ts';
import { noTelemetry } from '../src/core/telemetry.ts';
import { features } from '../src/features/index.ts';
import { createMetrics } from '../src/http/metrics.ts';
import { startHttpServer } from '../src/http/server.ts';
import { InboundQueue } from '../src/jobs/inbound-queue.ts';
import { ManualClock, MemoryScheduler } from '../src/jobs/memory-scheduler.ts';
import { InlineOutbox } from '../src/jobs/send-queue.ts';
import { LOCALES_DIR } from '../src/local.ts';
import { FakeBotApi } from '../tests/telegram/fake-bot-api.ts';
import { countSqlStatements, log, machine, percentile, until, withDatabase, withRedis } from './common.ts';
import { bareBurst, groupUpdate } from './telegram-bare.ts';

const burst = Number(process.argv[2] ?? 3000);
const steadySeconds = Number(process.argv[3] ?? 15);
const SECRET = 'bench-secret';

const statements = countSqlStatements();
const loadBefore = loadavg()[0]!.toFixed(2);
// BENCH_NO_BARE=1 skips the yardstick (profiling cohort-bot alone).
const bare = process.env.BENCH_NO_BARE ? Number.NaN : await bareBurst(burst);

const rows = await withDatabase(`cohort_bench_tg_${process.pid}`, (store) =>
  withRedis(async (connection, prefix) => {
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
    const http = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      metrics: createMetrics({ defaultMetrics: false }),
      checks: { database: async () => {}, redis: async () => {} },
      routes: (app) => app.post('/telegram', (c) => adapter!.handleWebhook(c.req.raw)),
    });
    const partitions = Number(process.env.INBOUND_PARTITIONS ?? 8);
    const queue = new InboundQueue({ connection, prefix, platform: 'telegram', log, partitions });
    const url = `http://127.0.0.1:${http.port}/telegram`;
    adapter = createTelegramAdapter({
      token: api.token,
      mode: 'webhook',
      webhook: { url, path: '/telegram', secret: SECRET, queue },
      apiRoot: api.url,
      state: store.adapterState,
      log,
    });
    const handledAt = new Map<number, number>();
    await adapter.start(async (event) => {
      await bot.handle(event, adapter!);
      // Event ids are "<bot id>:<update_id>" (map-update.ts).
      handledAt.set(Number(event.id.split(':')[1]), performance.now());
    });

    let nextId = 1;
    const post = async (): Promise<{ id: number; sentAt: number; answerMs: number }> => {
      const id = nextId++;
      const update = groupUpdate(id);
      const sentAt = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      return { id, sentAt, answerMs: performance.now() - sentAt };
    };

    // Warm-up, as for the bare bot: connections, JIT, the groups' first rows.
    const warm = await Promise.all(Array.from({ length: 200 }, () => post()));
    await until(() => warm.every((r) => handledAt.has(r.id)), 60_000);

    // (a) burst
    const statementsBefore = statements();
    const burstStart = performance.now();
    const burstIds: number[] = [];
    let posted = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (posted < burst) {
          posted++;
          burstIds.push((await post()).id);
        }
      }),
    );
    const acceptedSeconds = (performance.now() - burstStart) / 1000;
    await until(() => burstIds.every((id) => handledAt.has(id)), 5 * 60_000);
    const burstSeconds = (Math.max(...burstIds.map((id) => handledAt.get(id) ?? 0)) - burstStart) / 1000;
    const perUpdate = (statements() - statementsBefore) / burst;

    // (b) steady 200/s
    const steady: Array<{ id: number; sentAt: number; answerMs: number }> = [];
    const total = 200 * steadySeconds;
    const steadyStart = performance.now();
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = steadyStart + i * 5;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(post().then((r) => void steady.push(r)));
    }
    await Promise.all(inFlight);
    await until(() => steady.every((r) => handledAt.has(r.id)), 5 * 60_000);
    const latencies = steady.map((r) => handledAt.get(r.id)! - r.sentAt).sort((a, b) => a - b);
    const answers = steady.map((r) => r.answerMs).sort((a, b) => a - b);

    await adapter.stop();
    await queue.close();
    await http.close();
    await api.close();
    return [
      `| bare grammY webhook + one INSERT per update (${burst} updates, pg pool 32) | ${bare.toFixed(0)} updates/s handled | the yardstick |`,
      `| telegram inbound burst (${burst} webhook updates, 100 groups, DB writes each) | ${(burst / burstSeconds).toFixed(0)} updates/s handled | accepted (200 + queued) at ${(burst / acceptedSeconds).toFixed(0)}/s; ${perUpdate.toFixed(2)} SQL statements per update; **ratio to bare ${(burst / burstSeconds / bare).toFixed(2)}** |`,
      steadySeconds > 0 &&
        `| telegram inbound steady (200 updates/s for ${steadySeconds} s) | p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms POST to handled | webhook answer p50 ${percentile(answers, 50).toFixed(1)} ms, p99 ${percentile(answers, 99).toFixed(1)} ms |`,
    ];
  }),
);

console.log(`Machine: ${machine()}; load average ${loadBefore} before, ${loadavg()[0]!.toFixed(2)} after`);
for (const row of rows) if (row) console.log(row);
process.exit(0);
