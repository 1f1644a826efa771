// Where a person still shows: every row of every table of the test database
// (the tables come from information_schema, so a table added later is
// searched too), and every key and value under a test's Redis prefix. Used by
// the /forgetme tests, which search before (to prove the search finds them)
// and after (to prove nothing is left).

import type { Redis } from 'ioredis';
import type { Database } from '../../src/db/client.ts';

export interface Trace {
  /** "Table" for a row, "redis" for a key. */
  where: string;
  term: string;
  /** The row (as JSON) or the key and its value, cut short. */
  sample: string;
}

/** The tables of the database's current schema, from information_schema. */
export async function tablesOf(db: Database): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
    ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

/**
 * Every row of every table, each whole row as JSON text (so every column,
 * whatever its type: text, arrays, json), searched for each term.
 */
export async function databaseTraces(db: Database, terms: readonly string[]): Promise<Trace[]> {
  const traces: Trace[] = [];
  for (const table of await tablesOf(db)) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    const rows = await db.prisma.$queryRawUnsafe<Array<{ row: string }>>(
      `SELECT row_to_json(t)::text AS row FROM ${quoted} AS t`,
    );
    for (const { row } of rows) {
      for (const term of terms) {
        if (row.includes(term)) traces.push({ where: table, term, sample: row.slice(0, 300) });
      }
    }
  }
  return traces;
}

/** Every key under `prefix` and its whole value, whatever the type, searched for each term. */
export async function redisTraces(redis: Redis, prefix: string, terms: readonly string[]): Promise<Trace[]> {
  const traces: Trace[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      const text = `${key} ${await readKey(redis, key)}`;
      for (const term of terms) {
        if (text.includes(term)) traces.push({ where: 'redis', term, sample: text.slice(0, 300) });
      }
    }
  } while (cursor !== '0');
  return traces;
}

/** How many keys are under `prefix` (to show that the search had something to search). */
export async function redisKeyCount(redis: Redis, prefix: string): Promise<number> {
  let count = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    count += keys.length;
  } while (cursor !== '0');
  return count;
}

async function readKey(redis: Redis, key: string): Promise<string> {
  const type = await redis.type(key);
  switch (type) {
    case 'string':
      return (await redis.get(key)) ?? '';
    case 'hash':
      return JSON.stringify(await redis.hgetall(key));
    case 'list':
      return JSON.stringify(await redis.lrange(key, 0, -1));
    case 'set':
      return JSON.stringify(await redis.smembers(key));
    case 'zset':
      return JSON.stringify(await redis.zrange(key, '0', '-1', 'WITHSCORES'));
    case 'stream':
      return JSON.stringify(await redis.xrange(key, '-', '+'));
    default:
      return '';
  }
}

/** Where the traces are, one line each (for a failure message). */
export function describeTraces(traces: readonly Trace[]): string {
  return traces.map((t) => `${t.where}: "${t.term}" in ${t.sample}`).join('\n');
}
