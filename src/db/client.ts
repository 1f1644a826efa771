// Opens the bot's database: embedded PGlite in a data folder when no
// DATABASE_URL is set, PostgreSQL through node-postgres otherwise. Both give a
// Prisma client plus the few raw-SQL tools the migrator needs.

import { mkdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { PGlite, Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { OperatorError } from '../core/errors.ts';
import { redactUrl } from '../util/redact-url.ts';
import { FolderInUse, lockFolder } from './folder-lock.ts';
import { PrismaClient } from './generated/client.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** The slice of a pino logger the database layer uses. */
export interface DbLog {
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

export const silentLog: DbLog = { info() {}, warn() {}, error() {} };

/** Raw SQL on one connection (or the pool). */
export interface SqlRunner {
  /** Run a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** One statement with $1, $2... parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The connection that holds the migration lock. */
export interface LockedConnection extends SqlRunner {
  /** Run `work` in a transaction on this connection; rolled back when it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

export interface Database extends SqlRunner {
  prisma: PrismaClient;
  kind: DatabaseKind;
  log: DbLog;
  /**
   * Run `fn` holding the migration lock: a PostgreSQL session advisory lock on a
   * dedicated connection (the key Prisma Migrate uses, so `prisma migrate deploy`
   * and the bot never migrate at the same time); an in-process mutex on PGlite,
   * which only one process can open.
   */
  withLock<T>(fn: (conn: LockedConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgresql://... ; absent or empty: embedded PGlite in dataDir. */
  databaseUrl?: string | undefined;
  /** PGlite's data folder (created when missing), or 'memory://' for a throwaway database. */
  dataDir: string;
  log: DbLog;
  /** PostgreSQL statement_timeout for the pool's connections (default 30 s). */
  statementTimeoutMs?: number;
  /** How long to wait for another instance's migration lock (default 5 min). */
  lockWaitMs?: number;
}

/** Prisma Migrate's advisory lock key (schema engine: `SELECT pg_advisory_lock(72707369)`). */
export const MIGRATION_LOCK_KEY = 72707369;

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPGlite(options);
}

// ---------------------------------------------------------------- PGlite

/**
 * What PGlite reserves. Its PostgreSQL runs in a WebAssembly memory of its own
 * (128 MiB to start, the least its build accepts, growing to 2 GiB) with
 * PostgreSQL's defaults, among them 128 MB of shared buffers, filled as tables
 * are read: every page the buffers touch stays in the process's RSS
 * (bench/memory.ts: 147 MiB in that one mapping at 1,000 cohorts), while the
 * bot's working set is a few MB. 8 MB of buffers keep the hot rows; the rest
 * is read from the data folder through the OS cache, which the kernel can
 * give back. (16 MB were all touched by the start-up of a bot with 1,000
 * cohorts: the WebAssembly memory held 29 MiB at idle, 19 MiB with 8 MB.)
 * Other settings that bound memory (work_mem, temp_buffers, wal_buffers,
 * maintenance_work_mem) take memory only while used and changed nothing
 * measurable at idle.
 */
const PGLITE_SETTINGS = ['-c', 'shared_buffers=8MB'];

/**
 * PGlite's code is PostgreSQL compiled to WebAssembly, which V8 first runs with
 * its baseline compiler (Liftoff) and recompiles with its optimizing one
 * (TurboFan) once a function is hot. One function makes that a start-up peak:
 * the SQL parser (`raw_parser`, 100 KB of WebAssembly, Bison's state machine),
 * hot after the first few statements, took TurboFan 1.2 s and **600 MB** of
 * compiler memory (`--trace-wasm-compilation-times`): the embedded bot peaked
 * at 750-820 MiB (VmHWM) a few seconds after start whatever else it did, and
 * kept 50-90 MiB of it at idle (malloc does not give all of it back). Liftoff
 * alone used as much CPU for the bot's queries (bench/RESULTS.md, 2026-11-30,
 * branch w6-pglite). `--wasm-tier-up-filter=0` lets only the function with
 * index 0 of a module be optimized (in PGlite's module that index is an import:
 * none is); unlike `--liftoff-only`, V8 honours it when set at run time. It is
 * process-wide (V8 has no per-module switch) and set only when the embedded
 * database is opened: on PostgreSQL nothing changes.
 */
function baselineWebAssemblyOnly(): void {
  setFlagsFromString('--wasm-tier-up-filter=0');
}

async function openPGlite({ dataDir, log }: OpenDatabaseOptions): Promise<Database> {
  baselineWebAssemblyOnly();
  // Loaded here, not at the top: a bot on PostgreSQL never holds PGlite's code (bench/memory.ts).
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('pglite-prisma-adapter'),
  ]);
  const inMemory = dataDir.startsWith('memory://');
  let pglite: PGlite;
  let unlock = () => {};
  try {
    if (!inMemory) {
      mkdirSync(dataDir, { recursive: true });
      unlock = lockFolder(dataDir);
    }
    pglite = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
  } catch (error) {
    unlock();
    if (error instanceof FolderInUse) throw error;
    throw new OperatorError(`cannot open the embedded database in ${dataDir}: ${reasonOf(error)}`, { cause: error });
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const runner = pgliteRunner(pglite);
  let queue: Promise<unknown> = Promise.resolve();
  const locked: LockedConnection = {
    ...runner,
    transaction: (work) => pglite.transaction((tx) => work(pgliteRunner(tx))),
  };
  return {
    ...runner,
    prisma,
    kind: 'pglite',
    log,
    withLock(fn) {
      // A promise chain is the mutex: each caller runs after the previous one settles.
      const run = queue.then(() => fn(locked));
      queue = run.catch(() => undefined);
      return run;
    },
    close: once(async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      unlock();
    }),
  };
}

function pgliteRunner(client: PGlite | PGliteTransaction): SqlRunner {
  return {
    async exec(sql) {
      await client.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query<T>(sql, params)).rows;
    },
  };
}

// ---------------------------------------------------------------- PostgreSQL

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const { log } = options;
  const where = redactUrl(url);
  const schema = schemaParam(url);
  const base: pg.ClientConfig = {
    connectionString: url,
    // Without these, pg waits forever for a server that does not answer.
    connectionTimeoutMillis: 5000,
    // Notice a vanished server within a minute rather than the OS default of two hours.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: 'cohort-bot',
    // A process that dies inside a transaction must not hold its locks for long.
    idle_in_transaction_session_timeout: 60_000,
    // Prisma's ?schema= convention: raw SQL and the migrations table live there too.
    // (In startup options, spaces separate arguments unless escaped with a backslash.)
    ...(schema ? { options: `-c search_path=${quoteIdent(schema).replace(/[\\\s]/g, (c) => `\\${c}`)}` } : {}),
  };
  const statementTimeout = options.statementTimeoutMs ?? 30_000;
  const pool = new pg.Pool({
    ...base,
    idleTimeoutMillis: 30_000,
    max: 10,
    // Server side: PostgreSQL cancels a statement that runs too long...
    statement_timeout: statementTimeout,
    // ...client side: a query on a half-open connection does not wait forever either.
    query_timeout: statementTimeout + 5_000,
  });
  // An idle client that loses its server emits 'error' on the pool; unhandled, it would crash the process.
  pool.on('error', (error) => log.warn({ err: error, db: where }, 'PostgreSQL connection lost; the pool reconnects'));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw connectionError(where, error);
  }

  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) });
  const lockWaitMs = options.lockWaitMs ?? 5 * 60_000;
  return {
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    prisma,
    kind: 'postgres',
    log,
    async withLock(fn) {
      // A connection of its own, outside the pool and without a statement
      // timeout: migrations may run long, and the lock must outlive no query.
      const client = new pg.Client(base);
      client.on('error', (error) => log.warn({ err: error }, 'migration lock connection lost'));
      try {
        await client.connect();
      } catch (error) {
        throw connectionError(where, error);
      }
      try {
        await acquireLock(client, lockWaitMs, log);
        try {
          // As Prisma Migrate does: the schema named in the URL is created before migrating into it.
          if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
          return await fn(pgLocked(client));
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
        }
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    close: once(async () => {
      await prisma.$disconnect();
      await pool.end();
    }),
  };
}

async function acquireLock(client: pg.Client, waitMs: number, log: DbLog): Promise<void> {
  const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [MIGRATION_LOCK_KEY]);
  if (rows[0]?.ok) return;
  log.info({ waitMs }, 'another instance is migrating the database; waiting for it');
  await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(waitMs))}`);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') {
      throw new OperatorError(
        `waited ${Math.round(waitMs / 1000)} s for the migration lock (pg_advisory_lock(${MIGRATION_LOCK_KEY})) ` +
          'held by another instance or a `prisma migrate` run; if none is running, look for the session in pg_locks',
        { cause: error },
      );
    }
    throw error;
  } finally {
    await client.query('RESET lock_timeout').catch(() => undefined);
  }
}

function pgLocked(client: pg.Client): LockedConnection {
  const runner: SqlRunner = {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
  };
  return {
    ...runner,
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work(runner);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
  };
}

/** close() may be called by the store and by its owner: the second call waits for the first. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= fn();
    return done;
  };
}

// ---------------------------------------------------------------- errors

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function schemaParam(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('schema') ?? undefined;
  } catch {
    return undefined;
  }
}

function connectionError(where: string, error: unknown): OperatorError {
  return new OperatorError(`cannot reach PostgreSQL at ${where}: ${reasonOf(error)}`, { cause: error });
}

/** A readable reason, also for Node's AggregateError (every address refused) whose message is empty. */
export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  if (error.message) return error.message;
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map((e) => reasonOf(e)))].join('; ');
  }
  return typeof code === 'string' ? code : error.name;
}
