// The Redis connection BullMQ runs on, and the checks an operator needs at
// start: is Redis there at all, and will it keep our jobs under memory pressure.

import { Redis } from 'ioredis';
import { OperatorError } from '../core/errors.ts';
import { redactUrl } from '../util/redact-url.ts';
import type { Log } from './queues.ts';

/** Thrown at start when Redis cannot be reached; its message is one line meant for the person starting the bot. */
export class RedisUnavailable extends OperatorError {
  constructor(url: string, reason: string) {
    super(
      `Redis is required (REDIS_URL=${redactUrl(url)}) but did not answer: ${reason}. ` +
        'Start one with `redis-server` or `docker compose up -d redis`.',
    );
    this.name = 'RedisUnavailable';
  }
}

export interface ConnectRedisOptions {
  /** How long to wait for the first answer before giving up (default 5 s). */
  timeoutMs?: number;
}

/**
 * Connect and wait for Redis to answer, or throw RedisUnavailable. Once
 * started, the connection retries forever (maxRetriesPerRequest: null, as
 * BullMQ needs): Redis going away for a minute must not crash the bot.
 */
export async function connectRedis(url: string, log: Log, options: ConnectRedisOptions = {}): Promise<Redis> {
  const timeoutMs = options.timeoutMs ?? 5000;
  if (!/^rediss?:\/\//.test(url)) {
    throw new RedisUnavailable(url, 'the URL must start with redis:// or rediss://');
  }
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    connectTimeout: timeoutMs,
  });
  // ioredis rejects connect() with "Connection is closed."; the cause comes as an error event.
  let cause: Error | undefined;
  const rememberCause = (err: Error) => {
    cause ??= err;
  };
  redis.on('error', rememberCause);
  try {
    await withTimeout(
      (async () => {
        await redis.connect();
        await redis.ping();
      })(),
      timeoutMs,
    );
  } catch (err) {
    redis.disconnect();
    throw new RedisUnavailable(url, describe(cause ?? err, timeoutMs));
  } finally {
    redis.off('error', rememberCause);
  }

  // One line per outage, not one per reconnect attempt.
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.error({ err: err.message }, 'lost the connection to Redis; retrying (jobs wait until it is back)');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log.info('connection to Redis is back');
  });
  return redis;
}

export interface RedisPolicy {
  /** The maxmemory-policy Redis reported, or null when it could not be read. */
  maxmemoryPolicy: string | null;
  ok: boolean;
}

/**
 * Redis evicting keys under memory pressure silently loses jobs: BullMQ
 * needs `maxmemory-policy noeviction`. Managed Redis often disables CONFIG;
 * then say we could not check instead of guessing.
 */
export async function checkRedisPolicy(redis: Redis, log: Log): Promise<RedisPolicy> {
  let policy: string | null = null;
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as unknown;
    policy = Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : null;
  } catch (err) {
    log.warn(
      { err: err instanceof Error ? err.message : String(err) },
      'could not check Redis maxmemory-policy (CONFIG GET is not allowed here); make sure it is noeviction, or queued jobs may be evicted and lost',
    );
    return { maxmemoryPolicy: null, ok: false };
  }
  if (policy === null) {
    log.warn('could not check Redis maxmemory-policy (no answer to CONFIG GET); make sure it is noeviction');
    return { maxmemoryPolicy: null, ok: false };
  }
  if (policy !== 'noeviction') {
    log.warn(
      { maxmemoryPolicy: policy },
      `Redis maxmemory-policy is ${policy}: under memory pressure Redis will evict queued jobs and they are lost. Set maxmemory-policy noeviction`,
    );
    return { maxmemoryPolicy: policy, ok: false };
  }
  await noteAppendOnly(redis, log);
  return { maxmemoryPolicy: policy, ok: true };
}

/** Without AOF a Redis restart loses everything queued since the last snapshot; worth a line at start. */
async function noteAppendOnly(redis: Redis, log: Log): Promise<void> {
  try {
    const reply = (await redis.config('GET', 'appendonly')) as unknown;
    if (Array.isArray(reply) && reply[1] === 'no') {
      log.info(
        'Redis runs without appendonly (AOF): a Redis restart may lose queued jobs; production should set appendonly yes',
      );
    }
  } catch {
    // Already allowed above; nothing useful to add if this one fails.
  }
}

function describe(err: unknown, timeoutMs: number): string {
  if (err instanceof TimeoutError) return `no answer within ${timeoutMs / 1000} s`;
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\.$/, '');
}

class TimeoutError extends Error {}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), ms);
  });
  work.catch(() => {}); // a late failure after the timeout is not an unhandled rejection
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
