// The durable inbound queue on real Redis (streams): one chat's updates in
// order, chats in parallel, the same update id queued twice is one entry; a
// killed holder's batch is handled by the next holder, first and in order; a
// failing update is tried again in place, then kept aside for operators; and
// /forgetme's drop removes what waits.

import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnreadableUpdate } from '../../src/core/errors.ts';
import { InboundQueue } from '../../src/jobs/inbound-queue.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

let redis: TestRedis;
let queue: InboundQueue;
const others: InboundQueue[] = [];
const silent = pino({ level: 'silent' });

/** Another process's queue on the same keys. */
function another(options: Partial<ConstructorParameters<typeof InboundQueue>[0]> = {}): InboundQueue {
  const q = new InboundQueue({
    connection: redis.connection,
    prefix: redis.prefix,
    platform: 'test',
    log: silent,
    partitions: 3,
    ...options,
  });
  others.push(q);
  return q;
}

beforeEach(async () => {
  redis = await openTestRedis('inbound-queue');
  queue = new InboundQueue({
    connection: redis.connection,
    prefix: redis.prefix,
    platform: 'test',
    log: pino({ level: 'silent' }),
    partitions: 3,
  });
});
afterEach(async () => {
  for (const q of others.splice(0)) await q.close();
  await queue.close();
  await redis.close();
});

describe('inbound queue', () => {
  it('hands each chat its updates in order, chats in parallel, and a repeated id once', async () => {
    const seen: Array<{ chat: string; n: number }> = [];
    let running = 0;
    let maxRunning = 0;
    for (let n = 0; n < 10; n++) {
      for (const chat of ['a', 'b', 'c', 'd']) await queue.enqueue(`u-${chat}-${n}`, chat, { chat, n });
    }
    await queue.enqueue('u-a-3', 'a', { chat: 'a', n: 3 });
    expect(await queue.backlog()).toBe(40); // the repeated id added no job
    await queue.start(async (payload) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(payload as { chat: string; n: number });
      running--;
    });
    await waitFor('every update', () => seen.length >= 40, { timeoutMs: 15_000 });
    // Nothing waits or runs any more, so the repeated id cannot still come: it was one job.
    await waitFor('a drained queue', async () => (await queue.backlog()) === 0);
    expect(seen).toHaveLength(40);
    for (const chat of ['a', 'b', 'c', 'd']) {
      expect(seen.filter((s) => s.chat === chat).map((s) => s.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
    expect(maxRunning).toBeGreaterThan(1);
  });

  it('a killed holder: the next process takes its partitions when the lease runs out and handles the batch it held first, in order', async () => {
    const first = another({ lockDurationMs: 600, stalledIntervalMs: 200 });
    for (let n = 0; n < 6; n++) await first.enqueue(`u-a-${n}`, 'a', { n });
    let release: () => void = () => {};
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    const took: number[] = [];
    await first.start(async (payload) => {
      took.push((payload as { n: number }).n);
      await stuck; // the process dies while it holds the batch
    });
    await waitFor('the batch in hand', () => took.length === 1);
    await first.kill();
    for (let n = 6; n < 9; n++) await queue.enqueue(`u-a-${n}`, 'a', { n });
    const handled: number[] = [];
    const second = another({ lockDurationMs: 600, stalledIntervalMs: 200 });
    await second.start(async (payload) => {
      handled.push((payload as { n: number }).n);
    });
    await waitFor('every update', () => handled.length >= 9, { timeoutMs: 10_000 });
    release();
    await waitFor('a drained queue', async () => (await queue.backlog()) === 0);
    // Nothing lost, nothing repeated by the queue, the chat's order kept across the takeover.
    expect(handled).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('tries a failing update again before the next one of its chat (other chats go on), then keeps it aside; drop removes waiting and kept updates', async () => {
    const q = another({ attempts: 3, backoffMs: 100 });
    const tries: string[] = [];
    await q.enqueue('u-a-0', 'a', { chat: 'a', n: 0, who: 'ann' });
    await q.enqueue('u-a-1', 'a', { chat: 'a', n: 1, who: 'bo' });
    await q.enqueue('u-b-0', 'b', { chat: 'b', n: 0, who: 'bo' });
    await q.start(async (payload) => {
      const { chat, n } = payload as { chat: string; n: number };
      tries.push(`${chat}${n}`);
      if (chat === 'a' && n === 0) throw new Error('broken');
    });
    await waitFor('every update', () => tries.includes('a1') && tries.includes('b0'));
    expect(tries.filter((t) => t.startsWith('a'))).toEqual(['a0', 'a0', 'a0', 'a1']);
    // Chat b did not wait for chat a's tries.
    expect(tries.indexOf('b0')).toBeLessThan(tries.lastIndexOf('a0'));
    await waitFor('a drained queue', async () => (await q.backlog()) === 0);
    await q.stop();
    // Waiting again: one of ann's, one of bo's. Ann's failed one is kept aside too.
    await q.enqueue('u-b-0', 'b', { n: 2, who: 'ann' });
    await q.enqueue('u-c-0', 'c', { n: 3, who: 'bo' });
    expect(await q.drop((p) => (p as { who: string }).who === 'ann')).toBe(2);
    expect(await q.backlog()).toBe(1);
    expect(await q.drop((p) => (p as { who: string }).who === 'ann')).toBe(0);
  });

  it('sets an update the adapter cannot read aside at once, without holding its chat for retries', async () => {
    const q = another({ attempts: 9, backoffMs: 2000 });
    const tries: string[] = [];
    await q.enqueue('u-a-0', 'a', { n: 0 });
    await q.enqueue('u-a-1', 'a', { n: 1 });
    await q.start(async (payload) => {
      const { n } = payload as { n: number };
      tries.push(`a${n}`);
      if (n === 0) throw new UnreadableUpdate('no chat in this message');
    });
    // With nine tries two seconds apart and more, a1 would wait half a minute behind a0.
    await waitFor('the next update of the chat', () => tries.includes('a1'), { timeoutMs: 1500 });
    expect(tries).toEqual(['a0', 'a1']);
    await waitFor('a drained queue', async () => (await q.backlog()) === 0);
    await q.stop();
    // Kept aside for operators (and /forgetme), like any update given up on.
    expect(await q.drop((p) => (p as { n: number }).n === 0)).toBe(1);
  });

  it('an update whose holders die while handling it, three times, is set aside instead of killing the next one', async () => {
    await queue.enqueue('u-a-0', 'a', { n: 0 });
    await queue.enqueue('u-a-1', 'a', { n: 1 });
    for (let life = 0; life < 3; life++) {
      const doomed = another({ lockDurationMs: 500, stalledIntervalMs: 150 });
      let took = false;
      await doomed.start(async () => {
        took = true;
        await new Promise(() => {}); // the update kills its process
      });
      await waitFor(`life ${life} to take the update`, () => took, { timeoutMs: 10_000 });
      await doomed.kill();
    }
    const handled: number[] = [];
    const survivor = another({ lockDurationMs: 500, stalledIntervalMs: 150 });
    await survivor.start(async (payload) => {
      handled.push((payload as { n: number }).n);
    });
    await waitFor('the next update', () => handled.includes(1), { timeoutMs: 10_000 });
    expect(handled).toEqual([1]);
    // Kept aside for operators (and for /forgetme's drop), not lost silently.
    expect(await survivor.drop((p) => (p as { n: number }).n === 0)).toBe(1);
  });
});
