// The repositories as the features see them, on PGlite and on PostgreSQL.
// One database per kind for the file; every test makes its own people and chats.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CohortContext, CohortSlotTaken, type Store } from '../../src/core/store.ts';
import type { Database } from '../../src/db/client.ts';
import { databaseKinds, openTestStore } from '../helpers/db.ts';

const context: CohortContext = {
  name: 'Wiki Loves Earth organisers',
  languages: ['en', 'ar'],
  region: 'MENA',
  themes: ['photography'],
  timezone: 'Africa/Cairo',
  locale: 'ar',
};

describe.each(databaseKinds)('store on %s', (kind) => {
  let store: Store;
  let db: Database;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ store, db, close } = await openTestStore(kind));
  });
  afterAll(async () => {
    await close?.();
  });

  const uid = () => randomUUID().slice(0, 8);
  const person = (name = 'Amina', username: string | null = null) =>
    store.accounts.upsert({ platform: 'telegram', platformUserId: uid(), displayName: name, username });
  const group = () => store.chats.upsert({ platform: 'telegram', platformChatId: `-100${uid()}`, kind: 'group' });
  const cohortIn = async (threadId = '') => store.cohorts.create({ ...context, chatId: (await group()).id, threadId });

  describe('adapter state', () => {
    it('keeps, replaces and forgets an adapter value', async () => {
      const key = `matrix:sync-${uid()}`;
      expect(await store.adapterState.get(key)).toBeNull();
      await store.adapterState.set(key, 's1_batch');
      await store.adapterState.set(key, 's2_batch');
      expect(await store.adapterState.get(key)).toBe('s2_batch');
      await store.adapterState.delete(key);
      expect(await store.adapterState.get(key)).toBeNull();
    });

    it('deletes by prefix, taking % and _ in the prefix literally', async () => {
      const room = `!r_${uid()}%:example.org`;
      const keys = [`matrix:buttons:${room}/$a`, `matrix:buttons:${room}/$b`];
      const other = `matrix:buttons:${room.replace('_', 'x')}/$c`;
      for (const key of [...keys, other]) await store.adapterState.set(key, '["t"]');
      await store.adapterState.deletePrefix(`matrix:buttons:${room}/`);
      for (const key of keys) expect(await store.adapterState.get(key)).toBeNull();
      expect(await store.adapterState.get(other)).toBe('["t"]');
    });
  });

  describe('accounts', () => {
    it('creates an account once and refreshes its name, username and language hint', async () => {
      const platformUserId = uid();
      const first = await store.accounts.upsert({
        platform: 'telegram',
        platformUserId,
        displayName: 'Amina',
        username: 'amina',
        localeHint: 'ar',
      });
      await store.accounts.update(first.id, { locale: 'fr', timezone: 'Europe/Paris' });
      const second = await store.accounts.upsert({
        platform: 'telegram',
        platformUserId,
        displayName: 'Amina K.',
        username: null,
        localeHint: 'en',
      });
      expect(second.id).toBe(first.id);
      expect(second).toMatchObject({ displayName: 'Amina K.', username: null, localeHint: 'en' });
      // What the person chose stays.
      expect(second).toMatchObject({ locale: 'fr', timezone: 'Europe/Paris' });
      expect(await store.accounts.byPlatformId('telegram', platformUserId)).toEqual(second);
      expect(await store.accounts.byPlatformId('matrix', platformUserId)).toBeNull();
    });

    it('keeps the username when the platform does not say (undefined)', async () => {
      const platformUserId = uid();
      await store.accounts.upsert({ platform: 'telegram', platformUserId, displayName: 'Bo', username: 'bo_1' });
      const kept = await store.accounts.upsert({ platform: 'telegram', platformUserId, displayName: 'Bo' });
      expect(kept.username).toBe('bo_1');
    });

    it('finds someone by @username whatever the case, on their platform only', async () => {
      const name = `Nadia_${uid()}`;
      const nadia = await person('Nadia', name);
      expect((await store.accounts.byUsername('telegram', name.toUpperCase()))?.id).toBe(nadia.id);
      expect((await store.accounts.byUsername('telegram', `@${name.toLowerCase()}`))?.id).toBe(nadia.id);
      expect(await store.accounts.byUsername('matrix', name)).toBeNull();
      // "_" is not a wildcard and a prefix is not a match.
      expect(await store.accounts.byUsername('telegram', name.replace('_', 'x'))).toBeNull();
      expect(await store.accounts.byUsername('telegram', name.slice(0, -1))).toBeNull();
      expect(await store.accounts.byUsername('telegram', '')).toBeNull();
    });

    it('marks and clears unreachable', async () => {
      const a = await person();
      const at = new Date('2026-01-02T03:04:05.678Z');
      expect((await store.accounts.update(a.id, { unreachableAt: at })).unreachableAt).toEqual(at);
      expect((await store.accounts.update(a.id, { unreachableAt: null })).unreachableAt).toBeNull();
    });
  });

  describe('chats', () => {
    it('upserts by platform id and marks a chat unreachable', async () => {
      const platformChatId = `-100${uid()}`;
      const chat = await store.chats.upsert({ platform: 'telegram', platformChatId, kind: 'group', title: 'Old' });
      const renamed = await store.chats.upsert({ platform: 'telegram', platformChatId, kind: 'group', title: 'New' });
      expect(renamed.id).toBe(chat.id);
      expect(renamed.title).toBe('New');
      const at = new Date('2026-03-01T00:00:00.000Z');
      await store.chats.markUnreachable(chat.id, at);
      expect((await store.chats.byId(chat.id))?.unreachableAt).toEqual(at);
      await store.chats.markUnreachable(chat.id, null);
      expect((await store.chats.byPlatformId('telegram', platformChatId))?.unreachableAt).toBeNull();
    });

    it('moves a group to its supergroup id keeping its row and cohorts, also when the new id was seen first', async () => {
      const cohort = await cohortIn();
      const chat = (await store.chats.byId(cohort.chatId))!;
      const newId = `-100${uid()}`;
      await store.chats.upsert({ platform: 'telegram', platformChatId: newId, kind: 'group' });

      await store.chats.movePlatformId('telegram', chat.platformChatId, newId);
      const moved = await store.chats.byPlatformId('telegram', newId);
      expect(moved?.id).toBe(chat.id);
      expect(await store.chats.byPlatformId('telegram', chat.platformChatId)).toBeNull();
      expect((await store.cohorts.liveFor(chat.id, ''))?.id).toBe(cohort.id);
      // A retried job moves nothing twice.
      await store.chats.movePlatformId('telegram', chat.platformChatId, newId);
      expect((await store.chats.byPlatformId('telegram', newId))?.id).toBe(chat.id);
    });
  });

  describe('cohorts', () => {
    it('allows one live cohort per chat and per topic, and a new one once it is archived', async () => {
      const chat = await group();
      const first = await store.cohorts.create({ ...context, chatId: chat.id, threadId: '' });
      await expect(store.cohorts.create({ ...context, name: 'Again', chatId: chat.id, threadId: '' })).rejects.toThrow(
        CohortSlotTaken,
      );
      const topic = await store.cohorts.create({ ...context, chatId: chat.id, threadId: '42' });
      expect(topic.id).not.toBe(first.id);
      expect((await store.cohorts.liveFor(chat.id, ''))?.id).toBe(first.id);
      expect((await store.cohorts.liveFor(chat.id, '42'))?.id).toBe(topic.id);

      const at = new Date('2026-06-30T12:00:00.000Z');
      const archived = await store.cohorts.archive(first.id, at);
      expect(archived).toMatchObject({ status: 'archived', archivedAt: at });
      expect(await store.cohorts.liveFor(chat.id, '')).toBeNull();

      const next = await store.cohorts.create({ ...context, name: 'Second round', chatId: chat.id, threadId: '' });
      expect((await store.cohorts.liveFor(chat.id, ''))?.id).toBe(next.id);
      // The archived one is still there, with its history.
      expect((await store.cohorts.byId(first.id))?.status).toBe('archived');
    });

    it('lets exactly one of two simultaneous creations in the same slot win', async () => {
      const chat = await group();
      const results = await Promise.allSettled([
        store.cohorts.create({ ...context, chatId: chat.id, threadId: '' }),
        store.cohorts.create({ ...context, chatId: chat.id, threadId: '' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(CohortSlotTaken);
    });

    it('stores its context faithfully and gives it a url-safe join code', async () => {
      const cohort = await cohortIn('7');
      expect(cohort).toMatchObject({
        ...context,
        threadId: '7',
        status: 'active',
        pausedUntil: null,
        archivedAt: null,
      });
      expect(cohort.joinCode).toMatch(/^[A-Za-z0-9]{10}$/);
      expect(await store.cohorts.byJoinCode(cohort.joinCode)).toEqual(cohort);
      expect(await store.cohorts.byJoinCode('nope')).toBeNull();
      const codes = new Set([cohort.joinCode]);
      for (let i = 0; i < 5; i++) codes.add((await cohortIn()).joinCode);
      expect(codes.size).toBe(6);
    });

    it('updates context and pauses without giving up the slot', async () => {
      const cohort = await cohortIn();
      const until = new Date('2026-08-01T00:00:00.000Z');
      const paused = await store.cohorts.update(cohort.id, {
        status: 'paused',
        pausedUntil: until,
        languages: ['fr'],
        region: null,
      });
      expect(paused).toMatchObject({ status: 'paused', pausedUntil: until, languages: ['fr'], region: null });
      expect((await store.cohorts.liveFor(cohort.chatId, ''))?.id).toBe(cohort.id);
      await expect(store.cohorts.create({ ...context, chatId: cohort.chatId, threadId: '' })).rejects.toThrow(
        CohortSlotTaken,
      );
    });

    it('frees the slot when archived through update, and takes it back only if free', async () => {
      const cohort = await cohortIn();
      await store.cohorts.update(cohort.id, { status: 'archived' });
      expect(await store.cohorts.liveFor(cohort.chatId, '')).toBeNull();
      const back = await store.cohorts.update(cohort.id, { status: 'active' });
      expect(back).toMatchObject({ status: 'active', archivedAt: null });
      expect((await store.cohorts.liveFor(cohort.chatId, ''))?.id).toBe(cohort.id);

      await store.cohorts.archive(cohort.id, new Date());
      await store.cohorts.create({ ...context, chatId: cohort.chatId, threadId: '' });
      await expect(store.cohorts.update(cohort.id, { status: 'active' })).rejects.toThrow(CohortSlotTaken);
    });
  });

  describe('memberships', () => {
    it('keeps the profile when someone leaves and joins again', async () => {
      const cohort = await cohortIn();
      const amina = await person('Amina');
      const joined = await store.memberships.join(cohort.id, amina.id);
      expect(joined).toMatchObject({ role: 'member', status: 'active', mentoringCapacity: 0, wantsMentor: false });

      await store.memberships.update(joined.id, {
        languages: ['ar', 'fr'],
        topics: ['licensing'],
        region: 'Maghreb',
        timezone: 'Africa/Algiers',
        mentoringCapacity: 2,
        wantsMentor: true,
        about: 'Photographer',
      });
      await store.memberships.update(joined.id, { status: 'left' });
      expect((await store.memberships.get(cohort.id, amina.id))?.status).toBe('left');

      const back = await store.memberships.join(cohort.id, amina.id);
      expect(back).toMatchObject({
        id: joined.id,
        status: 'active',
        role: 'member',
        languages: ['ar', 'fr'],
        topics: ['licensing'],
        region: 'Maghreb',
        timezone: 'Africa/Algiers',
        mentoringCapacity: 2,
        wantsMentor: true,
        about: 'Photographer',
      });
    });

    it('joining twice, even at once, makes one membership; a role given is applied', async () => {
      const cohort = await cohortIn();
      const a = await person();
      const [one, two] = await Promise.all([
        store.memberships.join(cohort.id, a.id),
        store.memberships.join(cohort.id, a.id),
      ]);
      expect(one.id).toBe(two.id);
      const mentor = await store.memberships.join(cohort.id, a.id, 'mentor');
      expect(mentor).toMatchObject({ id: one.id, role: 'mentor' });
      // Joining again without a role keeps the one they have.
      expect((await store.memberships.join(cohort.id, a.id)).role).toBe('mentor');
      expect(await store.memberships.list(cohort.id)).toHaveLength(1);
    });

    it('lists members with their accounts, filtered by status, and a person\u2019s cohorts', async () => {
      const cohort = await cohortIn();
      const other = await cohortIn();
      const a = await person('A');
      const b = await person('B');
      const c = await person('C');
      await store.memberships.join(cohort.id, a.id, 'coordinator');
      const mb = await store.memberships.join(cohort.id, b.id);
      const mc = await store.memberships.join(cohort.id, c.id);
      await store.memberships.update(mb.id, { status: 'paused' });
      await store.memberships.update(mc.id, { status: 'left' });
      await store.memberships.join(other.id, a.id);

      const all = await store.memberships.list(cohort.id);
      expect(all.map((m) => m.account.displayName).sort()).toEqual(['A', 'B', 'C']);
      const present = await store.memberships.list(cohort.id, { status: ['active', 'paused'] });
      expect(present.map((m) => m.account.displayName).sort()).toEqual(['A', 'B']);
      expect(present.find((m) => m.accountId === a.id)?.account).toEqual(await store.accounts.byId(a.id));

      const mine = await store.memberships.forAccount(a.id);
      expect(mine.map((m) => m.cohort.id).sort()).toEqual([cohort.id, other.id].sort());
      expect(mine.find((m) => m.cohortId === cohort.id)?.role).toBe('coordinator');
      expect(mine[0]?.cohort).toEqual(await store.cohorts.byId(mine[0]!.cohortId));
    });
  });

  describe('forget', () => {
    it('removes everything on the person, keeps other members and the audit trail without their name', async () => {
      const cohort = await cohortIn();
      const leaver = await person('Leaver');
      const stayer = await person('Stayer');
      await store.memberships.join(cohort.id, leaver.id, 'coordinator');
      await store.memberships.join(cohort.id, stayer.id);
      const mine = `tok-${uid()}`;
      const theirs = `tok-${uid()}`;
      const expiresAt = new Date(Date.now() + 3_600_000);
      await store.actionTokens.create({
        id: mine,
        kind: 'forgetme.confirm',
        accountId: leaver.id,
        chatId: null,
        payload: {},
        expiresAt,
      });
      await store.actionTokens.create({
        id: theirs,
        kind: 'pair.accept',
        accountId: stayer.id,
        chatId: null,
        payload: {},
        expiresAt,
      });
      const dmKey = `dm-${uid()}`;
      const otherKey = `dm-${uid()}`;
      await store.deliveries.open({
        idempotencyKey: dmKey,
        platform: 'telegram',
        platformChatId: '1',
        recipientAccountId: leaver.id,
        message: { html: 'hi' },
      });
      await store.deliveries.open({
        idempotencyKey: otherKey,
        platform: 'telegram',
        platformChatId: '2',
        recipientAccountId: stayer.id,
        message: { html: 'hi' },
      });
      await store.audit.record({
        cohortId: cohort.id,
        chatId: cohort.chatId,
        actorAccountId: leaver.id,
        action: 'cohort.create',
        details: { name: 'x' },
      });
      await store.audit.record({
        cohortId: cohort.id,
        chatId: cohort.chatId,
        actorAccountId: stayer.id,
        action: 'checkin.answer',
        details: {},
      });

      await store.accounts.forget(leaver.id);

      expect(await store.accounts.byId(leaver.id)).toBeNull();
      expect(await store.memberships.get(cohort.id, leaver.id)).toBeNull();
      expect(await store.memberships.forAccount(leaver.id)).toEqual([]);
      expect(await store.actionTokens.byId(mine)).toBeNull();
      expect(await store.deliveries.get(dmKey)).toBeNull();
      expect(await store.audit.list({ actorAccountId: leaver.id })).toEqual([]);

      const trail = await store.audit.list({ cohortId: cohort.id });
      expect(trail.map((e) => [e.action, e.actorAccountId]).sort()).toEqual([
        ['checkin.answer', stayer.id],
        ['cohort.create', null],
      ]);
      expect(trail.find((e) => e.action === 'cohort.create')?.details).toEqual({ name: 'x' });

      expect(await store.accounts.byId(stayer.id)).not.toBeNull();
      expect((await store.memberships.list(cohort.id)).map((m) => m.accountId)).toEqual([stayer.id]);
      expect(await store.actionTokens.byId(theirs)).not.toBeNull();
      expect(await store.deliveries.get(otherKey)).not.toBeNull();
      expect(await store.cohorts.byId(cohort.id)).not.toBeNull();
    });

    it('forgetting someone unknown, or twice, is harmless', async () => {
      const a = await person();
      await store.accounts.forget(a.id);
      await expect(store.accounts.forget(a.id)).resolves.toBeUndefined();
    });
  });

  describe('audit', () => {
    it('lists newest first, filtered, limited', async () => {
      const cohort = await cohortIn();
      const actor = await person();
      for (const action of ['one', 'two', 'three']) {
        await store.audit.record({
          cohortId: cohort.id,
          chatId: null,
          actorAccountId: actor.id,
          action,
          details: { action },
        });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const entries = await store.audit.list({ cohortId: cohort.id });
      expect(entries.map((e) => e.action)).toEqual(['three', 'two', 'one']);
      expect(entries[0]).toMatchObject({
        cohortId: cohort.id,
        chatId: null,
        actorAccountId: actor.id,
        details: { action: 'three' },
      });
      expect((await store.audit.list({ cohortId: cohort.id, limit: 2 })).map((e) => e.action)).toEqual([
        'three',
        'two',
      ]);
      expect(await store.audit.list({ actorAccountId: actor.id })).toHaveLength(3);
    });
  });

  describe('action tokens', () => {
    it('keeps its payload and is consumed once, even by two presses at once', async () => {
      const id = `t${uid()}`;
      const expiresAt = new Date('2030-01-01T00:00:00.000Z');
      const token = await store.actionTokens.create({
        id,
        kind: 'pair.accept',
        accountId: null,
        chatId: 'c1',
        payload: { pairingId: 'p1', choices: [1, 2], nested: { ok: true } },
        expiresAt,
      });
      expect(token).toEqual({
        id,
        kind: 'pair.accept',
        accountId: null,
        chatId: 'c1',
        payload: { pairingId: 'p1', choices: [1, 2], nested: { ok: true } },
        expiresAt,
        usedAt: null,
      });
      const at = new Date('2026-05-05T05:05:05.005Z');
      const presses = await Promise.all([store.actionTokens.consume(id, at), store.actionTokens.consume(id, at)]);
      expect(presses.filter(Boolean)).toHaveLength(1);
      expect(await store.actionTokens.consume(id, new Date())).toBe(false);
      expect((await store.actionTokens.byId(id))?.usedAt).toEqual(at);
      expect(await store.actionTokens.consume('no-such-token', at)).toBe(false);
    });
  });

  describe('deliveries', () => {
    it('opens a row once: a retried job gets the stored row back, not its own', async () => {
      const key = `k-${uid()}`;
      const first = await store.deliveries.open({
        idempotencyKey: key,
        platform: 'telegram',
        platformChatId: '-1001',
        threadId: '5',
        message: { html: '<b>Check-in</b>', buttons: [[{ label: 'Yes', data: 't1:yes' }]] },
      });
      expect(first).toMatchObject({
        status: 'pending',
        attempts: 0,
        threadId: '5',
        recipientAccountId: null,
        sentAt: null,
      });
      expect(first.message).toEqual({ html: '<b>Check-in</b>', buttons: [[{ label: 'Yes', data: 't1:yes' }]] });
      const again = await store.deliveries.open({
        idempotencyKey: key,
        platform: 'telegram',
        platformChatId: 'other',
        message: { html: 'changed' },
      });
      expect(again).toEqual(first);
    });

    it('keeps no text once sent', async () => {
      const key = `k-${uid()}`;
      await store.deliveries.open({
        idempotencyKey: key,
        platform: 'matrix',
        platformChatId: '!room:hs',
        message: { html: 'private words' },
      });
      await store.deliveries.recordAttempt(key, 'ETIMEDOUT');
      const at = new Date('2026-04-04T04:04:04.004Z');
      await store.deliveries.markSent(key, '$event', at);
      const sent = await store.deliveries.get(key);
      expect(sent).toMatchObject({
        status: 'sent',
        platformMessageId: '$event',
        sentAt: at,
        message: null,
        attempts: 1,
      });
      // SQL NULL, not a JSON null, and no trace of the words anywhere in the row.
      const [raw] = await db.query<{ empty: boolean; row: string }>(
        `SELECT "message" IS NULL AS empty, row_to_json(d)::text AS row FROM "Delivery" d WHERE "idempotencyKey" = $1`,
        [key],
      );
      expect(raw?.empty).toBe(true);
      expect(raw?.row).not.toContain('private words');
    });

    it('counts attempts, records failures and retargets only pending rows', async () => {
      const key = `k-${uid()}`;
      await store.deliveries.open({
        idempotencyKey: key,
        platform: 'telegram',
        platformChatId: '-1',
        message: { html: 'x' },
      });
      await store.deliveries.recordAttempt(key, '429');
      await store.deliveries.recordAttempt(key, null);
      expect(await store.deliveries.get(key)).toMatchObject({ attempts: 2, lastError: null });
      await store.deliveries.retarget(key, '-1002', null);
      expect(await store.deliveries.get(key)).toMatchObject({ platformChatId: '-1002', threadId: null });
      await store.deliveries.markFailed(key, 'Forbidden: bot was blocked by the user');
      expect(await store.deliveries.get(key)).toMatchObject({
        status: 'failed',
        lastError: 'Forbidden: bot was blocked by the user',
        message: null,
      });
      await store.deliveries.retarget(key, '-1003', '9');
      expect((await store.deliveries.get(key))?.platformChatId).toBe('-1002');
      expect(await store.deliveries.get('no-such-key')).toBeNull();
    });
  });

  describe('inbound events', () => {
    it('says an event is new exactly once, even when it arrives twice at once', async () => {
      const id = `update-${uid()}`;
      const firsts = await Promise.all([
        store.inbound.firstSeen('telegram', id),
        store.inbound.firstSeen('telegram', id),
      ]);
      expect(firsts.sort()).toEqual([false, true]);
      expect(await store.inbound.firstSeen('telegram', id)).toBe(false);
      // Ids are per platform.
      expect(await store.inbound.firstSeen('matrix', id)).toBe(true);
      expect(await store.inbound.has('telegram', id)).toBe(true);
      expect(await store.inbound.has('telegram', `${id}-other`)).toBe(false);
    });

    it('keeps a digest of the event id, not the id (a Matrix event id points at its sender)', async () => {
      const id = `$event-${uid()}:example.org`;
      await store.inbound.firstSeen('matrix', id);
      const rows = await db.query<{ eventId: string }>('SELECT "eventId" FROM "InboundEvent" WHERE "platform" = $1', [
        'matrix',
      ]);
      expect(rows.some((row) => row.eventId.includes(id))).toBe(false);
      expect(rows.some((row) => /^[0-9a-f]{64}$/.test(row.eventId))).toBe(true);
      expect(await store.inbound.has('matrix', id)).toBe(true);
    });

    it('prunes only ids older than the cutoff', async () => {
      const old = `old-${uid()}`;
      await store.inbound.firstSeen('fake', old);
      const [{ now } = { now: new Date() }] = await db.query<{ now: Date }>('SELECT now() AS now');
      expect(await store.inbound.prune(new Date(now.getTime() - 60_000))).toBe(0);
      expect(await store.inbound.has('fake', old)).toBe(true);
      const removed = await store.inbound.prune(new Date(now.getTime() + 60_000));
      expect(removed).toBeGreaterThanOrEqual(1);
      expect(await store.inbound.has('fake', old)).toBe(false);
      expect(await store.inbound.firstSeen('fake', old)).toBe(true);
    });
  });

  describe('transactions', () => {
    it('commits together, rolls back together, and nested calls join the outer one', async () => {
      const cohort = await cohortIn();
      const kept = uid();
      const member = await store.transaction(async (tx) => {
        const a = await tx.accounts.upsert({ platform: 'fake', platformUserId: kept, displayName: 'Kept' });
        return tx.transaction((inner) => inner.memberships.join(cohort.id, a.id));
      });
      expect(await store.memberships.get(cohort.id, member.accountId)).not.toBeNull();

      const lost = uid();
      await expect(
        store.transaction(async (tx) => {
          await tx.accounts.upsert({ platform: 'fake', platformUserId: lost, displayName: 'Lost' });
          await tx.ping();
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await store.accounts.byPlatformId('fake', lost)).toBeNull();
    });

    it('reports a taken slot inside a transaction without breaking it', async () => {
      const cohort = await cohortIn();
      const outcome = await store.transaction(async (tx) => {
        const error = await tx.cohorts
          .create({ ...context, chatId: cohort.chatId, threadId: '' })
          .catch((e: unknown) => e);
        // The transaction is still usable after the refusal.
        const other = await tx.cohorts.create({ ...context, chatId: cohort.chatId, threadId: 'topic' });
        return { error, other };
      });
      expect(outcome.error).toBeInstanceOf(CohortSlotTaken);
      expect((await store.cohorts.liveFor(cohort.chatId, 'topic'))?.id).toBe(outcome.other.id);
    });

    it('forget inside a transaction uses that transaction', async () => {
      const a = await person();
      await expect(
        store.transaction(async (tx) => {
          await tx.accounts.forget(a.id);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await store.accounts.byId(a.id)).not.toBeNull();
    });
  });

  describe('participation export reads', () => {
    it('gives the people as the member list has them, and each closed check-in with who answered, a page at a time', async () => {
      const cohort = await cohortIn();
      const names = ['Amina "A", عربى', 'Bo\r\nline', 'Chen'];
      const members: Array<{ id: string }> = [];
      for (const name of names) members.push(await store.memberships.join(cohort.id, (await person(name)).id));
      await store.memberships.update(members[2]!.id, { status: 'left' });
      const list = await store.memberships.list(cohort.id);
      expect(await store.reports.participants(cohort.id)).toEqual(
        list.map((m) => ({
          membershipId: m.id,
          displayName: m.account.displayName,
          status: m.status,
          joinedAt: m.joinedAt,
          updatedAt: m.updatedAt,
        })),
      );

      // Three closed check-ins and one open; answers of skipped (null) or empty text do not count.
      const schedule = `s-${uid()}`;
      await db.query(
        `INSERT INTO "CheckInSchedule" (id, "cohortId", number, pattern, questions, "windowMinutes", "updatedAt")
         VALUES ($1, $2, 1, 'weekly mon 09:00', '{}', 60, now())`,
        [schedule, cohort.id],
      );
      const due = (w: number) => new Date(Date.UTC(2030, 0, 7 + 7 * w, 9));
      for (const [w, state] of [
        [0, 'closed'],
        [1, 'closed'],
        [2, 'closed'],
        [3, 'open'],
      ] as const)
        await db.query(
          `INSERT INTO "CheckIn" (id, "scheduleId", "cohortId", "dueAt", "closesAt", state, questions, excused)
           VALUES ($1, $2, $3, $4, $4, $5, '{}', $6)`,
          [`${schedule}-k${w}`, schedule, cohort.id, due(w), state, w === 1 ? [members[1]!.id] : []],
        );
      const answer = (w: number, m: number, answers: unknown[]) =>
        db.query(
          `INSERT INTO "CheckInAnswer" (id, "checkInId", "membershipId", answers, "updatedAt") VALUES ($1, $2, $3, $4, now())`,
          [`${schedule}-a${w}${m}`, `${schedule}-k${w}`, members[m]!.id, JSON.stringify(answers)],
        );
      await answer(0, 0, ['yes']);
      await answer(0, 1, ['', null]);
      await answer(1, 0, [null, 'fine']);
      await answer(1, 2, ['x']);
      await answer(3, 1, ['x']);

      const span = { since: due(0), until: due(10) };
      const first = await store.reports.participationPage(cohort.id, span, null, 2);
      const last = first.at(-1)!;
      const second = await store.reports.participationPage(
        cohort.id,
        span,
        { dueAt: last.dueAt, id: last.checkInId },
        2,
      );
      const answered = (s: string) => s.split(',').filter(Boolean).sort();
      expect([...first, ...second].map((o) => [o.checkInId, o.dueAt, o.excused, answered(o.answered)])).toEqual([
        [`${schedule}-k0`, due(0), [], [members[0]!.id]],
        [`${schedule}-k1`, due(1), [members[1]!.id], [members[0]!.id, members[2]!.id].sort()],
        [`${schedule}-k2`, due(2), [], []],
      ]);
    });
  });

  it('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  describe('hostile text', () => {
    // Sanitising is the core's job; the store must give back exactly what it got.
    const hostile =
      '\u202Egnp.exe\u202C <script>alert(1)</script> <b onclick="x">&amp;</b> ' +
      'zero\u200Bwidth\u200C\u200D\uFEFF joiners, عربى ועברית, 👩🏽‍💻 e\u0301 ' +
      `'); DROP TABLE "Account"; -- \\ \\n "quotes" $1 %s _%`;
    const long = (hostile + 'x'.repeat(10_000)).slice(0, 10_000);

    it('stores 10,000 characters of it everywhere text goes and reads it back unchanged', async () => {
      expect(long).toHaveLength(10_000);
      const a = await store.accounts.upsert({
        platform: 'telegram',
        platformUserId: uid(),
        displayName: long,
        username: hostile,
      });
      expect((await store.accounts.byId(a.id))?.displayName).toBe(long);
      expect((await store.accounts.byUsername('telegram', hostile))?.id).toBe(a.id);

      const chat = await store.chats.upsert({
        platform: 'matrix',
        platformChatId: `!${hostile}:hs`,
        kind: 'group',
        title: long,
      });
      expect((await store.chats.byPlatformId('matrix', `!${hostile}:hs`))?.title).toBe(long);

      const cohort = await store.cohorts.create({
        ...context,
        name: long,
        region: hostile,
        themes: [hostile, long],
        languages: [hostile],
        chatId: chat.id,
        threadId: hostile,
      });
      expect(await store.cohorts.liveFor(chat.id, hostile)).toMatchObject({
        name: long,
        region: hostile,
        themes: [hostile, long],
        languages: [hostile],
        threadId: hostile,
      });

      const m = await store.memberships.join(cohort.id, a.id);
      await store.memberships.update(m.id, { about: long, topics: [hostile] });
      expect(await store.memberships.get(cohort.id, a.id)).toMatchObject({ about: long, topics: [hostile] });

      await store.audit.record({
        cohortId: cohort.id,
        chatId: null,
        actorAccountId: a.id,
        action: hostile,
        details: { [hostile]: long, list: [hostile] },
      });
      const [entry] = await store.audit.list({ cohortId: cohort.id });
      expect(entry).toMatchObject({ action: hostile, details: { [hostile]: long, list: [hostile] } });

      const key = `k-${uid()}-${hostile}`;
      const message = { html: long, buttons: [[{ label: hostile, data: hostile }]] };
      await store.deliveries.open({
        idempotencyKey: key,
        platform: 'telegram',
        platformChatId: '-1',
        threadId: hostile,
        message,
      });
      expect(await store.deliveries.get(key)).toMatchObject({ message, threadId: hostile });
      await store.deliveries.recordAttempt(key, long);
      expect((await store.deliveries.get(key))?.lastError).toBe(long);

      const tokenId = `t-${uid()}-${hostile}`;
      await store.actionTokens.create({
        id: tokenId,
        kind: hostile,
        accountId: a.id,
        chatId: hostile,
        payload: { text: long },
        expiresAt: new Date(),
      });
      expect(await store.actionTokens.byId(tokenId)).toMatchObject({
        kind: hostile,
        chatId: hostile,
        payload: { text: long },
      });

      expect(await store.inbound.firstSeen('matrix', hostile)).toBe(true);
      expect(await store.inbound.has('matrix', hostile)).toBe(true);

      // And the tables are all still there.
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM "Account"'))[0]?.n).toBeGreaterThan(0);
    });
  });
});
