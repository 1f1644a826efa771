// `npm run bench`: how fast the foundation's hot paths are, on real PostgreSQL
// and Redis. Results go to stdout as Markdown rows; bench/RESULTS.md keeps them
// with the machine they came from.
//
//   inbound   commands through the core (dedup, context, router, store) on the fake adapter
//   send      messages through the ledger + BullMQ send queue + worker
//
// BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) is used to
// create and drop a throwaway database; REDIS_URL as for the bot.

import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import pino from 'pino';
import { FakeAdapter } from '../adapters/fake/adapter.ts';
import type { Store } from '../src/core/store.ts';
import type { ChatRef } from '../src/core/types.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaStore } from '../src/db/store.ts';
import { connectRedis } from '../src/jobs/redis.ts';
import { BullOutbox, createSendQueue, startSendWorker } from '../src/jobs/send-queue.ts';
import { createLocalBot } from '../src/local.ts';

const log = pino({ level: 'silent' });
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function withDatabase<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const name = `cohort_bench_${process.pid}`;
  await admin(`CREATE DATABASE ${name}`);
  const db = await openDatabase({ databaseUrl: adminUrl.replace(/\/[^/]*$/, `/${name}`), dataDir: '', log });
  try {
    await applyMigrations(db);
    return await work(createPrismaStore(db));
  } finally {
    await db.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** Commands from many people in many groups at once, as a busy deployment sees them. */
async function inbound(store: Store): Promise<string> {
  const groups = 50;
  const perGroup = 40;
  const local = await createLocalBot({ store, log });
  const chats: ChatRef[] = Array.from({ length: groups }, (_, g) => ({
    platform: 'fake',
    chatId: `bench-g${g}`,
    kind: 'group',
    title: `Group ${g}`,
  }));
  for (const chat of chats) {
    local.adapter.setAdmins(chat.chatId, ['bench-admin']);
    await local.adapter.push({
      kind: 'message',
      id: randomUUID(),
      messageId: randomUUID(),
      chat,
      sender: { userId: 'bench-admin', displayName: 'Admin' },
      text: `/cohort create "${chat.title}"`,
    });
  }
  const texts = ['/join', '/profile set topics editing, photos', '/cohort', '/profile', '/help'];
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    chats.map(async (chat, g) => {
      for (let i = 0; i < perGroup; i++) {
        const t0 = performance.now();
        await local.adapter.push({
          kind: 'message',
          id: randomUUID(),
          messageId: randomUUID(),
          chat,
          sender: { userId: `bench-u${g}-${i % 8}`, displayName: `Member ${i % 8}` },
          text: texts[i % texts.length]!,
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const events = groups * perGroup;
  return `| inbound commands (${groups} groups × ${perGroup}, PostgreSQL) | ${(events / seconds).toFixed(0)} events/s | p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms |`;
}

/** Messages through the ledger and the BullMQ send queue to an adapter that answers at once. */
async function send(store: Store): Promise<string> {
  const count = 2000;
  const redis = await connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', log);
  const prefix = `bench${process.pid}`;
  const queue = createSendQueue({ connection: redis, prefix });
  const adapter = new FakeAdapter();
  const outbox = new BullOutbox({ store, queue });
  const chat: ChatRef = { platform: 'fake', chatId: 'bench-send', kind: 'group' };
  await store.chats.upsert({ platform: 'fake', platformChatId: chat.chatId, kind: 'group' });
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await outbox.enqueue({ idempotencyKey: `bench-${i}`, chat, message: { html: `message ${i}` } });
  }
  const enqueued = performance.now();
  const worker = startSendWorker({
    connection: redis,
    prefix,
    store,
    adapters: new Map([['fake', adapter]]),
    log,
    concurrency: 8,
  });
  while (adapter.messages.length < count) await new Promise((resolve) => setTimeout(resolve, 20));
  const done = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const duplicates = adapter.messages.length - new Set(adapter.messages.map((m) => m.html)).size;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await redis.quit();
  return `| send queue (${count} messages, ledger + BullMQ, concurrency 8) | ${(count / ((done - enqueued) / 1000)).toFixed(0)} sends/s | enqueue ${(count / ((enqueued - started) / 1000)).toFixed(0)}/s; duplicates ${duplicates} |`;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`Machine: ${machine}\n`);
console.log('| benchmark | throughput | detail |\n| --- | --- | --- |');
const rows = await withDatabase(async (store) => [await inbound(store), await send(store)]);
for (const row of rows) console.log(row);
process.exit(0);
