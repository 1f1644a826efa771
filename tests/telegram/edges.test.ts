// Every reply arrives, once, in the right place (issue #12, Telegram): over
// the fake Bot API with Telegram's limits, the real core and features on
// PostgreSQL. What each chat received is what is asserted.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountInput } from '../../src/core/people.ts';
import type { Store } from '../../src/core/store.ts';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi, type FakeChat } from './fake-bot-api.ts';
import { drained, type LogRecord, recordingLog } from './helpers.ts';
import { type Instance, startInstance } from './world.ts';

let api: FakeBotApi;
let store: Store;
let closeStore: () => Promise<void>;
let instance: Instance;
let logged: LogRecord[];

beforeEach(async () => {
  // Telegram's real limits: 30 a second, about one a second per chat, 20 a minute per group.
  api = await new FakeBotApi().listen();
  ({ store, close: closeStore } = await openTestStore('postgres'));
  const recording = recordingLog();
  logged = recording.records;
  instance = await startInstance(store, api, { mode: 'polling', log: recording.log });
});
afterEach(async () => {
  await instance.stop();
  await api.close();
  await closeStore();
});

const said = (chatId: number, threadId?: number) =>
  api.inChat(chatId, threadId).map((m) => m.text.replace(/[\u2068\u2069]/g, ''));

const SORRY = /Sorry, something went wrong/;

/**
 * A 429 is expected under the limits: logged at info or debug, in one line without a stack,
 * and nothing at warn or error level (the issue saw "telegram: over the send limit" as errors).
 */
function expectQuiet429s(): LogRecord[] {
  const loud = logged.filter((r) => r.level >= 40);
  expect(loud.map((r) => `${r.level} ${r.msg}`)).toEqual([]);
  const waits = logged.filter((r) => /wait|limit|429|Too Many/i.test(JSON.stringify(r)));
  for (const r of waits) expect(JSON.stringify(r)).not.toMatch(/"stack"|\\n\s+at /);
  return waits;
}

async function settle(): Promise<void> {
  await drained(api);
  await instance.outbox.settled();
}

async function cohortOf(chat: FakeChat, threadId = '') {
  const row = await store.chats.byPlatformId('telegram', String(chat.id));
  return row ? store.cohorts.liveFor(row.id, threadId) : null;
}

/**
 * A cohort in the group with `count` members (joined without a welcome each: the group's
 * budget is for the burst) and a check-in opened with /checkin now: its prompt.
 */
async function checkInWith(group: FakeChat, name: string, count: number) {
  api.say('alice', group, `/cohort create ${name}`);
  api.say('alice', group, '/checkin schedule weekly mon 18:00 --window 1d --question "What did you learn?"');
  await settle();
  const cohort = (await cohortOf(group))!;
  const people = Array.from({ length: count }, (_, i) => `m${i}`);
  for (const handle of people) {
    const user = api.user(handle);
    const account = await store.accounts.upsert(
      accountInput('telegram', { userId: String(user.id), displayName: user.first_name }),
    );
    await store.memberships.join(cohort.id, account.id);
  }
  api.say('alice', group, '/checkin now');
  await settle();
  // The prompt may wait for the group's slot (the replies so far used some of it).
  await waitFor('the prompt', () => said(group.id).some((t) => /Check-in time/.test(t)));
  const prompt = api.inChat(group.id).find((m) => /Check-in time/.test(m.text))!;
  return { cohort, people, prompt };
}

describe('telegram: replies under the limits', () => {
  it('acknowledges 100 answers to a check-in prompt in one group with a reaction each, once, and no error', async () => {
    const group = api.group({ title: 'Crowd', admins: ['alice'] });
    const { cohort, people, prompt } = await checkInWith(group, 'Crowd', 100);
    const before = api.inChat(group.id).length;

    const answers = people.map((handle) => api.say(handle, group, `Learned ${handle}`, { replyTo: prompt.messageId }));
    const occurrence = (await store.checkins.recentOccurrences(cohort.id, 1))[0]!;
    await waitFor('every answer acknowledged', () => answers.every((id) => api.reactions.has(`${group.id}/${id}`)), {
      timeoutMs: 60_000,
    });
    await settle();
    // Every answer is saved, and each person's message carries one 👍 from one call.
    expect(await store.checkins.answers(occurrence.id)).toHaveLength(100);
    for (const id of answers) expect(api.reactions.get(`${group.id}/${id}`)).toEqual(['👍']);
    expect(api.reactionCalls).toHaveLength(100);
    // Nothing posted into the group for them (the budget stays for prompts), and no error anywhere.
    expect(api.inChat(group.id)).toHaveLength(before);
    expect(said(group.id).some((t) => SORRY.test(t))).toBe(false);
    expectQuiet429s();
  });

  it('falls back to a text reply where the group turned reactions off', async () => {
    const group = api.group({ title: 'No reactions', admins: ['alice'] });
    group.reactionsOff = true;
    api.say('alice', group, '/cohort create Plain');
    api.say('alice', group, '/checkin schedule weekly mon 18:00 --window 1d --question "What did you learn?"');
    api.say('bob', group, '/join');
    await settle();
    api.say('alice', group, '/checkin now');
    await settle();
    const prompt = api.inChat(group.id).find((m) => /Check-in time/.test(m.text))!;
    api.say('bob', group, 'Sources first', { replyTo: prompt.messageId });
    await settle();
    await waitFor('the thanks', () => said(group.id).includes('Thanks, your answer is noted.'));
    expect(api.reactions.size).toBe(0);
  });

  it('where reactions are off, thanks each of 25 answers given within seconds once, in a reply to it, under the group limit', async () => {
    const group = api.group({ title: 'Plain crowd', admins: ['alice'] });
    group.reactionsOff = true;
    const { cohort, people, prompt } = await checkInWith(group, 'Plain', 25);
    // 25 answers at once: more than the group's 20 a minute, so some thanks have to wait.
    const answers = people.map((handle) => api.say(handle, group, `Learned ${handle}`, { replyTo: prompt.messageId }));
    const thanks = () => api.inChat(group.id).filter((m) => m.text === 'Thanks, your answer is noted.');
    await waitFor('every answer thanked', () => thanks().length >= answers.length, { timeoutMs: 170_000 });
    await settle();
    // Each answer got exactly one thanks, as a reply to it; no error after a saved answer.
    expect(
      thanks()
        .map((m) => m.replyTo)
        .sort(),
    ).toEqual([...answers].sort());
    expect(said(group.id).some((t) => SORRY.test(t))).toBe(false);
    const occurrence = (await store.checkins.recentOccurrences(cohort.id, 1))[0]!;
    expect(await store.checkins.answers(occurrence.id)).toHaveLength(25);
    expectQuiet429s();
  }, 240_000);

  it('queues a reply Telegram keeps refusing with 429, posts it once when allowed, and sends no error after it', async () => {
    const group = api.group({ title: 'Busy', admins: ['alice'] });
    // More 429s than a direct reply waits out: the reply goes through the send queue.
    api.failNext(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
      { chatId: group.id, times: 4 },
    );
    const asked = api.say('bob', group, '/tgecho hello');
    await waitFor('the echo', () => said(group.id).includes('echo hello'), { timeoutMs: 20_000 });
    await settle();
    expect(said(group.id).filter((t) => t === 'echo hello')).toHaveLength(1);
    // Queued, it still answers Bob's message, as the direct reply would have.
    expect(api.inChat(group.id).find((m) => m.text === 'echo hello')?.replyTo).toBe(asked);
    expect(said(group.id).some((t) => SORRY.test(t))).toBe(false);
    const update = api.calls.filter((c) => c.method === 'sendMessage' && c.body.text === 'echo hello');
    expect(update.length).toBeGreaterThanOrEqual(2);
    // The 429s were noticed, and said quietly.
    expect(expectQuiet429s().length).toBeGreaterThan(0);
  });
});

describe('telegram: replies in the right place', () => {
  it('answers the first command from a migrated group in the supergroup, with its cohort, and keeps no stray chat', async () => {
    const group = api.group({ title: 'Lagos editors', admins: ['alice'] });
    api.say('alice', group, '/cohort create Lagos');
    await settle();
    const supergroup = api.migrate(group);
    await settle();
    // A command typed in the old group just before the upgrade reaches the bot afterwards.
    api.say('alice', group, '/cohort');
    await settle();
    await waitFor('the answer in the supergroup', () => /Lagos/.test(said(supergroup.id).at(-1) ?? ''));
    expect(said(supergroup.id).some((t) => SORRY.test(t))).toBe(false);
    expect(await store.chats.byPlatformId('telegram', String(group.id))).toBeNull();
    expect((await cohortOf(supergroup))?.name).toBe('Lagos');
  });

  it('takes a reply to a check-in prompt that fell back to General because its topic was deleted', async () => {
    const forum = api.group({ forum: true, admins: ['alice'] });
    const topic = api.topic(forum, 'Reading club');
    api.say('alice', forum, '/cohort create Readers', { threadId: topic });
    api.say('alice', forum, '/checkin schedule weekly mon 18:00 --window 1d --question "What did you read?"', {
      threadId: topic,
    });
    api.say('bob', forum, '/join', { threadId: topic });
    await settle();
    api.deleteTopic(forum, topic);
    api.say('alice', forum, '/checkin now', { threadId: topic });
    await settle();
    const prompt = api.inChat(forum.id).find((m) => /Check-in time/.test(m.text))!;
    expect(prompt.threadId).toBeUndefined();
    const answer = api.say('bob', forum, 'A chapter on sources', { replyTo: prompt.messageId });
    await waitFor('the acknowledgement', () => api.reactions.has(`${forum.id}/${answer}`));
    const cohort = (await cohortOf(forum, String(topic)))!;
    const occurrence = (await store.checkins.recentOccurrences(cohort.id, 1))[0]!;
    const saved = await store.checkins.answers(occurrence.id);
    expect(saved.map((a) => a.answers)).toEqual([['A chapter on sources']]);
  });

  it("takes 'Answer privately' off a check-in prompt once the check-in closed", async () => {
    const group = api.group({ title: 'Closing', admins: ['alice'] });
    api.say('alice', group, '/cohort create Closing');
    api.say('alice', group, '/checkin schedule weekly mon 18:00 --window 1h --question "What did you learn?"');
    api.say('bob', group, '/join');
    await settle();
    api.say('alice', group, '/checkin now');
    await settle();
    const prompt = api.inChat(group.id).find((m) => /Check-in time/.test(m.text))!;
    expect(prompt.buttons?.flat().map((b) => b.text)).toEqual(['Answer privately']);
    await instance.advance(30 * 60_000);
    expect(api.sent.find((m) => m.messageId === prompt.messageId)?.buttons).toBeDefined();
    await instance.advance(31 * 60_000);
    await settle();
    await waitFor(
      'the button gone',
      () => api.sent.find((m) => m.messageId === prompt.messageId)?.buttons === undefined,
    );
    expect(said(group.id).some((t) => SORRY.test(t))).toBe(false);
  });

  it('takes the buttons off a question once it was answered', async () => {
    const dm = api.privateChat('zeb');
    api.say('zeb', dm, '/forgetme');
    await settle();
    const question = api.inChat(dm.id).find((m) => m.buttons?.length)!;
    expect(question).toBeDefined();
    const cancel = question.buttons!.flat().findIndex((b) => /Cancel/.test(b.text));
    api.press('zeb', dm.id, question.messageId, cancel);
    await settle();
    await waitFor(
      'the buttons gone',
      () => api.sent.find((m) => m.messageId === question.messageId && m.chatId === dm.id)?.buttons === undefined,
    );
    expect(await store.accounts.byPlatformId('telegram', String(api.user('zeb').id))).not.toBeNull();
  });
});
