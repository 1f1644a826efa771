// The outbox the playground uses without Redis: same ledger, same rules, and
// retries that run when its timer says so.

import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import type { ChatRef } from '../../src/core/types.ts';
import { InlineOutbox } from '../../src/jobs/send-queue.ts';
import { openTestStore } from '../helpers/db.ts';
import { RecordingAdapter } from '../helpers/recording-adapter.ts';

const log = pino({ level: 'silent' });
let db: { store: Store; close(): Promise<void> };

beforeAll(async () => {
  db = await openTestStore('pglite');
});

afterAll(async () => {
  await db?.close();
});

function setup() {
  const adapter = new RecordingAdapter('fake');
  const timers: Array<{ ms: number; run: () => void }> = [];
  const outbox = new InlineOutbox({
    store: db.store,
    adapters: () => adapter,
    log,
    after: (ms, run) => timers.push({ ms, run }),
  });
  const chat: ChatRef = { platform: 'fake', chatId: `g-${randomUUID()}`, kind: 'group' };
  const key = `digest-${randomUUID()}`;
  return { adapter, timers, outbox, chat, key };
}

describe('InlineOutbox', () => {
  it('sends at once, and a second enqueue of the same key posts nothing', async () => {
    const { adapter, outbox, chat, key } = setup();
    await outbox.enqueue({ idempotencyKey: key, chat, message: { html: 'Weekly digest' } });
    await outbox.enqueue({ idempotencyKey: key, chat, message: { html: 'Weekly digest' } });

    expect(adapter.sent.map((s) => s.message.html)).toEqual(['Weekly digest']);
    expect((await db.store.deliveries.get(key))?.status).toBe('sent');
  });

  it('retries a rate-limited send when the timer fires after the delay asked for', async () => {
    const { adapter, timers, outbox, chat, key } = setup();
    adapter.failNext({ kind: 'rate_limited', retryAfterMs: 3000 });
    await outbox.enqueue({ idempotencyKey: key, chat, message: { html: 'Check-in time' } });

    expect(adapter.sent).toHaveLength(0);
    expect(outbox.waitingRetries).toBe(1);
    expect(timers.map((t) => t.ms)).toEqual([3000]);

    timers.shift()!.run();
    await outbox.settled();
    expect(adapter.sent).toHaveLength(1);
    expect(outbox.waitingRetries).toBe(0);
    expect((await db.store.deliveries.get(key))?.status).toBe('sent');
  });

  it('sends a message too long for one post in parts, and a retry resumes at the part that failed', async () => {
    const { adapter, timers, outbox, chat, key } = setup();
    adapter.capabilities = { ...adapter.capabilities, maxTextLength: 20 };
    // Part 1 goes out, part 2 is rate limited.
    adapter.failNext('ok', { kind: 'rate_limited', retryAfterMs: 1000 });
    await outbox.enqueue({
      idempotencyKey: key,
      chat,
      message: { html: 'first line here\nsecond line here\nthird line' },
    });
    expect(adapter.sent.map((s) => s.message.html)).toEqual(['first line here']);
    expect((await db.store.deliveries.get(key))?.partsSent).toBe(1);

    timers.shift()!.run();
    await outbox.settled();
    expect(adapter.sent.map((s) => s.message.html)).toEqual(['first line here', 'second line here', 'third line']);
    expect(adapter.tries.map((t) => t.idempotencyKey)).toEqual([key, `${key}#1`, `${key}#1`, `${key}#2`]);
    expect((await db.store.deliveries.get(key))?.status).toBe('sent');
  });

  it('retries transient failures on the timer and gives up after its attempts', async () => {
    const adapter = new RecordingAdapter('fake');
    const timers: Array<() => void> = [];
    const outbox = new InlineOutbox({
      store: db.store,
      adapters: new Map([['fake', adapter]]),
      log,
      attempts: 2,
      after: (_ms, run) => timers.push(run),
    });
    const key = `k-${randomUUID()}`;
    adapter.failNext({ kind: 'transient', reason: 'HTTP 502' }, { kind: 'transient', reason: 'HTTP 504' });
    await outbox.enqueue({
      idempotencyKey: key,
      chat: { platform: 'fake', chatId: 'c', kind: 'group' },
      message: { html: 'x' },
    });
    timers.shift()!();
    await outbox.settled();

    expect(timers).toHaveLength(0);
    const row = await db.store.deliveries.get(key);
    expect(row?.status).toBe('failed');
    expect(row?.lastError).toContain('HTTP 504');
  });
});
