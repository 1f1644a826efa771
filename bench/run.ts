// `npm run bench`: how fast the foundation's hot paths are, on real PostgreSQL
// and Redis. Results go to stdout as Markdown rows; bench/RESULTS.md keeps them
// with the machine they came from.
//
//   inbound   commands through the core (dedup, context, router, store) on the fake adapter
//   send      messages through the ledger + BullMQ send queue + worker
//   network   a network of 500 cohorts and 50,000 members (bench/network.ts;
//             BENCH_NETWORK=0 skips it)
//
// BENCH_ADMIN_URL and REDIS_URL: see bench/common.ts.

import { randomUUID } from 'node:crypto';
import { FakeAdapter } from '../adapters/fake/adapter.ts';
import type { Store } from '../src/core/store.ts';
import type { ChatRef } from '../src/core/types.ts';
import { connectRedis } from '../src/jobs/redis.ts';
import { BullOutbox, createSendQueue, startSendWorker } from '../src/jobs/send-queue.ts';
import { createLocalBot } from '../src/local.ts';
import { log, machine, percentile, withDatabase } from './common.ts';
import { networkRows } from './network.ts';

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

console.log(`Machine: ${machine()}\n`);
console.log('| benchmark | throughput | detail |\n| --- | --- | --- |');
const rows = await withDatabase(`cohort_bench_${process.pid}`, async (store) => [
  await inbound(store),
  await send(store),
]);
for (const row of rows) console.log(row);
if (process.env.BENCH_NETWORK !== '0') {
  console.log('\n| network benchmark | time | detail |\n| --- | --- | --- |');
  for (const row of await networkRows()) console.log(row);
}
process.exit(0);
