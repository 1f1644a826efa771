// Fresh databases for tests: PGlite in memory, or a throwaway PostgreSQL
// database (cohort_test_<random>) created through the admin URL and dropped
// by close(). Set TEST_DATABASE_URL to use another server than the local one.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../../src/core/store.ts';
import { type Database, type DbLog, openDatabase, silentLog } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createPrismaStore } from '../../src/db/store.ts';

export const databaseKinds = ['pglite', 'postgres'] as const;
export type TestDatabaseKind = (typeof databaseKinds)[number];

export const adminUrl = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  db: Database;
  /** The PostgreSQL URL of this database (to open a second client on it); undefined on PGlite. */
  url: string | undefined;
  /** Another client on the same database (PostgreSQL only): for tests of two processes at once. */
  openAnother(log?: DbLog): Promise<Database>;
  close(): Promise<void>;
}

/** An empty database, not migrated. */
export async function openTestDatabase(kind: TestDatabaseKind, log: DbLog = silentLog): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://', log });
    return {
      db,
      url: undefined,
      openAnother: () => Promise.reject(new Error('PGlite is single-process: there is no second client')),
      close: () => db.close(),
    };
  }
  const name = `cohort_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const others: Database[] = [];
  let db: Database;
  try {
    db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', log });
  } catch (error) {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  return {
    db,
    url: url.toString(),
    async openAnother(otherLog = log) {
      const other = await openDatabase({ databaseUrl: url.toString(), dataDir: '', log: otherLog });
      others.push(other);
      return other;
    },
    async close() {
      await Promise.allSettled([db.close(), ...others.map((o) => o.close())]);
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** A fresh, migrated database and a store on it. */
export async function openTestStore(
  kind: TestDatabaseKind,
): Promise<{ store: Store; db: Database; close: () => Promise<void> }> {
  const test = await openTestDatabase(kind);
  try {
    await applyMigrations(test.db);
  } catch (error) {
    await test.close();
    throw error;
  }
  // close() drops the database, which also ends the store's connections.
  return { store: createPrismaStore(test.db), db: test.db, close: () => test.close() };
}

/** One statement on the admin connection (CREATE / DROP DATABASE). */
export async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
