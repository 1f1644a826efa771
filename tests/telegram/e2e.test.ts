// End to end over HTTP: the real core and features on PostgreSQL, the
// Telegram adapter, and the fake Bot API playing Telegram and its people.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi } from './fake-bot-api.ts';
import { drained } from './helpers.ts';
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

  it('asks for a free-text answer in a group under privacy mode: the reply field opens for the asker, and only replies reach the bot', async () => {
    const group = api.group({ title: 'Readers' });
    api.say('alice', group, '/tgnote');
    await settle();
    const question = api.inChat(group.id).at(-1)!;
    expect(question.text).toMatch(/Write your reflection in your next message/);
    expect(question.forceReply).toEqual({ selective: true, placeholder: 'What did you learn?' });

    // Bea's chatter never reaches the bot; Bea replying to Alice's question is not Alice's answer.
    api.say('bea', group, 'chatter the bot never sees');
    api.say('bea', group, 'not my question', { replyTo: question.messageId });
    api.say('alice', group, 'Sources first, <b>then</b> prose & links', { replyTo: question.messageId });
    await settle();
    // Her answer comes back as she wrote it: her markup is text, not formatting, and the send did not fail.
    expect(said(group.id).slice(1)).toEqual(['noted: Sources first, <b>then</b> prose & links']);
    expect(api.calls.filter((c) => c.method === 'sendMessage' && c.body.parse_mode !== 'HTML')).toEqual([]);
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
    await waitFor('the welcome', () => said(supergroup.id).some((t) => /Welcome to Lagos, Dan/.test(t)));
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
    // The cohort moved with the chat: the new group still has it.
    api.say('alice', api.chats.get(target)!, '/cohort');
    await settle();
    expect(said(target).at(-1)).toMatch(/Old/);
    expect(said(target).at(-1)).toMatch(/Join link/);
  });
});

describe('telegram refusing sends, end to end', () => {
  /** A cohort in a fresh group with Alice as its coordinator (and Telegram admin). */
  async function cohortGroup(name: string, options: Parameters<FakeBotApi['group']>[0] = {}) {
    const group = api.group({ admins: ['alice'], ...options });
    api.say('alice', group, `/cohort create "${name}"`);
    await settle();
    return group;
  }

  const queue = (key: string, chatId: number, html: string, threadId?: number) =>
    instance.outbox.enqueue({
      idempotencyKey: key,
      chat: {
        platform: 'telegram',
        chatId: String(chatId),
        kind: 'group',
        ...(threadId ? { threadId: String(threadId) } : {}),
      },
      message: { html },
    });

  it('waits out a 429 on a queued announcement as long as Telegram asks, then posts it once', async () => {
    const group = await cohortGroup('Patient');
    api.failNext(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 2', parameters: { retry_after: 2 } },
      { chatId: group.id },
    );
    const started = Date.now();
    await queue('announce-429', group.id, 'Gathering moved to <b>Friday</b>');
    await waitFor('the announcement', () => said(group.id).includes('Gathering moved to Friday'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    // The ledger row is sent and the outbox holds no retry nor send in flight: nothing can post it again.
    await waitFor(
      'the ledger to record it sent',
      async () => (await store.deliveries.get('announce-429'))?.status === 'sent',
    );
    await instance.outbox.settled();
    expect(instance.outbox.waitingRetries).toBe(0);
    expect(said(group.id).filter((t) => t === 'Gathering moved to Friday')).toHaveLength(1);
  });

  it('posts a queued message longer than 4096 characters in parts, in order, every line once', async () => {
    const group = await cohortGroup('Long digest');
    const lines = Array.from({ length: 150 }, (_, i) => `Line ${String(i).padStart(3, '0')}: ${'x'.repeat(50)}`);
    await queue('digest-long', group.id, lines.join('\n'));
    await waitFor('the last part', () => said(group.id).some((t) => t.endsWith(`Line 149: ${'x'.repeat(50)}`)), {
      timeoutMs: 20_000,
    });
    const parts = said(group.id).filter((t) => t.startsWith('Line '));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.every((t) => t.length <= 4096)).toBe(true);
    expect(parts.join('\n').split('\n')).toEqual(lines);
    expect((await store.deliveries.get('digest-long'))?.status).toBe('sent');
  });

  it('opens the private chat from the button itself for a member the bot may not write to, also after Telegram refuses a DM with 403', async () => {
    const group = await cohortGroup('Berlin');
    api.say('alice', group, '/checkin schedule weekly mon 18:00 --window 1d --question "What did you learn?"');
    api.say('bob', group, '/join');
    api.say('carol', group, '/join');
    // Carol started the bot once, then blocked it while the bot was not looking (no update reached it).
    api.say('carol', api.privateChat('carol'), '/start');
    await settle();
    api.privateChat('carol').blocked = true;
    api.say('alice', group, '/checkin now');
    await settle();
    const prompt = api.inChat(group.id).find((m) => /Check-in time/.test(m.text))!;
    const posted = () => said(group.id).filter((t) => /I cannot write to you first/.test(t));

    // Bob never opened a private chat: Telegram would answer 403 "can't initiate", so his press opens
    // the private chat with the bot (answerCallbackQuery with the deep link), and nothing is posted.
    const bobPress = api.press('bob', group.id, prompt.messageId, 0);
    await settle();
    expect(api.answers.get(bobPress)?.url).toMatch(/^https:\/\/t\.me\/cohort_test_bot\?start=checkin-[0-9a-f-]+$/);
    expect(posted()).toEqual([]);

    // Carol's DM is refused (403 blocked): she is marked unreachable, and her next press gets the link.
    api.press('carol', group.id, prompt.messageId, 0);
    await settle();
    const carol = await store.accounts.byPlatformId('telegram', String(api.user('carol').id));
    expect(carol?.unreachableAt).toBeInstanceOf(Date);
    expect(api.inChat(api.privateChat('carol').id).some((m) => /Check-in of Berlin/.test(m.text))).toBe(false);
    const carolPress = api.press('carol', group.id, prompt.messageId, 0);
    await settle();
    expect(api.answers.get(carolPress)?.url).toMatch(/^https:\/\/t\.me\/cohort_test_bot\?start=checkin-/);
    expect(posted()).toEqual([]);
  });

  it('stops posting to a chat Telegram no longer knows (400 chat not found) instead of retrying', async () => {
    const group = await cohortGroup('Vanishing');
    api.chats.delete(group.id);
    await queue('gone-1', group.id, 'First');
    await instance.outbox.settled();
    expect((await store.deliveries.get('gone-1'))?.status).toBe('failed');
    expect((await store.chats.byPlatformId('telegram', String(group.id)))?.unreachableAt).toBeInstanceOf(Date);
    const calls = api.calls.length;
    await queue('gone-2', group.id, 'Second');
    await instance.outbox.settled();
    expect((await store.deliveries.get('gone-2'))?.status).toBe('failed');
    expect(api.calls.length).toBe(calls);
    expect(instance.outbox.waitingRetries).toBe(0);
  });

  it('posts a queued message for a deleted forum topic once, in General', async () => {
    const forum = api.group({ forum: true, admins: ['alice'] });
    const topic = api.topic(forum, 'Reading club');
    api.say('alice', forum, '/cohort create "Readers"', { threadId: topic });
    await settle();
    api.deleteTopic(forum, topic);
    await queue('topic-gone', forum.id, 'Next book: <i>Wikipedia and the Representation of Reality</i>', topic);
    await instance.outbox.settled();
    const posted = api.inChat(forum.id).filter((m) => m.text.startsWith('Next book'));
    expect(posted).toHaveLength(1);
    expect(posted[0]?.threadId).toBeUndefined();
  });

  it('shows names and cohort names with markup characters as written, without a send failing on entities', async () => {
    api.user('eve', { first_name: '<b>Eve</b> & <i>co', last_name: '</a>' });
    const group = await cohortGroup('R&D <juniors> & &lt;friends&gt;');
    api.say('eve', group, '/join');
    await settle();
    expect(said(group.id)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('R&D <juniors> & &lt;friends&gt;'),
        expect.stringContaining('<b>Eve</b> & <i>co </a>'),
      ]),
    );
    // Every message went out as HTML on the first try: no parse error, no plain-text fallback.
    const sends = api.calls.filter((c) => c.method === 'sendMessage');
    expect(sends.every((c) => c.body.parse_mode === 'HTML')).toBe(true);
    expect(sends).toHaveLength(api.sent.length);
  });
});
