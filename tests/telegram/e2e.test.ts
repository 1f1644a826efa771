// End to end over HTTP: the real core and features on PostgreSQL, the
// Telegram adapter, and the fake Bot API playing Telegram and its people.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import { openTestStore } from '../helpers/db.ts';
import { FakeBotApi } from './fake-bot-api.ts';
import { drained, until } from './helpers.ts';
import { type Instance, startInstance } from './world.ts';

let api: FakeBotApi;
let store: Store;
let closeStore: () => Promise<void>;
let instance: Instance;

beforeEach(async () => {
  api = await new FakeBotApi().listen();
  ({ store, close: closeStore } = await openTestStore('postgres'));
  instance = await startInstance(store, api, { mode: 'polling' });
});
afterEach(async () => {
  await instance.stop();
  await api.close();
  await closeStore();
});

/** What the bot said in a chat (or topic) since `from`, as people read it. */
const said = (chatId: number, threadId?: number) =>
  api.inChat(chatId, threadId).map((m) => m.text.replace(/[\u2068\u2069]/g, ''));

async function settle(): Promise<void> {
  await drained(api);
  await instance.outbox.settled();
}

describe('telegram end to end', () => {
  it('runs a cohort in a forum topic: create, join by deep link, choose a language by button, vote in a poll', async () => {
    const forum = api.group({ forum: true, title: 'WikiWomen Africa', admins: ['alice'] });
    const topic = api.topic(forum, 'Mentoring');
    await settle();

    // A coordinator (a platform admin) creates the cohort in the topic, addressing the bot by name.
    api.say('alice', forum, '/cohort@cohort_test_bot create "Mentoring circle" --languages en,es', { threadId: topic });
    await settle();
    expect(said(forum.id, topic).at(-1)).toMatch(/Cohort Mentoring circle created/);
    // The reply went to the topic, not to General.
    expect(said(forum.id).length).toBe(said(forum.id, topic).length);

    api.say('alice', forum, '/cohort', { threadId: topic });
    await settle();
    const card = said(forum.id, topic).at(-1)!;
    const link = /https:\/\/t\.me\/cohort_test_bot\?start=(\w+)/.exec(card);
    expect(link, card).not.toBeNull();

    // A member opens the deep link: Telegram sends "/start CODE" in private.
    const dm = api.privateChat('bob');
    api.say('bob', dm, `/start ${link![1]}`);
    await settle();
    expect(said(dm.id).at(-1)).toMatch(/Welcome to Mentoring circle/);
    const bobId = String(api.user('bob').id);
    expect(await instance.adapter.openDm(bobId)).toMatchObject({ chatId: bobId });

    // They choose their language with a button; the press is answered and the bot speaks Spanish.
    api.say('bob', dm, '/language');
    await settle();
    const menu = api.inChat(dm.id).at(-1)!;
    const spanish = menu.buttons!.flat().findIndex((b) => b.text === 'Español');
    const pressed = api.press('bob', dm.id, menu.messageId, spanish);
    await settle();
    expect(said(dm.id).at(-1)).toBe('A partir de ahora te escribo en Español.');
    expect(api.answers.has(pressed)).toBe(true);

    // A forged press changes nothing and still gets an answer (a toast).
    const forged = api.pressData('bob', menu, 'forged-token:xx');
    await settle();
    expect(api.answers.get(forged)?.text).toBeTruthy();

    // A native, non-anonymous poll in the topic; a vote (and a retraction) reach the feature that asked.
    api.say('alice', forum, '/tgask', { threadId: topic });
    await settle();
    const poll = api.inChat(forum.id, topic).at(-1)!.poll!;
    expect(poll).toMatchObject({ anonymous: false, options: ['Mon', 'Tue', 'Wed'] });
    api.vote('bob', poll.id, [1]);
    await settle();
    expect(said(forum.id, topic).at(-1)).toBe('Bob voted 1');
    api.vote('bob', poll.id, []);
    await settle();
    expect(said(forum.id, topic).at(-1)).toBe('Bob voted nothing');
    expect(api.stats.tooMany).toBe(0);
  });

  it('welcomes the group when the bot is added, moves a migrated group with its cohort, and reaches people through the group when it may not DM them', async () => {
    const group = api.group({ title: 'Lagos editors', admins: ['alice'] });
    group.botStatus = 'left';
    api.setBotStatus(group, 'member');
    await settle();
    expect(said(group.id).at(-1)).toMatch(/I run peer-learning cohorts/);

    api.say('alice', group, '/cohort create Lagos');
    await settle();
    const supergroup = api.migrate(group);
    await settle();
    api.say('carol', supergroup, '/cohort');
    await settle();
    expect(said(supergroup.id).at(-1)).toMatch(/Lagos/);

    // Dan joins but never wrote to the bot: Telegram would refuse a DM, so the welcome goes to the group.
    api.join('dan', supergroup);
    await settle();
    await until(() => said(supergroup.id).some((t) => /Welcome to Lagos, Dan/.test(t)), 5000, 'the welcome');
  });

  it('sends a queued message to a group that became a supergroup once, to its new id', async () => {
    const group = api.group({ title: 'Old', admins: ['alice'] });
    api.say('alice', group, '/cohort create Old');
    await settle();
    api.chats.get(group.id)!.migratedTo = api.group({ type: 'supergroup' }).id;
    const target = api.chats.get(group.id)!.migratedTo!;
    api.chats.get(target)!.title = 'Old';
    await instance.outbox.enqueue({
      idempotencyKey: 'announce-1',
      chat: { platform: 'telegram', chatId: String(group.id), kind: 'group' },
      message: { html: 'Gathering on <b>Friday</b>' },
    });
    await instance.outbox.settled();
    expect(said(target)).toEqual(['Gathering on Friday']);
    expect((await store.deliveries.get('announce-1'))?.status).toBe('sent');
    expect(await store.chats.byPlatformId('telegram', String(target))).not.toBeNull();
  });
});
