// One sending process of the shared-budget fan-out (bench/telegram-fanout.ts
// --workers N): its own Telegram adapter and send worker, on the parent's
// database and Redis prefix, taking its slots from the budget in Redis.
//
//   forked with env BENCH_DATABASE_URL, BENCH_PREFIX, BENCH_API_URL, BENCH_TOKEN

import { createTelegramAdapter } from '../adapters/telegram/index.ts';
import { DEFAULT_SEND_CONCURRENCY } from '../src/config/schema.ts';
import type { Platform } from '../src/core/types.ts';
import { openDatabase } from '../src/db/client.ts';
import { createPrismaStore } from '../src/db/store.ts';
import { connectRedis } from '../src/jobs/redis.ts';
import { redisSendBudget } from '../src/jobs/send-budget.ts';
import { startSendWorker } from '../src/jobs/send-queue.ts';
import { MemoryState } from '../tests/telegram/helpers.ts';
import { log } from './common.ts';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const prefix = env('BENCH_PREFIX');
const db = await openDatabase({ databaseUrl: env('BENCH_DATABASE_URL'), dataDir: '', log });
const store = createPrismaStore(db);
const redis = await connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', log);
// BENCH_VERBOSE: how many budget scripts this process ran (round trips to Redis for its slots).
const budgetCalls = new Map<string, number>();
if (process.env.BENCH_VERBOSE) {
  const evalScript = redis.eval.bind(redis) as (...args: unknown[]) => Promise<unknown>;
  (redis as unknown as { eval: (...args: unknown[]) => Promise<unknown> }).eval = (...args: unknown[]) => {
    const script = String(args[0]);
    const name = script.includes('PTTL')
      ? 'reserve'
      : script.includes('ZREMRANGE')
        ? 'depart'
        : script.includes('DEL')
          ? 'release'
          : 'other';
    budgetCalls.set(name, (budgetCalls.get(name) ?? 0) + 1);
    return evalScript(...args);
  };
}
const adapter = createTelegramAdapter({
  token: env('BENCH_TOKEN'),
  mode: 'polling',
  apiRoot: env('BENCH_API_URL'),
  state: new MemoryState(),
  log,
  budget: redisSendBudget({ redis, prefix }),
});
const worker = startSendWorker({
  connection: redis,
  prefix,
  store,
  adapters: new Map<Platform, typeof adapter>([['telegram', adapter]]),
  log,
  // Production's default (SEND_CONCURRENCY): sends at work at once; the worker holds more jobs waiting for their slot.
  concurrency: Number(process.env.BENCH_SEND_CONCURRENCY ?? DEFAULT_SEND_CONCURRENCY),
});

process.on('message', (message) => {
  if ((message as { kind: string }).kind !== 'close') return;
  void (async () => {
    await worker.close();
    if (process.env.BENCH_VERBOSE)
      console.error(`budget scripts run: ${JSON.stringify(Object.fromEntries(budgetCalls))}`);
    await redis.quit();
    await db.close();
    process.exit(0);
  })();
});
await worker.waitUntilReady();
process.send!({ kind: 'worker-ready' });
