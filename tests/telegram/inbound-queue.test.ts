// The durable inbound queue on real Redis: one chat's updates in order, chats
// in parallel, the same update id queued twice is one job.

import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InboundQueue } from '../../src/jobs/inbound-queue.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

let redis: TestRedis;
let queue: InboundQueue;

beforeEach(async () => {
  redis = await openTestRedis('inbound-queue');
  queue = new InboundQueue({
    connection: redis.connection,
    prefix: redis.prefix,
    platform: 'test',
    log: pino({ level: 'silent' }),
    partitions: 3,
    backoffMs: 20,
  });
});
afterEach(async () => {
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

  it('tries a failing update again where it stands: the later updates of its chat wait for it (a database restarting)', async () => {
    const seen: number[] = [];
    let failures = 0;
    for (let n = 0; n < 3; n++) await queue.enqueue(`u-x-${n}`, 'x', { n });
    await queue.start(async (payload) => {
      const { n } = payload as { n: number };
      if (n === 0 && failures < 3) {
        failures++;
        throw new Error('database is restarting');
      }
      seen.push(n);
    });
    await waitFor('every update', () => seen.length === 3);
    expect(failures).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
  });
});
