// A durable queue for inbound platform updates that arrive by webhook: the
// HTTP handler stores the update here before it answers 200, so a crash after
// the answer loses nothing, and the platform is answered fast (Telegram sends
// an update again when the answer is slow).
//
// Redis Streams rather than a BullMQ job per update (issue 18): a BullMQ job
// costs several round trips and one job runs at a time per partition, so the
// core never sees more than a handful of updates together. Here a reader takes
// up to `batchSize` updates per partition in one XREADGROUP and hands them to
// the core at once (one chat's in order, chats side by side), so the store
// answers many chats' lookups in one query (src/util/batched.ts); updates
// handled in the same turn of the event loop are acknowledged and deleted in
// one call. The next read does not wait for the slowest chat of the last one.
//
// - Order within a chat: updates are spread over `partitions` streams by their
//   order key (the chat). Each stream is read by one process at a time: the one
//   holding its lease (a Redis key renewed while the process lives). In that
//   process, a chat's updates run one after another, across reads.
// - Nothing lost: an entry is acknowledged only after it was handled. A process
//   killed mid-batch leaves its entries pending in the stream's consumer group;
//   whoever takes the partition next (its lease ran out) reads those first.
// - Handled once: the same update id queued twice while it waits is one entry
//   (a hash of waiting ids per partition), and the core de-duplicates by update
//   id, so an entry read again after a crash is skipped if it was handled.
// - A failing update is tried `attempts` times in place (its chat waits, so the
//   order holds; other chats go on; about a minute, so a database restarting
//   costs time, not the update; one the adapter cannot read at all at once),
//   then kept a day in a stream of failed
//   updates for operators. One whose holders died while handling it three times
//   (probably what kills them) is set aside there too, not tried a fourth time.
//
// The update itself (message text, names) is stored here: it cannot be rebuilt
// from an id. Entries are deleted as soon as they were handled.

import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { UnreadableUpdate } from '../core/errors.ts';
import { batched } from '../util/batched.ts';
import { type Entry, partitionOf, type Scripted, scripted, streamPairs, toEntry } from './inbound-streams.ts';
import { DEFAULT_PREFIX, type Log, type QueueConnection } from './queues.ts';

export interface InboundQueueOptions extends QueueConnection {
  /** Which platform's updates (part of the key names). */
  platform: string;
  log: Log;
  /** Streams read in parallel, by one process each (default 8). Changing it while updates wait may reorder those. */
  partitions?: number;
  /** Tries before an update is set aside (default 9: 1, 2, 4, 8 s, then every 10 s, about a minute). */
  attempts?: number;
  /** How long a process holds a partition without renewing it; a killed process's updates come back after this. */
  lockDurationMs?: number;
  /** How often a process renews its partitions and looks for free ones. */
  stalledIntervalMs?: number;
  /** First wait before an update that failed is tried again (doubled each time). */
  backoffMs?: number;
  /** Updates read per partition at a time (default 250). */
  batchSize?: number;
}

export type ProcessUpdate = (payload: unknown) => Promise<void>;

const GROUP = 'handlers';
/** One consumer name for every process: only the lease holder reads a stream, and a new holder inherits what was pending. */
const CONSUMER = 'holder';
/** Entries read at a time when looking for a person's updates. */
const DROP_PAGE = 200;
const FAILED_KEPT_MS = 24 * 3600_000;
/** An update handed out this many times without being acknowledged is set aside, not tried again. */
const MAX_DELIVERIES = 3;
/** How long the webhook waits for Redis to store an update before it answers "try again". */
const ENQUEUE_TIMEOUT_MS = 3000;
/** Tries of a failing update in place (a database restarting must cost time, not the update). */
const IN_PLACE_TRIES = 9;
/** How long a read waits for the previous read's updates to finish. */
const BATCH_WAIT_MS = 200;

export class InboundQueue {
  readonly #options: InboundQueueOptions;
  readonly #partitions: number;
  readonly #base: string;
  readonly #holder = `${process.pid}-${randomBytes(6).toString('hex')}`;
  /** Writes, leases and acknowledgements; auto-pipelined, so many webhook requests share a round trip. */
  #redis: Scripted | null = null;
  /** The blocking reads (XREADGROUP BLOCK holds its connection). */
  #reader: Redis | null = null;
  #ready: Promise<void> | null = null;
  #owned = new Set<number>();
  /** Partitions taken over since the last read: what the previous holder left pending comes first. */
  #fresh = new Set<number>();
  #claimTimer: NodeJS.Timeout | null = null;
  /** Where the history of a taken-over partition is read next. */
  readonly #historyFrom = new Map<number, string>();
  /** Entries read and not yet acknowledged, as "partition/stream id". */
  readonly #inHand = new Set<string>();
  /** The last update of each chat in hand: the next one of that chat runs after it. */
  readonly #chains = new Map<string, Promise<void>>();
  #roomWaiters: Array<() => void> = [];
  /** Entries handled in the same turn of the event loop are acknowledged together, per partition. */
  readonly #ack = batched<{ partition: number; entry: Entry }, void>(async (done) => {
    const byPartition = new Map<number, Entry[]>();
    for (const { partition, entry } of done) byPartition.set(partition, [...(byPartition.get(partition) ?? []), entry]);
    await Promise.all(
      [...byPartition].map(([partition, entries]) =>
        this.#client().inboundAck(
          this.#stream(partition),
          this.#ids(partition),
          GROUP,
          entries.length,
          ...entries.map((e) => e.streamId),
          ...entries.filter((e) => e.data !== null).map((e) => e.id),
        ),
      ),
    );
    return done.map(() => undefined);
  });
  #loop: Promise<void> | null = null;
  #stopping = false;
  #killed = false;
  #reading = false;

  constructor(options: InboundQueueOptions) {
    this.#options = options;
    this.#partitions = options.partitions ?? 8;
    this.#base = `${options.prefix ?? DEFAULT_PREFIX}:inbound:${options.platform}`;
  }

  /** Store one update; resolves once Redis has it. The same id twice is one entry (while the first waits). */
  async enqueue(id: string, orderKey: string, payload: unknown): Promise<void> {
    // Redis away: refuse at once (the webhook answers 500 and Telegram sends the update
    // again) rather than wait in ioredis's offline queue until Telegram gives up on us.
    if (this.#options.connection.status !== 'ready') throw new Error(`Redis is ${this.#options.connection.status}`);
    const stored = (async () => {
      await this.#setup();
      const partition = partitionOf(orderKey, this.#partitions);
      await this.#client().inboundEnqueue(
        this.#stream(partition),
        this.#ids(partition),
        id,
        orderKey,
        JSON.stringify(payload),
      );
    })();
    // Redis lost while this one was on its way: the command waits for the reconnection. Refuse
    // after a while; if it is stored later after all, Telegram's new copy is the same update id
    // (one entry while it waits, and the core skips an id it handled).
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Redis did not store the update in time')), ENQUEUE_TIMEOUT_MS);
    });
    stored.catch(() => {}); // a late failure after the refusal is not an unhandled rejection
    try {
      await Promise.race([stored, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Start reading: updates go to `process`, each chat's in order, chats side by side. */
  async start(process: ProcessUpdate): Promise<void> {
    await this.#setup();
    this.#stopping = false;
    this.#killed = false;
    this.#reader = this.#options.connection.duplicate();
    await this.#claim();
    const every = Math.min(this.#options.stalledIntervalMs ?? 10_000, this.#leaseMs() / 3);
    this.#claimTimer = setInterval(() => {
      this.#claim().catch((err) => this.#options.log.warn({ err: String(err) }, 'inbound: renewing partitions failed'));
    }, every);
    this.#loop = this.#run(process).catch((err) => {
      if (!this.#stopping) this.#options.log.error({ err: String(err) }, 'inbound reader stopped');
    });
  }

  /** Stop taking updates; the batch in hand is finished and acknowledged first, then the partitions are given back. */
  async stop(): Promise<void> {
    if (!this.#loop) return;
    this.#stopping = true;
    if (this.#claimTimer) clearInterval(this.#claimTimer);
    if (this.#reading) this.#reader?.disconnect();
    for (const wake of this.#roomWaiters.splice(0)) wake();
    await this.#loop;
    this.#loop = null;
    this.#reader?.disconnect();
    this.#reader = null;
    const leases = [...this.#owned].map((p) => this.#lease(p));
    this.#owned.clear();
    if (leases.length) await this.#client().inboundRelease(leases.length, ...leases, this.#holder);
  }

  /** Stop at once, as a killed process would: nothing in hand is acknowledged, the leases run out on their own. */
  async kill(): Promise<void> {
    if (!this.#loop) return;
    this.#killed = true;
    this.#stopping = true;
    if (this.#claimTimer) clearInterval(this.#claimTimer);
    this.#reader?.disconnect();
    this.#reader = null;
    this.#owned.clear();
    this.#loop = null;
    this.#chains.clear();
    this.#inHand.clear();
    for (const wake of this.#roomWaiters.splice(0)) wake();
  }

  /** Close the connections (after stop). */
  async close(): Promise<void> {
    await this.stop();
    this.#reader?.disconnect();
    const redis = this.#redis;
    this.#redis = null;
    this.#ready = null;
    await redis?.quit().catch(() => {});
  }

  /**
   * Remove the updates not handled yet, or kept after failing, whose payload
   * `match`es (/forgetme: a person's updates hold their name and text). A
   * batch in hand is left to finish.
   */
  async drop(match: (payload: unknown) => boolean): Promise<number> {
    await this.#setup();
    const redis = this.#client();
    let dropped = 0;
    const streams = [
      ...Array.from({ length: this.#partitions }, (_, p) => ({ stream: this.#stream(p), ids: this.#ids(p) })),
      { stream: this.#failed(), ids: null },
    ];
    for (const { stream, ids } of streams) {
      let from = '-';
      for (;;) {
        const page = (await redis.xrange(stream, from, '+', 'COUNT', DROP_PAGE)).map(toEntry);
        for (const entry of page) {
          if (entry.data === null || !match(JSON.parse(entry.data))) continue;
          dropped += await redis.xdel(stream, entry.streamId);
          if (ids) await redis.hdel(ids, entry.id);
        }
        if (page.length < DROP_PAGE) break;
        from = `(${page.at(-1)!.streamId}`;
      }
    }
    return dropped;
  }

  /** Updates waiting or in hand, across partitions. */
  async backlog(): Promise<number> {
    await this.#setup();
    const redis = this.#client();
    const lengths = await Promise.all(Array.from({ length: this.#partitions }, (_, p) => redis.xlen(this.#stream(p))));
    return lengths.reduce((a, b) => a + b, 0);
  }

  async #run(process: ProcessUpdate): Promise<void> {
    let failures = 0;
    while (!this.#stopping) {
      try {
        await this.#turn(process);
        failures = 0;
      } catch (err) {
        if (this.#stopping) break;
        // Redis away for a while: what was read stays pending and is read again.
        failures++;
        this.#options.log.warn({ err: String(err) }, 'inbound: reading updates failed; trying again');
        await sleep(Math.min(10_000, 200 * 2 ** Math.min(failures, 6)));
      }
    }
    // Stopping: the updates in hand are finished and acknowledged (a kill abandons them).
    await Promise.all(this.#chains.values());
  }

  /** One read: its updates join their chats' chains; the next read does not wait for them (only for room). */
  async #turn(process: ProcessUpdate): Promise<void> {
    const owned = [...this.#owned].sort((a, b) => a - b);
    if (owned.length === 0) {
      await sleep(Math.min(this.#options.stalledIntervalMs ?? 10_000, 1000));
      return;
    }
    // The next read waits for the last one's updates (the longer the wait, the bigger the batch
    // and the fewer queries per update), but at most a moment: a chat whose update is being
    // tried again must not hold the others. And never more than a few batches in hand.
    const limit = (this.#options.batchSize ?? 250) * 4;
    if (this.#inHand.size > 0) {
      let waited = false;
      const moment = sleep(BATCH_WAIT_MS).then(() => {
        waited = true;
      });
      while (!this.#stopping && (this.#inHand.size >= limit || (this.#inHand.size > 0 && !waited))) {
        await Promise.race(this.#inHand.size >= limit ? [this.#roomMade()] : [this.#roomMade(), moment]);
      }
    }
    const batch = await this.#read(owned);
    if (this.#killed) return;
    // The first of a chat's entries in a read was the one running when a holder died (the others waited behind it).
    const heads = new Set<string>();
    for (const [partition, entries] of batch) {
      for (const entry of entries) {
        const head = entry.data !== null && !heads.has(entry.key);
        heads.add(entry.key);
        // Stream ids are per stream; one read again after a lease was lost and won back is in hand already.
        const handle = `${partition}/${entry.streamId}`;
        if (this.#inHand.has(handle)) continue;
        this.#inHand.add(handle);
        // One chat's updates one after another, across reads; chats side by side.
        const key = entry.data === null ? `dropped:${handle}` : entry.key;
        const tail = (this.#chains.get(key) ?? Promise.resolve())
          .then(async () => {
            if (this.#killed) return;
            if (head && entry.deliveries > MAX_DELIVERIES) {
              // Its holders died while handling it, again and again: probably what kills them.
              this.#options.log.error({ id: entry.id, deliveries: entry.deliveries }, 'inbound update set aside');
              await this.#setAside(entry, `its handler died ${entry.deliveries - 1} times`);
            } else if (entry.data !== null) await this.#handleOne(entry, process);
            if (this.#killed) return;
            await this.#ack({ partition, entry });
          })
          .catch((err) => this.#options.log.error({ id: entry.id, err: String(err) }, 'inbound: acknowledging failed'))
          .finally(() => {
            this.#inHand.delete(handle);
            if (this.#chains.get(key) === tail) this.#chains.delete(key);
            for (const wake of this.#roomWaiters.splice(0)) wake();
          });
        this.#chains.set(key, tail);
      }
    }
  }

  #roomMade(): Promise<void> {
    return new Promise((resolve) => this.#roomWaiters.push(resolve));
  }

  /** Up to batchSize entries of each owned partition: first what a previous holder left pending, then new ones. */
  async #read(owned: number[]): Promise<Map<number, Entry[]>> {
    const count = this.#options.batchSize ?? 250;
    const fresh = owned.filter((p) => this.#fresh.has(p));
    const parts = fresh.length ? fresh : owned;
    const streams = parts.map((p) => this.#stream(p));
    // History (pending entries) is read from after the last one read, so none comes twice.
    const ids = parts.map((p) => (fresh.length ? (this.#historyFrom.get(p) ?? '0') : '>'));
    const block = fresh.length ? [] : ['BLOCK', Math.min(1000, Math.floor(this.#leaseMs() / 3))];
    if (this.#stopping) return new Map();
    this.#reading = true;
    let reply: unknown[] | null;
    try {
      reply = (await this.#reader!.call(
        'XREADGROUP',
        'GROUP',
        GROUP,
        CONSUMER,
        'COUNT',
        count,
        ...block,
        'STREAMS',
        ...streams,
        ...ids,
      )) as typeof reply;
    } catch (err) {
      if (this.#stopping) return new Map();
      // NOGROUP: the stream was deleted (a flushed Redis); it is made again before the next read.
      if (String(err).includes('NOGROUP')) this.#ready = null;
      await this.#setup();
      throw err;
    } finally {
      this.#reading = false;
    }
    const batch = new Map<number, Entry[]>();
    for (const [stream, raw] of streamPairs(reply ?? [])) {
      const partition = Number(stream.slice(stream.lastIndexOf(':') + 1));
      if (raw.length > 0) batch.set(partition, raw.map(toEntry));
    }
    for (const p of fresh) {
      const entries = batch.get(p);
      if (entries?.length) {
        this.#historyFrom.set(p, entries.at(-1)!.streamId);
        await this.#countDeliveries(p, entries);
      } else {
        this.#fresh.delete(p);
        this.#historyFrom.delete(p);
      }
    }
    return batch;
  }

  /** How often Redis handed out each of a dead holder's entries (XPENDING; reading history counts too). */
  async #countDeliveries(partition: number, entries: Entry[]): Promise<void> {
    const pending = (await this.#client().xpending(
      this.#stream(partition),
      GROUP,
      entries[0]!.streamId,
      entries.at(-1)!.streamId,
      entries.length,
    )) as Array<[string, string, number, number]>;
    const counts = new Map(pending.map(([id, , , deliveries]) => [id, Number(deliveries)]));
    for (const entry of entries) entry.deliveries = counts.get(entry.streamId) ?? 1;
  }

  async #handleOne(entry: Entry, process: ProcessUpdate): Promise<void> {
    const attempts = this.#options.attempts ?? IN_PLACE_TRIES;
    const payload = JSON.parse(entry.data!);
    for (let attempt = 1; ; attempt++) {
      try {
        await process(payload);
        return;
      } catch (err) {
        if (this.#killed) return;
        if (attempt >= attempts || err instanceof UnreadableUpdate) {
          this.#options.log.error({ id: entry.id, err: String(err) }, 'inbound update failed for good');
          await this.#setAside(entry, String(err));
          return;
        }
        this.#options.log.warn({ id: entry.id, err: String(err), attempt }, 'inbound update failed; trying again');
        await sleep(Math.min((this.#options.backoffMs ?? 1000) * 2 ** (attempt - 1), 10_000));
      }
    }
  }

  /** Keep an update that cannot be handled a day in the failed stream (for operators; /forgetme drops it). */
  async #setAside(entry: Entry, error: string): Promise<void> {
    const since = Date.now() - FAILED_KEPT_MS;
    await this.#client().xadd(
      this.#failed(),
      'MINID',
      '~',
      String(since),
      '*',
      'id',
      entry.id,
      'key',
      entry.key,
      'data',
      entry.data!,
      'error',
      error.slice(0, 500),
    );
  }

  /** Renew the partitions held, take free ones. */
  async #claim(): Promise<void> {
    if (this.#stopping) return;
    const leases = Array.from({ length: this.#partitions }, (_, p) => this.#lease(p));
    const held = await this.#client().inboundClaim(leases.length, ...leases, this.#holder, this.#leaseMs());
    if (this.#stopping) return;
    for (const [p, isHeld] of held.entries()) {
      if (isHeld && !this.#owned.has(p)) this.#fresh.add(p);
      if (isHeld) this.#owned.add(p);
      else {
        this.#owned.delete(p);
        this.#fresh.delete(p);
      }
    }
  }

  #client(): Scripted {
    this.#redis ??= scripted(this.#options.connection.duplicate({ enableAutoPipelining: true }));
    return this.#redis;
  }

  #setup(): Promise<void> {
    this.#ready ??= (async () => {
      const redis = this.#client();
      for (let p = 0; p < this.#partitions; p++) {
        await redis.xgroup('CREATE', this.#stream(p), GROUP, '0', 'MKSTREAM').catch((err: Error) => {
          if (!String(err).includes('BUSYGROUP')) throw err;
        });
      }
    })();
    return this.#ready;
  }

  #leaseMs(): number {
    return this.#options.lockDurationMs ?? 30_000;
  }
  #stream(partition: number): string {
    return `${this.#base}:${partition}`;
  }
  #ids(partition: number): string {
    return `${this.#base}:${partition}:ids`;
  }
  #lease(partition: number): string {
    return `${this.#base}:${partition}:lease`;
  }
  #failed(): string {
    return `${this.#base}:failed`;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { partitionOf };

export function createInboundQueue(options: InboundQueueOptions): InboundQueue {
  return new InboundQueue(options);
}
