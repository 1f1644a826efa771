// The Redis side of the inbound queue (src/jobs/inbound-queue.ts): its Lua
// scripts (each one round trip, atomic), how an order key picks a partition,
// and stream replies read into entries.

import type { Redis } from 'ioredis';

export interface Entry {
  streamId: string;
  /** Times Redis handed it out (more than 1: read again after its holder died). */
  deliveries: number;
  id: string;
  key: string;
  data: string | null;
}

// KEYS: stream, ids hash. ARGV: update id, order key, payload. Adds unless the id waits already.
const ENQUEUE = `
if redis.call('HSETNX', KEYS[2], ARGV[1], '1') == 0 then return 0 end
redis.call('XADD', KEYS[1], '*', 'id', ARGV[1], 'key', ARGV[2], 'data', ARGV[3])
return 1`;

// KEYS: lease keys. ARGV: holder, lease ms. Renews ours, takes free ones; 1 per lease held.
const CLAIM = `
local held = {}
for i, key in ipairs(KEYS) do
  local holder = redis.call('GET', key)
  if holder == ARGV[1] then
    redis.call('PEXPIRE', key, ARGV[2])
    held[i] = 1
  elseif not holder then
    redis.call('SET', key, ARGV[1], 'PX', ARGV[2])
    held[i] = 1
  else
    held[i] = 0
  end
end
return held`;

// KEYS: lease keys. ARGV: holder. Gives back the leases still ours.
const RELEASE = `
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then redis.call('DEL', key) end
end
return 0`;

// KEYS: stream, ids hash. ARGV: group, n, n stream ids, then update ids. Acknowledges and forgets a batch.
const ACK = `
local n = tonumber(ARGV[2])
local entries = {unpack(ARGV, 3, 2 + n)}
redis.call('XACK', KEYS[1], ARGV[1], unpack(entries))
redis.call('XDEL', KEYS[1], unpack(entries))
if #ARGV > 2 + n then redis.call('HDEL', KEYS[2], unpack(ARGV, 3 + n)) end
return n`;

export type Scripted = Redis & {
  inboundEnqueue(stream: string, ids: string, id: string, key: string, data: string): Promise<number>;
  inboundClaim(count: number, ...args: Array<string | number>): Promise<number[]>;
  inboundRelease(count: number, ...args: string[]): Promise<number>;
  inboundAck(stream: string, ids: string, group: string, ...args: Array<string | number>): Promise<number>;
};

export function scripted(redis: Redis): Scripted {
  redis.defineCommand('inboundEnqueue', { numberOfKeys: 2, lua: ENQUEUE });
  redis.defineCommand('inboundClaim', { lua: CLAIM });
  redis.defineCommand('inboundRelease', { lua: RELEASE });
  redis.defineCommand('inboundAck', { numberOfKeys: 2, lua: ACK });
  return redis as Scripted;
}

/** The partition of an order key (FNV-1a: cheap, stable across processes). */
export function partitionOf(orderKey: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < orderKey.length; i++) {
    hash ^= orderKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}

type RawEntry = [string, string[] | null];

/** XREADGROUP's answer as [stream, entries] pairs (ioredis's call() gives them flat: stream, entries, stream, ...). */
export function streamPairs(reply: unknown[]): Array<[string, RawEntry[]]> {
  if (typeof reply[0] !== 'string') return reply as Array<[string, RawEntry[]]>;
  const pairs: Array<[string, RawEntry[]]> = [];
  for (let i = 0; i < reply.length; i += 2) pairs.push([reply[i] as string, reply[i + 1] as RawEntry[]]);
  return pairs;
}

export function toEntry([streamId, fields]: RawEntry): Entry {
  const entry: Entry = { streamId, deliveries: 1, id: '', key: '', data: null };
  for (let i = 0; fields && i < fields.length; i += 2) {
    const value = fields[i + 1]!;
    if (fields[i] === 'id') entry.id = value;
    else if (fields[i] === 'key') entry.key = value;
    else if (fields[i] === 'data') entry.data = value;
  }
  return entry;
}
