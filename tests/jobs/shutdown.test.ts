// On SIGTERM the bot lets running jobs finish, and never outlives its deadline.

import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BullScheduler, createJobsQueue, startJobWorker } from '../../src/jobs/scheduler.ts';
import { gracefulShutdown, type ShutdownResult } from '../../src/jobs/shutdown.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

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
    await waitFor('the job to start', () => started);

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
    await waitFor('the job to start', () => started);

    let connectionsClosed = false;
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

    // It resolved although the job never finished (it is released only below): the deadline cut it short.
    expect(result.clean).toBe(false);
    expect(result.problems).toContain('workers');
    expect(connectionsClosed).toBe(true); // connections still get their turn
    // The job was not marked done: it stays for another worker after its lock expires.
    expect(await (await queue.getJob('stuck-1'))?.getState()).toBe('active');

    release();
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  });

  describe('on a virtual clock', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** Run a shutdown whose workers and closers never finish; report when it resolved. */
    function shutdownThatHangs(deadlineMs: number) {
      vi.useFakeTimers();
      const never = () => new Promise<void>(() => {});
      const closersStarted: string[] = [];
      let result: ShutdownResult | undefined;
      void gracefulShutdown({
        workers: [{ close: never }],
        closers: [
          {
            name: 'queue',
            close: () => {
              closersStarted.push('queue');
              return never();
            },
          },
        ],
        log,
        deadlineMs,
      }).then((r) => {
        result = r;
      });
      return { closersStarted, result: () => result };
    }

    it('gives the workers the deadline less a fifth (at most a second), then gives up on them', async () => {
      const run = shutdownThatHangs(1000);
      await vi.advanceTimersByTimeAsync(799);
      expect(run.closersStarted).toEqual([]); // still waiting for the workers
      await vi.advanceTimersByTimeAsync(1);
      expect(run.closersStarted).toEqual(['queue']);
      expect(run.result()).toBeUndefined();
    });

    it('resolves at the deadline even when nothing finishes, naming what was cut short', async () => {
      const run = shutdownThatHangs(9000);
      await vi.advanceTimersByTimeAsync(8999);
      expect(run.result()).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(run.result()).toEqual({ clean: false, problems: ['workers', 'queue'] });
    });
  });
});
