// On SIGTERM the bot lets running jobs finish, and never outlives its deadline.

import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BullScheduler, createJobsQueue, startJobWorker } from '../../src/jobs/scheduler.ts';
import { gracefulShutdown } from '../../src/jobs/shutdown.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from './wait.ts';

const log = pino({ level: 'silent' });
let redis: TestRedis;

beforeAll(async () => {
  redis = await openTestRedis('shutdown');
});

afterAll(async () => {
  await redis?.close();
});

describe('gracefulShutdown', () => {
  it('lets a running job finish before it resolves, then closes the rest', async () => {
    const queue = createJobsQueue(redis);
    let started = false;
    let finished = false;
    const worker = startJobWorker({
      connection: redis.connection,
      prefix: redis.prefix,
      log,
      handlers: new Map([
        [
          'slow',
          async () => {
            started = true;
            await new Promise((resolve) => setTimeout(resolve, 700));
            finished = true;
          },
        ],
      ]),
    });
    await new BullScheduler({ queue }).schedule({ id: 'slow-1', name: 'slow', data: {}, runAt: new Date() });
    await waitFor(() => started, 'the job to start');

    const closed: string[] = [];
    const result = await gracefulShutdown({
      workers: [worker],
      closers: [{ name: 'queue', close: async () => void closed.push('queue') }],
      log,
      deadlineMs: 5000,
    });

    expect(finished).toBe(true);
    expect(result).toEqual({ clean: true, problems: [] });
    expect(closed).toEqual(['queue']);
    expect(await (await queue.getJob('slow-1'))?.getState()).toBe('completed');
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('gives up on a job that outlives the deadline, so the process can exit in time', async () => {
    const queue = createJobsQueue(redis);
    let release: () => void = () => {};
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = false;
    const worker = startJobWorker({
      connection: redis.connection,
      prefix: redis.prefix,
      log,
      handlers: new Map([
        [
          'stuck',
          async () => {
            started = true;
            await stuck;
          },
        ],
      ]),
    });
    await new BullScheduler({ queue }).schedule({ id: 'stuck-1', name: 'stuck', data: {}, runAt: new Date() });
    await waitFor(() => started, 'the job to start');

    let connectionsClosed = false;
    const began = Date.now();
    const result = await gracefulShutdown({
      workers: [worker],
      closers: [
        {
          name: 'redis',
          close: async () => {
            connectionsClosed = true;
          },
        },
      ],
      log,
      deadlineMs: 1000,
    });
    const took = Date.now() - began;

    expect(result.clean).toBe(false);
    expect(result.problems).toContain('workers');
    expect(connectionsClosed).toBe(true); // connections still get their turn
    expect(took).toBeLessThan(2000);
    // The job was not marked done: it stays for another worker after its lock expires.
    expect(await (await queue.getJob('stuck-1'))?.getState()).toBe('active');

    release();
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  });
});
