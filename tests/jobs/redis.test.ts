// What an operator sees at start: a clear line when Redis is missing, and a
// warning when Redis may evict queued jobs.

import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRedisPolicy, connectRedis } from '../../src/jobs/redis.ts';
import { type ExtraRedisServer, freePort, startRedisServer, TEST_REDIS_URL } from '../helpers/redis.ts';

function capturingLog() {
  const lines: Array<{ level: number; msg: string; [key: string]: unknown }> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const log = pino({ level: 'debug' }, stream);
  const warnings = () => lines.filter((line) => line.level === 40).map((line) => line.msg);
  return { log, lines, warnings };
}

const servers: ExtraRedisServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

async function server(args: string[]): Promise<ExtraRedisServer> {
  const started = await startRedisServer(args);
  servers.push(started);
  return started;
}

describe('connectRedis', () => {
  it('says in one line what is missing and how to start it when nothing answers', async () => {
    const port = await freePort();
    const { log } = capturingLog();
    const failure = connectRedis(`redis://127.0.0.1:${port}`, log);

    await expect(failure).rejects.toThrow(
      `Redis is required (REDIS_URL=redis://127.0.0.1:${port}) but did not answer: connect ECONNREFUSED 127.0.0.1:${port}. ` +
        'Start one with `redis-server` or `docker compose up -d redis`.',
    );
    const message = await failure.catch((err: Error) => err.message);
    expect(message).not.toContain('\n');
  });

  it('does not print the password of the URL', async () => {
    const port = await freePort();
    const message = await connectRedis(`redis://:s3cret@127.0.0.1:${port}`, capturingLog().log).catch(
      (err: Error) => err.message,
    );
    expect(message).toContain(`REDIS_URL=redis://:***@127.0.0.1:${port}`);
    expect(message).not.toContain('s3cret');
  });

  it('connects to a running Redis', async () => {
    const redis = await connectRedis(TEST_REDIS_URL, capturingLog().log);
    try {
      expect(await redis.ping()).toBe('PONG');
      expect(redis.options.maxRetriesPerRequest).toBeNull();
    } finally {
      await redis.quit();
    }
  });
});

describe('checkRedisPolicy', () => {
  it('warns when Redis may evict keys (allkeys-lru)', async () => {
    const lru = await server(['--maxmemory-policy', 'allkeys-lru']);
    const { log, warnings } = capturingLog();
    const redis = await connectRedis(lru.url, log);
    try {
      const result = await checkRedisPolicy(redis, log);
      expect(result).toEqual({ maxmemoryPolicy: 'allkeys-lru', ok: false });
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).toMatch(/maxmemory-policy is allkeys-lru.*Set maxmemory-policy noeviction/);
    } finally {
      await redis.quit();
    }
  });

  it('stays quiet about the policy when it is noeviction', async () => {
    const safe = await server(['--maxmemory-policy', 'noeviction']);
    const { log, warnings } = capturingLog();
    const redis = await connectRedis(safe.url, log);
    try {
      expect(await checkRedisPolicy(redis, log)).toEqual({ maxmemoryPolicy: 'noeviction', ok: true });
      expect(warnings()).toEqual([]);
    } finally {
      await redis.quit();
    }
  });

  it('says it could not check when CONFIG is disabled (managed Redis)', async () => {
    const managed = await server(['--rename-command', 'CONFIG', '""']);
    const { log, warnings } = capturingLog();
    const redis = await connectRedis(managed.url, log);
    try {
      expect(await checkRedisPolicy(redis, log)).toEqual({ maxmemoryPolicy: null, ok: false });
      expect(warnings()[0]).toMatch(/could not check Redis maxmemory-policy/);
    } finally {
      await redis.quit();
    }
  });
});
