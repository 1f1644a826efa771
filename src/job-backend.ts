// Where the bot's background work runs, chosen by REDIS_URL:
//
//   embedded (unset)  one process; sends go out at once through the ledger
//                     (InlineOutbox), one-off jobs wait in memory on the real
//                     clock and in the ScheduledJob table. A restart re-sends
//                     pending ledger rows and reloads the table; the
//                     features' start hooks re-plan schedules and follow-ups.
//   redis (set)       BullMQ queues for sends and jobs, the durable webhook
//                     queue, and several processes (docs/operations.md).
//
// main.ts asks this module for an outbox, a scheduler and the work to run;
// everything mode-specific stays here.

import type { Config } from './config.ts';
import type { JobScheduler, Outbox } from './core/jobs.ts';
import type { Logger } from './core/services.ts';
import type { Store } from './core/store.ts';
import type { ChatAdapter, Platform } from './core/types.ts';
import type { Database } from './db/client.ts';
import { databaseJobJournal } from './db/job-journal.ts';
import { EmbeddedScheduler } from './jobs/embedded-scheduler.ts';
import type { JobHooks } from './jobs/hooks.ts';
import { QUEUES, type QueueConnection } from './jobs/queues.ts';
import { checkRedisPolicy, connectRedis } from './jobs/redis.ts';
import { BullScheduler, createJobsQueue, type JobRunner, startJobWorker } from './jobs/scheduler.ts';
import { BullOutbox, createSendQueue, InlineOutbox, startSendWorker } from './jobs/send-queue.ts';
import type { ClosableWorker, Closer } from './jobs/shutdown.ts';

export type JobMode = 'embedded' | 'redis';

export interface JobBackend {
  mode: JobMode;
  /** Redis for the webhook queue and locks; undefined in embedded mode. */
  connection: QueueConnection | undefined;
  outbox: Outbox;
  scheduler: JobScheduler;
  /** The readiness check of Redis; null in embedded mode (/readyz says "not used"). */
  redisCheck: (() => Promise<void>) | null;
  /** Run sends and jobs in this process (the all and worker roles). */
  startWork(handlers: Map<string, JobRunner>): void;
  /** Before the features' start hooks: what a previous run left (jobs kept, messages not queued). */
  recover(): Promise<void>;
  /** Once the adapters are started: run what is due and re-send what a previous run left unsent. */
  afterPlatformsStart(): void;
  /**
   * Work that only the holder of a platform's inbound lock may do (Redis
   * mode: Matrix sends, which need the holder's Matrix session): started on
   * taking the lock, stopped on losing it. Undefined when there is none.
   */
  whileLeader(platform: Platform): LeaderWork | undefined;
  /** Stopped first at shutdown: they finish what runs now. */
  workers: ClosableWorker[];
  /** Closed after the workers, before the database. */
  closers: Closer[];
}

export interface LeaderWork {
  start(): void;
  stop(): Promise<void>;
}

export interface JobBackendDeps {
  config: Config;
  db: Database;
  store: Store;
  log: Logger;
  hooks: JobHooks;
  /** The adapter of a platform (the adapters are built after the backend, which gives them Redis). */
  adapters: (platform: Platform) => ChatAdapter;
}

export async function createJobBackend(deps: JobBackendDeps): Promise<JobBackend> {
  return deps.config.redis ? redisBackend(deps, deps.config.redis) : embeddedBackend(deps);
}

function embeddedBackend({ db, store, log, hooks, adapters }: JobBackendDeps): JobBackend {
  const scheduler = new EmbeddedScheduler({ journal: databaseJobJournal(db), log, hooks });
  const outbox = new InlineOutbox({ store, adapters, log, hooks });
  const startedAt = new Date();
  return {
    mode: 'embedded',
    connection: undefined,
    outbox,
    scheduler,
    redisCheck: null,
    startWork(handlers) {
      for (const [name, handler] of handlers) scheduler.register(name, handler);
    },
    async recover() {
      const waiting = await scheduler.restore();
      if (waiting > 0) log.info({ waiting }, 'loaded the jobs a previous run left waiting');
    },
    afterPlatformsStart() {
      scheduler.start();
      // In the background: the bot answers people while a long backlog goes out.
      outbox.resendPending(startedAt).then(
        (resent) => {
          if (resent > 0) log.info({ resent }, 'sent the messages a previous run left pending');
        },
        (err: unknown) => log.error({ err: err instanceof Error ? err.message : String(err) }, 'resending failed'),
      );
    },
    whileLeader: () => undefined,
    workers: [{ close: () => scheduler.close() }, { close: () => outbox.settled() }],
    closers: [],
  };
}

async function redisBackend(
  { config, store, log, hooks, adapters }: JobBackendDeps,
  settings: NonNullable<Config['redis']>,
): Promise<JobBackend> {
  const redis = await connectRedis(settings.url, log);
  await checkRedisPolicy(redis, log);
  const connection = { connection: redis, prefix: settings.prefix };
  const sendQueue = createSendQueue(connection);
  const matrixQueue = createSendQueue(connection, QUEUES.sendMatrix);
  const jobsQueue = createJobsQueue(connection);
  const outbox = new BullOutbox({
    store,
    queue: sendQueue,
    queueFor: (platform) => (platform === 'matrix' ? matrixQueue : undefined),
  });
  const workers: ClosableWorker[] = [];
  const sendWorker = (queueName: string) =>
    startSendWorker({
      ...connection,
      store,
      adapters,
      log,
      hooks,
      concurrency: config.send.concurrency,
      queueName,
    });
  return {
    mode: 'redis',
    connection,
    outbox,
    scheduler: new BullScheduler({ queue: jobsQueue, log }),
    redisCheck: async () => void (await redis.ping()),
    startWork(handlers) {
      workers.push(
        sendWorker(QUEUES.send),
        startJobWorker({ ...connection, handlers, log, hooks, concurrency: config.jobs.concurrency }),
      );
    },
    async recover() {
      // Messages whose ledger row was written just before a crash, but whose job never reached Redis.
      const requeued = await outbox.requeuePending(new Date(Date.now() - 60_000));
      if (requeued > 0) log.info({ requeued }, 'queued again the messages a previous run left pending');
    },
    afterPlatformsStart() {},
    whileLeader(platform) {
      if (platform !== 'matrix') return undefined;
      let worker: ReturnType<typeof sendWorker> | undefined;
      return {
        start: () => {
          worker ??= sendWorker(QUEUES.sendMatrix);
        },
        stop: async () => {
          const running = worker;
          worker = undefined;
          await running?.close();
        },
      };
    },
    workers,
    closers: [
      {
        name: 'queues',
        close: async () => void (await Promise.all([sendQueue.close(), matrixQueue.close(), jobsQueue.close()])),
      },
      { name: 'redis', close: async () => void (await redis.quit()) },
    ],
  };
}
