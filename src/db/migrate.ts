// Applies prisma/migrations at start, keeping Prisma Migrate's own books
// (`_prisma_migrations`, same table, same checksums, same lock), so that
// `prisma migrate status` and `prisma migrate deploy` agree with the bot.
//
// One difference, on purpose: each migration runs in a transaction together
// with its bookkeeping row. A migration that fails leaves nothing behind; its
// row records the error in `logs` and is marked rolled back (which is true),
// so the next start tries it again once the cause is fixed, where Prisma
// would wait for `prisma migrate resolve`.

import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OperatorError } from '../core/errors.ts';
import type { Database, DbLog, LockedConnection, SqlRunner } from './client.ts';

export const defaultMigrationsDir = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

/** Prisma's DDL for its bookkeeping table (schema engine, PostgreSQL flavour). */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export interface LocalMigration {
  name: string;
  script: string;
  /** sha256 hex of migration.sql's bytes, as Prisma computes it. */
  checksum: string;
}

export interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

export interface MigrationStatus {
  /** Local migrations the database has applied. */
  applied: string[];
  /** Local migrations not applied yet. */
  pending: string[];
  /** Applied migrations whose migration.sql changed since. */
  modified: string[];
  /** Migrations recorded as failed and not rolled back (by `prisma migrate deploy`, say): they block. */
  failed: string[];
  /** Applied migrations this code does not have (an older version of the bot runs?). */
  unknown: string[];
}

export class MigrationError extends OperatorError {
  readonly migrationName: string;
  constructor(migrationName: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
    this.migrationName = migrationName;
  }
}

/** Read `<dir>/<name>/migration.sql` in name order, as Prisma does. */
export function readMigrations(dir: string = defaultMigrationsDir): LocalMigration[] {
  if (!existsSync(dir)) throw new OperatorError(`no migrations folder at ${dir}`);
  const lock = path.join(dir, 'migration_lock.toml');
  if (existsSync(lock)) {
    const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lock, 'utf8'))?.[1];
    if (provider && provider !== 'postgresql') {
      throw new OperatorError(`the migrations in ${dir} are for ${provider}, not postgresql (migration_lock.toml)`);
    }
  }
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return names.map((name) => {
    const file = path.join(dir, name, 'migration.sql');
    if (!existsSync(file)) throw new MigrationError(name, `migration ${name} has no migration.sql (${file})`);
    const bytes = readFileSync(file);
    return { name, script: bytes.toString('utf8'), checksum: sha256(bytes) };
  });
}

/**
 * Apply the pending migrations under the migration lock; returns the names
 * applied by this call (none when another instance got there first).
 */
export async function applyMigrations(
  db: Database,
  migrationsDir: string = defaultMigrationsDir,
  log: DbLog = db.log,
): Promise<string[]> {
  const local = readMigrations(migrationsDir);
  return db.withLock(async (conn) => {
    await conn.exec(CREATE_MIGRATIONS_TABLE);
    const status = compare(local, await readRows(conn));
    warnAbout(status, log);
    if (status.failed.length > 0) {
      throw new MigrationError(
        status.failed[0]!,
        `migration ${status.failed.join(', ')} failed earlier and was not rolled back; ` +
          'check the database by hand, then mark it with `prisma migrate resolve --rolled-back <name>` ' +
          '(or --applied) so that the bot can continue',
      );
    }
    const applied: string[] = [];
    for (const migration of local.filter((m) => status.pending.includes(m.name))) {
      await applyOne(conn, migration, log);
      applied.push(migration.name);
    }
    if (applied.length > 0) log.info({ migrations: applied }, `applied ${applied.length} database migration(s)`);
    return applied;
  });
}

/** What `prisma migrate status` would say, without the lock and without changing anything. */
export async function migrationStatus(
  db: Database,
  migrationsDir: string = defaultMigrationsDir,
): Promise<MigrationStatus> {
  const local = readMigrations(migrationsDir);
  const [table] = await db.query<{ name: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS name`);
  return compare(local, table?.name ? await readRows(db) : []);
}

/**
 * One migration and its bookkeeping row in one transaction: either both are
 * there afterwards or neither is. A failure is then recorded on its own.
 */
async function applyOne(conn: LockedConnection, migration: LocalMigration, log: DbLog): Promise<void> {
  const id = randomUUID();
  const startedAt = new Date();
  try {
    await conn.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, 0)`,
        [id, migration.checksum, migration.name, startedAt],
      );
      await tx.exec(migration.script);
      await tx.query(
        'UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1',
        [id],
      );
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const logs = `cohort-bot: the migration failed and its transaction was rolled back.\n${describeSqlError(error)}`;
    await conn
      .query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, started_at, rolled_back_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, $5, clock_timestamp(), 0)`,
        [id, migration.checksum, migration.name, logs, startedAt],
      )
      .catch((recordError: unknown) =>
        log.error({ err: recordError, migration: migration.name }, 'could not record the failed migration'),
      );
    throw new MigrationError(
      migration.name,
      `database migration ${migration.name} failed and was rolled back: ${reason}. ` +
        'The bot cannot start on this database until it applies; fix the cause and start again.',
      { cause: error },
    );
  }
}

/** What PostgreSQL says, with its code and position, for the logs column. */
function describeSqlError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { code?: string; position?: string; detail?: string; hint?: string };
  return [
    e.message,
    e.code ? `SQLSTATE ${e.code}` : '',
    e.position ? `at character ${e.position}` : '',
    e.detail ? `detail: ${e.detail}` : '',
    e.hint ? `hint: ${e.hint}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function readRows(sql: SqlRunner): Promise<MigrationRow[]> {
  return sql.query<MigrationRow>(
    `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
     FROM _prisma_migrations ORDER BY started_at ASC`,
  );
}

function compare(local: LocalMigration[], rows: MigrationRow[]): MigrationStatus {
  // Rolled-back rows do not count, as in Prisma: the migration may be applied again.
  const live = rows.filter((row) => row.rolled_back_at === null);
  const done = new Map(live.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row]));
  const failed = live.filter((row) => row.finished_at === null).map((row) => row.migration_name);
  const localNames = new Set(local.map((m) => m.name));
  return {
    applied: local.filter((m) => done.has(m.name)).map((m) => m.name),
    pending: local.filter((m) => !done.has(m.name) && !failed.includes(m.name)).map((m) => m.name),
    modified: local.filter((m) => done.has(m.name) && !sameScript(m, done.get(m.name)!.checksum)).map((m) => m.name),
    failed: [...new Set(failed)],
    unknown: [...done.keys()].filter((name) => !localNames.has(name)),
  };
}

function warnAbout(status: MigrationStatus, log: DbLog): void {
  for (const name of status.modified) {
    log.warn({ migration: name }, `The migration ${name} was modified after it was applied.`);
  }
  if (status.unknown.length > 0) {
    log.warn(
      { migrations: status.unknown },
      'the database has migrations this version of the bot does not have: is an older version running?',
    );
  }
}

/** Prisma also accepts a script whose line endings changed (git's autocrlf). */
function sameScript(migration: LocalMigration, checksum: string): boolean {
  if (migration.checksum === checksum) return true;
  const lf = migration.script.replaceAll('\r\n', '\n');
  return sha256(lf) === checksum || sha256(lf.replaceAll('\n', '\r\n')) === checksum;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
