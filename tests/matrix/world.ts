// The real core (all features, PostgreSQL, in-memory jobs, inline outbox) on
// the Matrix adapter against a real Synapse, the way src/local.ts wires the
// fake adapter. The adapter can be stopped and started again on the same
// database to play a restart.

import pino from 'pino';
import { createMatrixAdapter, type MatrixAdapter } from '../../adapters/matrix/index.ts';
import { type Bot, createBot } from '../../src/core/bot.ts';
import type { Feature } from '../../src/core/feature.ts';
import { loadTranslator } from '../../src/core/i18n.ts';
import type { BotServices, Logger } from '../../src/core/services.ts';
import type { Store } from '../../src/core/store.ts';
import { noTelemetry } from '../../src/core/telemetry.ts';
import { features } from '../../src/features/index.ts';
import { ManualClock, MemoryScheduler } from '../../src/jobs/memory-scheduler.ts';
import { BullScheduler, createJobsQueue, startJobWorker } from '../../src/jobs/scheduler.ts';
import { BullOutbox, createSendQueue, InlineOutbox, startSendWorker } from '../../src/jobs/send-queue.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import type { TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser } from './helpers.ts';

export interface LogLine {
  level: string;
  msg: string | undefined;
  obj: object;
}

function consoleLog(): Logger {
  const line = (level: string) => (obj: object | string, msg?: string) => console.log(level, msg ?? '', obj);
  const log: Logger = {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
    child: () => log,
  };
  return log;
}

export class MatrixWorld {
  readonly store: Store;
  readonly bot: Bot;
  readonly services: BotServices;
  readonly outbox: InlineOutbox;
  readonly botUser: MatrixUser;
  readonly logs: LogLine[] = [];
  /**
   * Ids of the events the core finished handling, in order (an id handed in
   * again, as after a replay, is listed again). Tests wait for a later event
   * here before they assert that an earlier one changed nothing.
   */
  readonly handled: string[] = [];
  adapter!: MatrixAdapter;
  private readonly allowedInviters: string[] | 'own-server';
  /** Where the adapter reaches the homeserver (a proxy in the hiccup test). */
  url = homeserverUrl!;
  /** With `redis`: sends and one-off jobs go through BullMQ, as in production. */
  private readonly bull: {
    redis: TestRedis;
    sendQueue: ReturnType<typeof createSendQueue>;
    jobsQueue: ReturnType<typeof createJobsQueue>;
    workers: Array<{ close(): Promise<void> }>;
  } | null = null;

  constructor(
    store: Store,
    botUser: MatrixUser,
    allowedInviters: string[] | 'own-server',
    extra: readonly Feature[],
    options: { redis?: TestRedis } = {},
  ) {
    this.store = store;
    this.botUser = botUser;
    this.allowedInviters = allowedInviters;
    const log = process.env.MATRIX_TEST_DEBUG ? consoleLog() : pino({ level: 'silent' });
    const clock = new ManualClock(new Date());
    // Real time for the ledger and tokens: Synapse's clock is real.
    clock.now = () => new Date();
    this.outbox = new InlineOutbox({
      store,
      adapters: () => this.adapter,
      log,
      clock,
      after: (ms, run) => setTimeout(run, ms).unref(),
    });
    this.services = {
      store,
      outbox: this.outbox,
      scheduler: new MemoryScheduler({ clock, log }),
      clock,
      i18n: loadTranslator(LOCALES_DIR),
      log,
      telemetry: noTelemetry,
      adapterFor: () => this.adapter,
      defaults: { locale: 'en', timezone: 'UTC' },
    };
    if (options.redis) {
      const connection = { connection: options.redis.connection, prefix: options.redis.prefix };
      const sendQueue = createSendQueue(connection);
      const jobsQueue = createJobsQueue(connection);
      this.bull = { redis: options.redis, sendQueue, jobsQueue, workers: [] };
      this.services.outbox = new BullOutbox({ store, queue: sendQueue, backoffMs: 100 });
      this.services.scheduler = new BullScheduler({ queue: jobsQueue, log });
    }
    this.bot = createBot(this.services, [...features, ...extra]);
  }

  /** Resolves when the send queue has nothing left to send (BullMQ only; the inline outbox sends at once). */
  async sent(): Promise<void> {
    if (!this.bull) return;
    for (;;) {
      const counts = await this.bull.sendQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async start(): Promise<void> {
    const record = (level: string) => (obj: object, msg?: string) => this.logs.push({ level, msg, obj });
    this.adapter = createMatrixAdapter({
      homeserverUrl: this.url,
      auth: { kind: 'accessToken', accessToken: this.botUser.token },
      allowedInviters: this.allowedInviters,
      coordinatorPowerLevel: 50,
      state: this.store.adapterState,
      log: { info: record('info'), warn: record('warn'), error: record('error') },
      dataDir: '/tmp',
      syncTimeoutMs: 1000,
    });
    const adapter = this.adapter;
    if (this.bull && this.bull.workers.length === 0) {
      const connection = { connection: this.bull.redis.connection, prefix: this.bull.redis.prefix };
      const log = this.services.log;
      this.bull.workers.push(
        startSendWorker({ ...connection, store: this.store, adapters: () => this.adapter, log }),
        startJobWorker({ ...connection, handlers: this.bot.jobHandlers(), log }),
      );
    }
    if (process.env.MATRIX_TEST_DEBUG) {
      const send = adapter.send.bind(adapter);
      adapter.send = async (chat, message, options) => {
        console.log('SEND', chat.chatId, message.html.slice(0, 80));
        try {
          return await send(chat, message, options);
        } catch (err) {
          console.log('SEND FAILED', err);
          throw err;
        }
      };
    }
    await adapter.start((event) => {
      if (process.env.MATRIX_TEST_DEBUG) console.log('EVENT', JSON.stringify(event));
      const started = Date.now();
      return this.bot.handle(event, adapter).then(
        () => {
          this.handled.push(event.id);
          if (process.env.MATRIX_TEST_DEBUG) console.log('DONE', event.id, Date.now() - started);
        },
        (err) => {
          if (process.env.MATRIX_TEST_DEBUG) console.log('FAILED', event.id, err);
          throw err;
        },
      );
    });
  }

  async stop(): Promise<void> {
    await this.adapter.stop();
  }

  /** Stop, and close the BullMQ workers and queues (the end of a test). */
  async close(): Promise<void> {
    await this.stop();
    if (!this.bull) return;
    await Promise.all(this.bull.workers.splice(0).map((w) => w.close()));
    await Promise.all([this.bull.sendQueue.close(), this.bull.jobsQueue.close()]);
  }

  /** How many times the core finished handling the event with this id. */
  timesHandled(eventId: string): number {
    return this.handled.filter((id) => id === eventId).length;
  }

  /** Wait until the core has handled these events (ids as Synapse returned them when they were sent). */
  async waitHandled(what: string, ...eventIds: string[]): Promise<void> {
    await waitFor(what, () => eventIds.every((id) => this.handled.includes(id)));
    // Answers that go through the outbox (not direct replies) are out once it settles.
    await this.outbox.settled();
  }
}

/**
 * The usual start of a Matrix test: a room the coordinator creates, the
 * members invited and joined, then the bot invited and joined.
 */
export async function roomWithBot(
  bot: MatrixUser,
  coordinator: MatrixUser,
  members: readonly MatrixUser[],
  name: string,
): Promise<string> {
  const roomId = await coordinator.createRoom({ name });
  for (const user of members) {
    await coordinator.invite(roomId, user.userId);
    await user.join(roomId);
  }
  await coordinator.invite(roomId, bot.userId);
  await waitFor('bot joined', async () => (await bot.joinedRooms()).includes(roomId));
  return roomId;
}
