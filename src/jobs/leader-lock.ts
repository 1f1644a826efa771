// Exactly one process at a time runs what must not run twice (Telegram long
// polling: two getUpdates callers make Telegram answer 409; one Matrix sync
// per device). A Redis key held with a time to live and renewed well before
// it expires; when the holder dies (kill -9, a lost network), the key expires
// and another process takes over on its next try. This is the single-instance
// lock Redis documents (SET NX PX, then compare-and-renew / compare-and-delete
// in Lua); one Redis is all this bot uses, so no Redlock across several.

import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Log } from './queues.ts';

/** Renew (or take) only if the key is ours: one round trip, no race with an expiry in between. */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface LeaderLockOptions {
  redis: Redis;
  /** The Redis key, e.g. "cohort:lock:telegram-polling". */
  key: string;
  log: Log;
  /** How long the lock outlives its holder (default 15 s): the longest takeover after a kill. */
  ttlMs?: number;
  /** How often the holder renews and the others try to take it (default ttl / 3). */
  intervalMs?: number;
  /** Became the holder: start the work. A failure here releases the lock and tries again later. */
  onAcquired: () => Promise<void>;
  /** Lost the lock (could not renew in time): stop the work, another process may have it now. */
  onLost: () => Promise<void>;
}

export class LeaderLock {
  readonly #options: LeaderLockOptions;
  readonly #token = `${process.pid}-${randomBytes(8).toString('hex')}`;
  readonly #ttlMs: number;
  #timer: NodeJS.Timeout | undefined;
  #held = false;
  /** When the key was last set or renewed (as asked, so a slow answer errs on the safe side). */
  #renewedAt = 0;
  #stopped = false;
  #tick: Promise<void> = Promise.resolve();

  constructor(options: LeaderLockOptions) {
    this.#options = options;
    this.#ttlMs = options.ttlMs ?? 15_000;
  }

  get held(): boolean {
    return this.#held;
  }

  /**
   * Try now, then keep trying (and renewing) every interval until stop().
   * When the lock is free now and starting the work fails, that error is
   * thrown here (the operator sees it at start, e.g. a token refused).
   */
  async start(): Promise<void> {
    const first = this.#once(true);
    this.#tick = first.catch(() => {});
    try {
      await first;
    } finally {
      this.#schedule(this.#interval());
    }
  }

  #interval(): number {
    return this.#options.intervalMs ?? this.#ttlMs / 3;
  }

  /** Stop trying; the holder stops its work and releases the key, so another process takes over at once. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#tick;
    if (!this.#held) return;
    this.#held = false;
    await this.#options.onLost().catch(() => {});
    await this.#options.redis.eval(RELEASE, 1, this.#options.key, this.#token).catch(() => {});
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#tick = this.#once(false).finally(() => this.#schedule(this.#interval()));
    }, ms);
    this.#timer.unref();
  }

  async #once(throwStartFailure: boolean): Promise<void> {
    const { redis, key, log } = this.#options;
    const askedAt = Date.now();
    try {
      if (this.#held) {
        const renewed = await redis.eval(RENEW, 1, key, this.#token, String(this.#ttlMs));
        if (renewed === 1) {
          this.#renewedAt = askedAt;
          return;
        }
        this.#held = false;
        log.warn({ lock: key }, 'lost the lock (not renewed in time); stopping what it guards');
        await this.#options.onLost();
        return;
      }
      const taken = await redis.set(key, this.#token, 'PX', this.#ttlMs, 'NX');
      if (taken !== 'OK') return;
      if (this.#stopped) {
        await redis.eval(RELEASE, 1, key, this.#token);
        return;
      }
      this.#held = true;
      this.#renewedAt = askedAt;
      log.info({ lock: key }, 'took the lock; starting what it guards here');
      try {
        await this.#options.onAcquired();
      } catch (err) {
        this.#held = false;
        log.error({ lock: key, err: err instanceof Error ? err.message : String(err) }, 'could not start; releasing');
        await redis.eval(RELEASE, 1, key, this.#token).catch(() => {});
        if (throwStartFailure) throw new StartFailed(err);
      }
    } catch (err) {
      if (err instanceof StartFailed) throw err.cause;
      // Redis unreachable: the holder cannot renew; past the TTL another process may take over, so stop.
      log.warn({ lock: key, err: err instanceof Error ? err.message : String(err) }, 'lock check failed');
      if (this.#held && Date.now() - this.#renewedAt > this.#ttlMs) {
        this.#held = false;
        await this.#options.onLost().catch(() => {});
      }
    }
  }
}

/** Carries the start failure past the catch-all for Redis errors. */
class StartFailed extends Error {
  constructor(cause: unknown) {
    super('start failed', { cause });
  }
}
