// Webhook updates are handled in batches (issue 18): the queue hands the core
// many chats' updates at once, and the store answers their lookups (event ids,
// chats, senders, cohorts, memberships) with one query per step for all of
// them. Nothing is cached: an update still sees what the updates before it in
// its chat wrote, in the same batch — a cohort just created, a person who just
// joined, a role just granted — and two chats' batches do not mix.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import { openTestStore } from '../helpers/db.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi } from './fake-bot-api.ts';
import { drained } from './helpers.ts';
import { type Instance, startInstance } from './world.ts';

let api: FakeBotApi;
let store: Store;
let closeStore: () => Promise<void>;
let redis: TestRedis;
let instance: Instance | null = null;

beforeEach(async () => {
  api = await new FakeBotApi({ limits: null }).listen();
  ({ store, close: closeStore } = await openTestStore('postgres'));
  redis = await openTestRedis('tg-inbound-batch');
});
afterEach(async () => {
  await instance?.stop().catch(() => {});
  instance = null;
  await api.close();
  await redis.close();
  await closeStore();
});

describe('telegram webhook batches', () => {
  it('an update sees the cohort, the membership and the role its chat’s earlier updates made, in the same batch', async () => {
    // The first update is held, so that everything after it waits in Redis and is read as one batch.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let first = true;
    instance = await startInstance(store, api, {
      mode: 'webhook',
      redis,
      gate: async () => {
        if (!first) return;
        first = false;
        await held;
      },
    });
    const lagos = api.group({ title: 'Lagos', admins: ['alice'] });
    const abuja = api.group({ title: 'Abuja', admins: ['dana'] });
    api.say('zed', lagos, '/help');
    await waitFor('the first update in hand', () => !first);
    for (const [coordinator, member, group, name] of [
      ['alice', 'bob', lagos, 'Lagos'],
      ['dana', 'carol', abuja, 'Abuja'],
    ] as const) {
      api.say(coordinator, group, `/cohort create ${name}`);
      api.say(member, group, '/join');
      api.say(coordinator, group, `/role @${member} mentor`);
      api.say(coordinator, group, '/members');
    }
    await drained(api);
    // Telegram has its 200s; the eight updates wait together behind the held one.
    expect(await instance.queue!.backlog()).toBe(9);
    release();
    await waitFor('an empty inbound queue', async () => (await instance!.queue!.backlog()) === 0);
    await instance.settled();

    const said = (chatId: number) => api.inChat(chatId).map((m) => m.text.replace(/[\u2068\u2069]/g, ''));
    for (const [group, member, other] of [
      [lagos, 'Bob (@bob)', 'Carol'],
      [abuja, 'Carol (@carol)', 'Bob'],
    ] as const) {
      const text = said(group.id).join('\n');
      expect(text).toMatch(/Cohort (Lagos|Abuja) created/);
      expect(text).not.toContain('not a member');
      const members = said(group.id).at(-1)!;
      expect(members).toContain(`${member} — mentor`);
      expect(members).not.toContain(other);
    }
  });
});
