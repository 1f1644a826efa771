// The migration that takes back the coordinator role creating a cohort used to
// store (docs/privacy.md, "Roles"): rows made the old way, through the
// repositories as the old code made them, then the migration's SQL.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortContext, Store } from '../../src/core/store.ts';
import type { Database } from '../../src/db/client.ts';
import { defaultMigrationsDir } from '../../src/db/migrate.ts';
import { openTestStore } from '../helpers/db.ts';

const MIGRATION = '20261130045300_creator_role_from_admin';
const sql = readFileSync(path.join(defaultMigrationsDir, MIGRATION, 'migration.sql'), 'utf8');

const context: CohortContext = {
  name: 'Cohort',
  languages: ['en'],
  region: null,
  themes: [],
  timezone: 'UTC',
  locale: 'en',
};

describe('migration: creators are coordinators as admins, not by a stored role', () => {
  let store: Store;
  let db: Database;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ store, db, close } = await openTestStore('postgres'));
  });
  afterAll(async () => {
    await close?.();
  });

  const uid = () => randomUUID().slice(0, 8);
  const person = () =>
    store.accounts.upsert({ platform: 'telegram', platformUserId: uid(), displayName: 'P', username: null });
  const group = () => store.chats.upsert({ platform: 'telegram', platformChatId: `-100${uid()}`, kind: 'group' });

  /** What the old /cohort create did: the cohort, its creator as a stored coordinator, the audit entry. */
  async function createdTheOldWay(chatId: string, creatorId: string, threadId = '') {
    const cohort = await store.cohorts.create({ ...context, chatId, threadId });
    const membership = await store.memberships.join(cohort.id, creatorId, 'coordinator');
    await store.audit.record({
      action: 'cohort.create',
      details: { cohortId: cohort.id },
      actorAccountId: creatorId,
      cohortId: cohort.id,
      chatId,
    });
    return { cohort, membership };
  }

  /** What /role did. */
  async function grant(cohortId: string, chatId: string, by: string, membershipId: string, from: string, to: string) {
    await store.memberships.update(membershipId, { role: to as 'coordinator' });
    await store.audit.record({
      action: 'member.role',
      details: { membershipId, from, to },
      actorAccountId: by,
      cohortId,
      chatId,
    });
  }

  const roleOf = async (membershipId: string) =>
    (await db.query<{ role: string }>('SELECT role FROM "Membership" WHERE id = $1', [membershipId]))[0]!.role;

  it('makes a creator whose role came only from creating the cohort a member, and leaves every grant', async () => {
    const chat = await group();
    const [creator, granted, regranted, plain] = await Promise.all([person(), person(), person(), person()]);

    // Created the cohort: the stored role came from that alone.
    const { cohort, membership: creatorRow } = await createdTheOldWay(chat.id, creator.id);
    // Granted with /role by the creator.
    const grantedRow = await store.memberships.join(cohort.id, granted.id);
    await grant(cohort.id, chat.id, creator.id, grantedRow.id, 'member', 'coordinator');
    const plainRow = await store.memberships.join(cohort.id, plain.id);

    // Created another cohort, and was later given the role again with /role (a grant stands).
    const other = await createdTheOldWay((await group()).id, regranted.id);
    await grant(other.cohort.id, other.cohort.chatId, regranted.id, other.membership.id, 'coordinator', 'member');
    await grant(other.cohort.id, other.cohort.chatId, regranted.id, other.membership.id, 'member', 'coordinator');

    // A forum topic's cohort created by someone who coordinates the chat's cohort by a grant.
    const topic = await createdTheOldWay(chat.id, granted.id, '42');

    // No audit entry for how the role came: left as it is.
    const unknown = await person();
    const bare = await store.cohorts.create({ ...context, chatId: (await group()).id, threadId: '' });
    const unknownRow = await store.memberships.join(bare.id, unknown.id, 'coordinator');

    await db.exec(sql);

    expect(await roleOf(creatorRow.id)).toBe('member');
    expect(await roleOf(grantedRow.id)).toBe('coordinator');
    expect(await roleOf(plainRow.id)).toBe('member');
    expect(await roleOf(other.membership.id)).toBe('coordinator');
    expect(await roleOf(topic.membership.id)).toBe('coordinator');
    expect(await roleOf(unknownRow.id)).toBe('coordinator');

    // Running it again changes nothing more.
    await db.exec(sql);
    expect(await roleOf(grantedRow.id)).toBe('coordinator');
  });
});
