// The real bot (core + features + PostgreSQL) on the Telegram adapter, talking
// over HTTP to the fake Bot API: for end-to-end scenarios and kill tests.
// An "instance" is what one process would hold; a test can kill one and
// start another on the same database, Redis and Telegram.

import { join } from 'node:path';
import type { Logger } from 'pino';
import { createTelegramAdapter, type TelegramAdapter } from '../../adapters/telegram/index.ts';
import { type Bot, createBot } from '../../src/core/bot.ts';
import type { Feature } from '../../src/core/feature.ts';
import { loadTranslator } from '../../src/core/i18n.ts';
import { escapeHtml } from '../../src/core/markup.ts';
import type { BotServices } from '../../src/core/services.ts';
import type { Store } from '../../src/core/store.ts';
import { noTelemetry } from '../../src/core/telemetry.ts';
import type { InboundEvent } from '../../src/core/types.ts';
import { features } from '../../src/features/index.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';
import { InboundQueue } from '../../src/jobs/inbound-queue.ts';
import { ManualClock, MemoryScheduler } from '../../src/jobs/memory-scheduler.ts';
import { BullScheduler, createJobsQueue, startJobWorker } from '../../src/jobs/scheduler.ts';
import { BullOutbox, createSendQueue, InlineOutbox, startSendWorker } from '../../src/jobs/send-queue.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { openTestStore } from '../helpers/db.ts';
import type { TestRedis } from '../helpers/redis.ts';
import { FakeBotApi } from './fake-bot-api.ts';
import { drained, log as quietLog } from './helpers.ts';

/** Questions /tgnote asked (message id -> who asked), to know an answer when it comes as a reply. */
const openNotes = new Map<string, string>();

/**
 * A test-only feature: /tgecho N answers "echo N"; /tgask posts a poll whose
 * votes are announced; /tgnote asks for a free-text answer (ctx.ask) and
 * repeats the caller's reply to it.
 */
export const probeFeature: Feature = {
  name: 'tgprobe',
  async onMessage(ctx, event) {
    const asker = event.replyToMessageId ? openNotes.get(`${ctx.chat.chatId}/${event.replyToMessageId}`) : undefined;
    if (asker !== ctx.account.platformUserId) return false;
    openNotes.delete(`${ctx.chat.chatId}/${event.replyToMessageId}`);
    await ctx.reply(`noted: ${escapeHtml(event.text)}`);
    return true;
  },
  commands: [
    {
      name: 'tgnote',
      where: 'any',
      access: 'anyone',
      async run(ctx) {
        const asked = await ctx.ask('checkin-reflect-ask', {}, { placeholder: 'What did you learn?' });
        openNotes.set(`${ctx.chat.chatId}/${asked}`, ctx.account.platformUserId);
      },
    },
    {
      name: 'tgecho',
      where: 'any',
      access: 'anyone',
      async run(ctx, args) {
        await ctx.reply(`echo ${args.positional.join(' ')}`);
      },
    },
    {
      name: 'tgask',
      where: 'group',
      access: 'anyone',
      async run(ctx) {
        await ctx.poll('tgprobe.vote', { question: 'Which day suits you?', options: ['Mon', 'Tue', 'Wed'] });
      },
    },
  ],
  actions: {
    async 'tgprobe.vote'(ctx, _token, choice) {
      await ctx.reply(`${ctx.account.displayName} voted ${choice || 'nothing'}`);
      return undefined;
    },
  },
};

export interface InstanceOptions {
  mode: 'polling' | 'webhook';
  redis?: TestRedis;
  /** Called before the core sees each event; a test makes it hang to play a killed process. */
  gate?: (event: InboundEvent) => Promise<void>;
  /**
   * 'bullmq': sends and one-off jobs go through BullMQ on `redis`, as in
   * production (the real clock); default: the inline outbox and the in-memory scheduler.
   */
  jobs?: 'memory' | 'bullmq';
  /** Where the instance logs (default: silent unless TEST_LOG_LEVEL); a test reads what was logged. */
  log?: Logger;
}

export interface Instance {
  bot: Bot;
  adapter: TelegramAdapter;
  /** The inline outbox (with jobs: 'bullmq' it is not used: see settled()). */
  outbox: InlineOutbox;
  queue: InboundQueue | null;
  /** Resolves when every message the bot queued was sent (either outbox). */
  settled(): Promise<void>;
  http: HttpServer | null;
  /** Events the core is handling right now. */
  inFlight(): number;
  /**
   * With the in-memory scheduler: move the virtual clock forward by `ms`, running each
   * job due on the way at its own time and sending what it queued. Returns the jobs run.
   */
  advance(ms: number): Promise<number>;
  /** Stop cleanly. */
  stop(): Promise<void>;
  /** Stop like a killed process: running work is abandoned, nothing is flushed. */
  kill(): Promise<void>;
}

export const WEBHOOK_PATH = '/telegram/webhook';
export const WEBHOOK_SECRET = 'test-secret-0123456789';

export async function startInstance(store: Store, api: FakeBotApi, options: InstanceOptions): Promise<Instance> {
  let adapter: TelegramAdapter | null = null;
  const log = options.log ?? quietLog;
  const outbox = new InlineOutbox({ store, adapters: () => adapter!, log, attempts: 3 });
  const clock = new ManualClock(new Date());
  const memoryScheduler = new MemoryScheduler({ clock, log });
  const services: BotServices = {
    store,
    outbox,
    scheduler: memoryScheduler,
    clock,
    i18n: loadTranslator(join(LOCALES_DIR)),
    log,
    telemetry: noTelemetry,
    adapterFor: () => adapter!,
    defaults: { locale: 'en', timezone: 'UTC' },
  };
  /** BullMQ workers: close(true) leaves running jobs as a killed process would. */
  const workers: Array<{ close(force?: boolean): Promise<void> }> = [];
  const queues: Array<{ close(): Promise<void> }> = [];
  let bullSettled: (() => Promise<void>) | null = null;
  if (options.jobs === 'bullmq') {
    if (!options.redis) throw new Error("jobs: 'bullmq' needs redis");
    const connection = { connection: options.redis.connection, prefix: options.redis.prefix };
    const sendQueue = createSendQueue(connection);
    const jobsQueue = createJobsQueue(connection);
    services.outbox = new BullOutbox({ store, queue: sendQueue, backoffMs: 100 });
    services.scheduler = new BullScheduler({ queue: jobsQueue, log });
    services.clock = { now: () => new Date() };
    workers.push(startSendWorker({ ...connection, store, adapters: () => adapter!, log }));
    bullSettled = async () => {
      for (;;) {
        const counts = await sendQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (Object.values(counts).every((n) => n === 0)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    queues.push(sendQueue, jobsQueue);
  }
  const bot = createBot(services, [...features, probeFeature]);
  if (options.jobs === 'bullmq' && options.redis) {
    const connection = { connection: options.redis.connection, prefix: options.redis.prefix };
    workers.push(startJobWorker({ ...connection, handlers: bot.jobHandlers(), log }));
  } else for (const [name, handler] of bot.jobHandlers()) memoryScheduler.register(name, (data) => handler(data));
  let http: HttpServer | null = null;
  let queue: InboundQueue | null = null;
  if (options.mode === 'webhook') {
    http = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      metrics: createMetrics({ defaultMetrics: false }),
      checks: { database: async () => {}, redis: async () => {} },
      routes: (app) => app.post(WEBHOOK_PATH, (c) => adapter!.handleWebhook(c.req.raw)),
    });
    if (options.redis) {
      queue = new InboundQueue({
        connection: options.redis.connection,
        prefix: options.redis.prefix,
        platform: 'telegram',
        log,
        partitions: 4,
        lockDurationMs: 1500,
        stalledIntervalMs: 500,
        backoffMs: 200,
      });
    }
  }
  adapter = createTelegramAdapter({
    token: api.token,
    mode: options.mode,
    apiRoot: api.url,
    state: store.adapterState,
    log,
    pollTimeoutSeconds: 1,
    stopGraceMs: 300,
    ...(http
      ? {
          webhook: {
            url: `http://127.0.0.1:${http.port}${WEBHOOK_PATH}`,
            path: WEBHOOK_PATH,
            secret: WEBHOOK_SECRET,
            ...(queue ? { queue } : {}),
          },
        }
      : {}),
  });
  const gate = options.gate;
  let inFlight = 0;
  await adapter.start(async (event) => {
    if (gate && event.kind !== 'poll_totals') await gate(event);
    inFlight++;
    try {
      await bot.handle(event, adapter!);
    } finally {
      inFlight--;
    }
  });
  const instance: Instance = {
    bot,
    adapter,
    outbox,
    queue,
    http,
    inFlight: () => inFlight,
    settled: () => (bullSettled ? bullSettled() : outbox.settled()),
    async advance(ms) {
      if (options.jobs === 'bullmq')
        throw new Error('advance() moves the in-memory clock; BullMQ runs on the real one');
      const target = clock.now().getTime() + ms;
      let ran = 0;
      for (
        let next = memoryScheduler.nextRunAt();
        next && next.getTime() <= target;
        next = memoryScheduler.nextRunAt()
      ) {
        if (next.getTime() > clock.now().getTime()) clock.set(next);
        ran += await memoryScheduler.runDue();
        await outbox.settled();
      }
      clock.set(new Date(target));
      ran += await memoryScheduler.runDue();
      await outbox.settled();
      return ran;
    },
    async stop() {
      await adapter!.stop();
      await outbox.settled();
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(queues.map((q) => q.close()));
      await queue?.close();
      await http?.close();
    },
    async kill() {
      await queue?.kill();
      await adapter!.stop();
      await Promise.all(workers.map((w) => w.close(true)));
      await Promise.all(queues.map((q) => q.close()));
      await http?.close();
    },
  };
  return instance;
}

/** One polling bot over a fake Bot API on a fresh PostgreSQL store: what most end-to-end files start per test. */
export interface PollingBot {
  api: FakeBotApi;
  store: Store;
  instance: Instance;
  /** What the bot said in a chat, without the isolation marks around inserted values. */
  said(chatId: number): string[];
  /** Every update taken, and every queued message sent. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPollingBot(): Promise<PollingBot> {
  const api = await new FakeBotApi().listen();
  const { store, close } = await openTestStore('postgres');
  const instance = await startInstance(store, api, { mode: 'polling' });
  return {
    api,
    store,
    instance,
    said: (chatId) => api.inChat(chatId).map((m) => m.text.replace(/[\u2068\u2069]/g, '')),
    async settle() {
      await drained(api);
      await instance.outbox.settled();
    },
    async stop() {
      await instance.stop();
      await api.close();
      await close();
    },
  };
}
