// The lock that keeps Telegram polling and Matrix sync in one process, on a
// real Redis: one holder at a time, a clean hand-over on stop, and a takeover
// once a holder that vanished (no renewals) lets the key expire.

import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeaderLock } from '../../src/jobs/leader-lock.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

const log = pino({ level: 'silent' });
let redis: TestRedis;

beforeAll(async () => {
  redis = await openTestRedis('leader');
});
afterAll(async () => {
  await redis?.close();
});

function contender(key: string, name: string, events: string[], options: { failStart?: boolean } = {}) {
  return new LeaderLock({
    redis: redis.connection,
    key,
    log,
    ttlMs: 600,
    intervalMs: 100,
    onAcquired: async () => {
      if (options.failStart) throw new Error('token refused');
      events.push(`${name} started`);
    },
    onLost: async () => {
      events.push(`${name} stopped`);
    },
  });
}

describe('LeaderLock', () => {
  it('lets one process hold it; stopping the holder hands it over at once', async () => {
    const key = `${redis.prefix}:lock:a`;
    const events: string[] = [];
    const a = contender(key, 'a', events);
    const b = contender(key, 'b', events);
    await a.start();
    await b.start();
    expect([a.held, b.held]).toEqual([true, false]);
    await a.stop();
    await waitFor('b to take over', () => b.held);
    expect(events).toEqual(['a started', 'a stopped', 'b started']);
    await b.stop();
    expect(await redis.connection.get(key)).toBeNull();
  });

  it('is taken over after its time to live when the holder stops renewing (a killed process)', async () => {
    const key = `${redis.prefix}:lock:b`;
    const events: string[] = [];
    // The "killed" holder: it set the key as a lock does, and will never renew it.
    await redis.connection.set(key, 'gone-process', 'PX', 600, 'NX');
    const b = contender(key, 'b', events);
    await b.start();
    expect(b.held).toBe(false);
    await waitFor('b to take over after the key expires', () => b.held);
    expect(events).toEqual(['b started']);
    // A renewal that finds someone else's value (the key was lost meanwhile) stops the work.
    await redis.connection.set(key, 'someone-else');
    await waitFor('b to notice it lost the lock', () => !b.held);
    expect(events).toEqual(['b started', 'b stopped']);
    await b.stop();
  });

  it('throws a start failure at start, and releases the key for another process', async () => {
    const key = `${redis.prefix}:lock:c`;
    const events: string[] = [];
    const bad = contender(key, 'bad', events, { failStart: true });
    await expect(bad.start()).rejects.toThrow('token refused');
    await bad.stop();
    expect(await redis.connection.get(key)).toBeNull();
  });
});
