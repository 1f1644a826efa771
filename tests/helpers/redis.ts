// Real Redis for tests: each test file gets its own BullMQ key prefix, and
// everything under it is deleted afterwards, so parallel runs never collide.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { waitFor } from './wait.ts';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestRedis {
  /** A connection like connectRedis gives (maxRetriesPerRequest: null). */
  connection: Redis;
  /** A BullMQ prefix no other test run uses. */
  prefix: string;
  /** Delete every key under the prefix and close the connection. */
  close(): Promise<void>;
}

export async function openTestRedis(name = 'test'): Promise<TestRedis> {
  const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  await connection.ping();
  const prefix = `cb-${name}-${process.pid}-${randomBytes(4).toString('hex')}`;
  return {
    connection,
    prefix,
    async close() {
      await deleteKeys(connection, `${prefix}:*`);
      await connection.quit();
    },
  };
}

export async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== '0');
}

export interface ExtraRedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A throwaway redis-server on a free port, started with extra arguments (e.g. a maxmemory-policy). */
export async function startRedisServer(args: string[] = []): Promise<ExtraRedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args],
    { stdio: 'ignore' },
  );
  const exited = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  exited.catch(() => {});
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  try {
    await waitFor(`redis-server on port ${port} to answer`, async () => {
      try {
        await Promise.race([probe.connect(), exited]);
        await probe.ping();
        return true;
      } catch (err) {
        if (child.exitCode !== null) throw err;
        probe.disconnect();
        return false;
      }
    });
  } finally {
    probe.disconnect();
  }
  return {
    url,
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
