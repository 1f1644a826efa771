// The migration that makes the two privacy thresholds (/survey threshold in
// SurveySettings, /report threshold in ReportSettings.minAggregate) one
// setting per cohort (Cohort.smallestGroup): each cohort keeps the larger of
// the two values in effect, so nothing smaller is shown after it than before.
// The database is migrated up to the migration before, filled the old way,
// then migrated.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { readMigrations } from '../../src/db/migrate.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/db.ts';

const MIGRATION = '20261130103959_smallest_group_shown';

describe('migration: one smallest group shown per cohort', () => {
  let test: TestDatabase;
  let db: Database;
  const migrations = readMigrations();
  const at = migrations.findIndex((m) => m.name === MIGRATION);

  beforeAll(async () => {
    test = await openTestDatabase('postgres');
    db = test.db;
    for (const m of migrations.slice(0, at)) await db.exec(m.script);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('keeps the larger of the survey and report thresholds (an unset one counts as 5), never below 3', async () => {
    expect(at).toBeGreaterThan(0);
    await db.exec(
      `INSERT INTO "Chat" (id, platform, "platformChatId", kind, "updatedAt") VALUES ('chat', 'telegram', '-1', 'group', now())`,
    );
    const cohort = (id: string) =>
      db.exec(
        `INSERT INTO "Cohort" (id, "chatId", name, languages, themes, timezone, locale, "joinCode", "updatedAt")
         VALUES ('${id}', 'chat', '${id}', '{en}', '{}', 'UTC', 'en', 'code-${id}', now())`,
      );
    for (const id of ['none', 'survey3', 'survey8', 'report7', 'both', 'low']) await cohort(id);
    await db.exec(`INSERT INTO "SurveySettings" ("cohortId", threshold) VALUES
      ('survey3', 3), ('survey8', 8), ('both', 6), ('low', 1)`);
    await db.exec(`INSERT INTO "ReportSettings" ("cohortId", "minAggregate", "updatedAt") VALUES
      ('report7', 7, now()), ('both', 9, now())`);

    await db.exec(migrations[at]!.script);

    const rows = await db.query<{ id: string; smallestGroup: number }>(
      'SELECT id, "smallestGroup" FROM "Cohort" ORDER BY id',
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.smallestGroup]))).toEqual({
      none: 5,
      survey3: 5, // the reports' 5 was in effect too: nothing shrinks
      survey8: 8,
      report7: 7,
      both: 9,
      low: 5,
    });
    // The old places are gone: nothing can read a second threshold any more.
    const tables = await db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM information_schema.tables WHERE table_name = 'SurveySettings'`,
    );
    expect(tables[0]!.n).toBe('0');
    const columns = await db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM information_schema.columns WHERE table_name = 'ReportSettings' AND column_name = 'minAggregate'`,
    );
    expect(columns[0]!.n).toBe('0');
  });
});
