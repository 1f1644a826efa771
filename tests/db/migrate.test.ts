// The bot applies prisma/migrations itself, keeping Prisma Migrate's books.
// Same cases on PGlite and PostgreSQL; the two-processes case on PostgreSQL.

import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbLog } from '../../src/db/client.ts';
import {
  applyMigrations,
  defaultMigrationsDir,
  MigrationError,
  migrationStatus,
  readMigrations,
} from '../../src/db/migrate.ts';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../helpers/db.ts';

const shipped = readMigrations(defaultMigrationsDir).map((m) => m.name);

/** A copy of prisma/migrations that a test may change. */
function migrationsCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-migrations-'));
  cpSync(defaultMigrationsDir, dir, { recursive: true });
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

function recordingLog(): DbLog & { lines: Array<{ level: string; msg: string; obj: Record<string, unknown> }> } {
  const lines: Array<{ level: string; msg: string; obj: Record<string, unknown> }> = [];
  return {
    lines,
    info: (obj, msg) => lines.push({ level: 'info', msg, obj }),
    warn: (obj, msg) => lines.push({ level: 'warn', msg, obj }),
    error: (obj, msg) => lines.push({ level: 'error', msg, obj }),
  };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fresh(kind: (typeof databaseKinds)[number], log?: DbLog): Promise<TestDatabase> {
  const test = await openTestDatabase(kind, log);
  cleanups.push(() => test.close());
  return test;
}

interface Row {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
  applied_steps_count: number;
}

describe.each(databaseKinds)('migrations on %s', (kind) => {
  it('applies every migration to an empty database, and nothing the second time', async () => {
    const { db } = await fresh(kind);
    expect(shipped.length).toBeGreaterThan(0);
    expect(await applyMigrations(db)).toEqual(shipped);
    expect(await applyMigrations(db)).toEqual([]);

    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['Account', 'Chat', 'Cohort', 'Membership', 'Delivery', '_prisma_migrations']),
    );
    const rows = await db.query<Row>('SELECT * FROM _prisma_migrations');
    expect(rows).toHaveLength(shipped.length);
    expect(await migrationStatus(db)).toEqual({
      applied: shipped,
      pending: [],
      modified: [],
      failed: [],
      unknown: [],
    });
  });

  it('keeps _prisma_migrations exactly as Prisma Migrate does', async () => {
    const { db } = await fresh(kind);
    await applyMigrations(db);

    const columns = await db.query<{
      column_name: string;
      data_type: string;
      character_maximum_length: number | null;
      is_nullable: string;
      column_default: string | null;
    }>(
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
       FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      {
        column_name: 'id',
        data_type: 'character varying',
        character_maximum_length: 36,
        is_nullable: 'NO',
        column_default: null,
      },
      {
        column_name: 'checksum',
        data_type: 'character varying',
        character_maximum_length: 64,
        is_nullable: 'NO',
        column_default: null,
      },
      {
        column_name: 'finished_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'migration_name',
        data_type: 'character varying',
        character_maximum_length: 255,
        is_nullable: 'NO',
        column_default: null,
      },
      {
        column_name: 'logs',
        data_type: 'text',
        character_maximum_length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'rolled_back_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'started_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'NO',
        column_default: 'now()',
      },
      {
        column_name: 'applied_steps_count',
        data_type: 'integer',
        character_maximum_length: null,
        is_nullable: 'NO',
        column_default: '0',
      },
    ]);
    const [pk] = await db.query<{ column_name: string }>(
      `SELECT kcu.column_name FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
       WHERE tc.table_name = '_prisma_migrations' AND tc.constraint_type = 'PRIMARY KEY'`,
    );
    expect(pk?.column_name).toBe('id');

    const rows = await db.query<Row>('SELECT * FROM _prisma_migrations ORDER BY started_at');
    for (const [i, name] of shipped.entries()) {
      const row = rows[i]!;
      const file = readFileSync(path.join(defaultMigrationsDir, name, 'migration.sql'));
      expect(row.migration_name).toBe(name);
      expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it('applies only the new migration when one is added, and lists it as pending before', async () => {
    const dir = migrationsCopy();
    const { db } = await fresh(kind);
    await applyMigrations(db, dir);
    addMigration(dir, '29991231000000_add_note', 'ALTER TABLE "Chat" ADD COLUMN "note" TEXT;\n');

    const before = await migrationStatus(db, dir);
    expect(before.pending).toEqual(['29991231000000_add_note']);
    expect(before.applied).toEqual(shipped);

    expect(await applyMigrations(db, dir)).toEqual(['29991231000000_add_note']);
    const [column] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'Chat' AND column_name = 'note'`,
    );
    expect(column?.n).toBe(1);
    expect((await migrationStatus(db, dir)).pending).toEqual([]);
  });

  it('reports a migration whose file changed after it was applied, and applies nothing', async () => {
    const dir = migrationsCopy();
    const { db } = await fresh(kind);
    await applyMigrations(db, dir);
    appendFileSync(path.join(dir, shipped[0]!, 'migration.sql'), '\n-- edited afterwards\n');

    expect(await migrationStatus(db, dir)).toMatchObject({ modified: [shipped[0]], pending: [] });
    const log = recordingLog();
    expect(await applyMigrations(db, dir, log)).toEqual([]);
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: `The migration ${shipped[0]} was modified after it was applied.` }),
    );
  });

  it('does not count a change of line endings as a modification (git autocrlf)', async () => {
    const dir = migrationsCopy();
    const { db } = await fresh(kind);
    await applyMigrations(db, dir);
    const file = path.join(dir, shipped[0]!, 'migration.sql');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('\n', '\r\n'));
    expect((await migrationStatus(db, dir)).modified).toEqual([]);
  });

  it('stops on a failing migration with a clear error, leaves nothing of it, and retries it after the fix', async () => {
    const dir = migrationsCopy();
    const { db } = await fresh(kind);
    await applyMigrations(db, dir);
    const name = '29991231000000_broken';
    addMigration(dir, name, 'CREATE TABLE "Half" ("id" INTEGER);\nSELECT * FROM "NoSuchTable";\n');

    const failure = await applyMigrations(db, dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migrationName).toBe(name);
    expect((failure as Error).message).toContain(`database migration ${name} failed and was rolled back`);
    expect((failure as Error).message).toContain('NoSuchTable');

    // The transaction was rolled back: the first statement left nothing.
    const [half] = await db.query<{ t: string | null }>(`SELECT to_regclass('"Half"')::text AS t`);
    expect(half?.t).toBeNull();
    const [row] = await db.query<Row>('SELECT * FROM _prisma_migrations WHERE migration_name = $1', [name]);
    expect(row?.finished_at).toBeNull();
    expect(row?.rolled_back_at).toBeInstanceOf(Date);
    expect(row?.logs).toContain('NoSuchTable');
    expect(await migrationStatus(db, dir)).toMatchObject({ pending: [name], failed: [] });

    writeFileSync(path.join(dir, name, 'migration.sql'), 'CREATE TABLE "Half" ("id" INTEGER);\n');
    expect(await applyMigrations(db, dir)).toEqual([name]);
    const [again] = await db.query<{ t: string | null }>(`SELECT to_regclass('"Half"')::text AS t`);
    expect(again?.t).toBe('"Half"');
    expect(await migrationStatus(db, dir)).toMatchObject({ applied: [...shipped, name], pending: [], failed: [] });
  });

  it('refuses to go on past a failed migration that was not rolled back (as prisma migrate deploy does)', async () => {
    const dir = migrationsCopy();
    const { db } = await fresh(kind);
    await applyMigrations(db, dir);
    const name = '29991231000000_half_done';
    addMigration(dir, name, 'CREATE TABLE "Later" ("id" INTEGER);\n');
    // What Prisma records when a migration fails under `prisma migrate deploy`.
    await db.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', 'x', $1, 'boom', now(), 0)`,
      [name],
    );
    expect(await migrationStatus(db, dir)).toMatchObject({ failed: [name], pending: [] });
    await expect(applyMigrations(db, dir)).rejects.toThrow(/failed earlier and was not rolled back.*migrate resolve/);
    const [later] = await db.query<{ t: string | null }>(`SELECT to_regclass('"Later"')::text AS t`);
    expect(later?.t).toBeNull();
  });

  it('warns about applied migrations that this version does not have', async () => {
    const dir = migrationsCopy();
    const { db } = await fresh(kind);
    addMigration(dir, '29991231000000_newer', 'SELECT 1;\n');
    await applyMigrations(db, dir);
    const log = recordingLog();
    expect(await applyMigrations(db, defaultMigrationsDir, log)).toEqual([]);
    expect((await migrationStatus(db)).unknown).toEqual(['29991231000000_newer']);
    expect(log.lines.some((l) => l.level === 'warn' && /older version/.test(l.msg))).toBe(true);
  });
});

describe('migrations on postgres, two processes at once', () => {
  it('applies each migration once while the other waits for the lock', async () => {
    const dir = migrationsCopy();
    // A slow migration keeps the lock long enough for the second process to meet it.
    addMigration(dir, '29991231000000_slow', 'SELECT pg_sleep(0.7);\nCREATE TABLE "Slow" ("id" INTEGER);\n');
    const first = await fresh('postgres');
    const secondLog = recordingLog();
    const second = await first.openAnother(secondLog);
    const third = await first.openAnother(secondLog);

    const results = await Promise.all([
      applyMigrations(first.db, dir),
      applyMigrations(second, dir, secondLog),
      applyMigrations(third, dir, secondLog),
    ]);

    const all = [...shipped, '29991231000000_slow'];
    expect(results.flat().sort()).toEqual(all);
    expect(results.filter((r) => r.length > 0)).toHaveLength(1);
    const rows = await first.db.query<Row>('SELECT * FROM _prisma_migrations');
    expect(rows.map((r) => r.migration_name).sort()).toEqual(all);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(secondLog.lines.some((l) => /another instance is migrating/.test(l.msg))).toBe(true);
  });

  it('holds Prisma Migrate\u2019s advisory lock while migrating', async () => {
    const { db, openAnother } = await fresh('postgres');
    const other = await openAnother();
    const seen = await db.withLock(async () =>
      other.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(72707369) AS ok'),
    );
    expect(seen[0]?.ok).toBe(false);
    // Released afterwards: another session gets it at once.
    const after = await other.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(72707369) AS ok');
    expect(after[0]?.ok).toBe(true);
  });
});
