// `prisma migrate status` and `prisma migrate deploy` agree with what the bot
// applies, checked with Prisma's own schema engine (WASM build, see
// prisma-engine.ts) against real PostgreSQL databases.

import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, defaultMigrationsDir, migrationStatus, readMigrations } from '../../src/db/migrate.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { engineUnavailable, openPrismaEngine, type PrismaEngine } from './prisma-engine.ts';

const shipped = readMigrations(defaultMigrationsDir).map((m) => m.name);
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<{ test: TestDatabase; prisma: PrismaEngine; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-migrations-'));
  cpSync(defaultMigrationsDir, dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const test = await openTestDatabase('postgres');
  cleanups.push(() => test.close());
  const prisma = await openPrismaEngine(test.url!);
  cleanups.push(() => prisma.close());
  return { test, prisma, dir };
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

let unavailable: string | null = null;
beforeAll(() => {
  unavailable = engineUnavailable();
  if (unavailable) console.warn(`Prisma agreement tests skipped: ${unavailable}`);
}, 180_000);

describe('Prisma Migrate agrees with the bot (PostgreSQL, Prisma schema engine)', () => {
  it('sees the migrations the bot applied as applied, unmodified, none failed', async (ctx) => {
    if (unavailable) ctx.skip();
    const { test, prisma, dir } = await setup();
    await applyMigrations(test.db, dir);
    expect(await prisma.status(dir)).toEqual({
      history: null,
      failedMigrationNames: [],
      editedMigrationNames: [],
      hasMigrationsTable: true,
    });
    // And `migrate deploy` finds nothing left to do.
    expect(await prisma.deploy(dir)).toEqual([]);
  });

  it('reports the same pending and modified migrations as the bot', async (ctx) => {
    if (unavailable) ctx.skip();
    const { test, prisma, dir } = await setup();
    await applyMigrations(test.db, dir);
    addMigration(dir, '29991231000000_add_note', 'ALTER TABLE "Chat" ADD COLUMN "note" TEXT;\n');
    appendFileSync(path.join(dir, shipped[0]!, 'migration.sql'), '\n-- edited afterwards\n');

    const ours = await migrationStatus(test.db, dir);
    const theirs = await prisma.status(dir);
    expect(ours).toMatchObject({ pending: ['29991231000000_add_note'], modified: [shipped[0]] });
    expect(theirs.history).toEqual({ diagnostic: 'databaseIsBehind', unappliedMigrationNames: ours.pending });
    expect(theirs.editedMigrationNames).toEqual(ours.modified);
    expect(theirs.failedMigrationNames).toEqual([]);
  });

  it('treats a migration that failed under the bot as not applied, as the bot does, and deploys it once fixed', async (ctx) => {
    if (unavailable) ctx.skip();
    const { test, prisma, dir } = await setup();
    await applyMigrations(test.db, dir);
    const name = '29991231000000_broken';
    addMigration(dir, name, 'SELECT * FROM "NoSuchTable";\n');
    await expect(applyMigrations(test.db, dir)).rejects.toThrow(name);

    const theirs = await prisma.status(dir);
    expect(theirs.failedMigrationNames).toEqual([]);
    expect(theirs.history).toEqual({ diagnostic: 'databaseIsBehind', unappliedMigrationNames: [name] });
    expect((await migrationStatus(test.db, dir)).pending).toEqual([name]);

    writeFileSync(path.join(dir, name, 'migration.sql'), 'CREATE TABLE "Fixed" ("id" INTEGER);\n');
    expect(await prisma.deploy(dir)).toEqual([name]);
    await prisma.close();
    expect(await migrationStatus(test.db, dir)).toMatchObject({ applied: [...shipped, name], pending: [], failed: [] });
    expect(await applyMigrations(test.db, dir)).toEqual([]);
  });

  it('recognises what `prisma migrate deploy` applied: the bot applies nothing twice', async (ctx) => {
    if (unavailable) ctx.skip();
    const { test, prisma, dir } = await setup();
    expect(await prisma.deploy(defaultMigrationsDir)).toEqual(shipped);
    await prisma.close();
    expect(await migrationStatus(test.db, dir)).toMatchObject({
      applied: shipped,
      pending: [],
      modified: [],
      failed: [],
    });
    addMigration(dir, '29991231000000_add_note', 'ALTER TABLE "Chat" ADD COLUMN "note" TEXT;\n');
    expect(await applyMigrations(test.db, dir)).toEqual(['29991231000000_add_note']);
    const again = await openPrismaEngine(test.url!);
    cleanups.push(() => again.close());
    expect((await again.status(dir)).history).toBeNull();
  });

  it('waits while `prisma migrate deploy` holds the migration lock, then finds its work done', async (ctx) => {
    if (unavailable) ctx.skip();
    const { test, prisma } = await setup();
    expect(await prisma.deploy(defaultMigrationsDir)).toEqual(shipped);
    // The engine, like the CLI until it exits, still holds pg_advisory_lock(72707369).
    const lines: string[] = [];
    const log = { info: (_: object, msg: string) => lines.push(msg), warn() {}, error() {} };
    const bot = await test.openAnother(log);
    const applying = applyMigrations(bot, defaultMigrationsDir);
    await waitFor('the bot to wait for the lock', () =>
      lines.some((line) => /another instance is migrating/.test(line)),
    );
    await prisma.close();
    expect(await applying).toEqual([]);
  });

  it('sees a failure recorded by Prisma as failed, and the bot refuses to continue past it', async (ctx) => {
    if (unavailable) ctx.skip();
    const { test, prisma, dir } = await setup();
    await applyMigrations(test.db, dir);
    const name = '29991231000000_broken';
    addMigration(dir, name, 'SELECT * FROM "NoSuchTable";\n');
    await expect(prisma.deploy(dir)).rejects.toThrow();

    expect((await prisma.status(dir)).failedMigrationNames).toEqual([name]);
    expect((await migrationStatus(test.db, dir)).failed).toEqual([name]);
    await expect(applyMigrations(test.db, dir)).rejects.toThrow(/failed earlier and was not rolled back/);
  });
});
