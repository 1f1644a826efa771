// A survey over Telegram's HTTP API (the fake Bot API): someone the bot may
// not write to first gets a deep link in the group, answers with inline
// keyboard buttons in private, and writes the free text in the reply field
// that force_reply opens. Nothing of the answers appears in the group.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import type { FakeBotApi } from './fake-bot-api.ts';
import { type PollingBot, startPollingBot } from './world.ts';

let bot: PollingBot;
let api: FakeBotApi;
let store: Store;

beforeEach(async () => {
  bot = await startPollingBot();
  ({ api, store } = bot);
});
afterEach(() => bot.stop());

const said = (chatId: number) => bot.said(chatId);

const settle = () => bot.settle();

describe('telegram surveys', () => {
  it('a deep link in the group, buttons and a force_reply answer in private', async () => {
    const group = api.group({ title: 'Survey Lab', admins: ['alice'] });
    api.say('alice', group, '/cohort create "Survey Lab"');
    api.say('bob', group, '/join');
    await settle();
    api.say('alice', group, '/survey create Pulse\nscale5: How is it going?\ntext: What would help?');
    api.say('alice', group, '/survey send 1');
    await settle();
    // Bob never wrote to the bot: the group gets a link (naming nobody), and no question.
    const invite = said(group.id).find((m) => m.includes('A short survey, “Pulse”'))!;
    expect(invite).toBeDefined();
    expect(invite).not.toMatch(/bob/i);
    expect(said(group.id).join('\n')).not.toContain('How is it going?');
    const payload = /https:\/\/t\.me\/cohort_test_bot\?start=(survey-[0-9a-f-]+)/.exec(invite)![1];

    const dm = api.privateChat('bob');
    api.say('bob', dm, `/start ${payload}`);
    await settle();
    const question = api.inChat(dm.id).at(-1)!;
    expect(question.text.replace(/[\u2068\u2069]/g, '')).toMatch(/Question 1 of 2:\s*How is it going\?/);
    expect(question.buttons!.flat().map((b) => b.text)).toEqual(['1', '2', '3', '4', '5']);
    api.press('bob', dm.id, question.messageId, 3);
    await settle();
    const textQuestion = api.inChat(dm.id).at(-1)!;
    expect(textQuestion.text).toMatch(/What would help\?/);
    expect(textQuestion.forceReply).toBeDefined();
    api.say('bob', dm, 'More examples', { replyTo: textQuestion.messageId });
    await settle();
    expect(said(dm.id).at(-1)).toMatch(/Thank you for your answers!/);
    // The answered question's buttons are taken off, so nothing is left to press twice.
    const after = api.inChat(dm.id).find((m) => m.messageId === question.messageId)!;
    expect(after.buttons?.flat() ?? []).toEqual([]);

    const surveys = await store.surveys.open();
    const [participant] = await store.surveys.participants(surveys[0]!.id).then((ps) => ps.filter((p) => p.completed));
    expect(participant?.answers).toEqual({ q1: 4, q2: 'More examples' });
    expect(said(group.id).join('\n')).not.toContain('More examples');
  });

  it('"« Back" is an inline button in private: it returns over a skipped condition, and a used Back button is refused', async () => {
    const group = api.group({ title: 'Back Lab', admins: ['alice'] });
    api.say('alice', group, '/cohort create "Back Lab"');
    const dm = api.privateChat('bob');
    api.say('bob', dm, '/start');
    api.say('bob', group, '/join');
    await settle();
    api.say(
      'alice',
      group,
      '/survey create Pulse\nscale5: How is it going?\nyesno: Come again?\ntext: Why not? if q2=no\nsingle: Best part? | Talks | People',
    );
    api.say('alice', group, '/survey send 1');
    await settle();
    const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
    const last = () => api.inChat(dm.id).at(-1)!;
    const labels = () => (last().buttons ?? []).flat().map((b) => b.text);
    expect(labels()).toEqual(['1', '2', '3', '4', '5']);
    api.press('bob', dm.id, last().messageId, 3);
    await settle();
    expect(labels()).toEqual(['Yes', 'No', '« Back']);
    api.press('bob', dm.id, last().messageId, 0);
    await settle();
    const q4 = last();
    expect(plain(q4.text)).toMatch(/Question 4 of 4:\s*Best part\?/);
    const backData = q4.buttons!.flat().find((b) => b.text === '« Back')!.callback_data;
    const back = api.pressData('bob', q4, backData);
    await settle();
    expect(api.answers.get(back)?.text).toBe('Done.');
    // Question 2 again (question 3 was never asked), with the answer given marked.
    expect(plain(last().text)).toMatch(/Question 2 of 4:\s*Come again\?/);
    expect(labels()).toEqual(['✓ Yes', 'No', '« Back']);
    // The Back button of question 4, pressed again (a second device, an old message): refused, nothing moves.
    const stale = api.pressData('bob', q4, backData);
    await settle();
    expect(api.answers.get(stale)?.text).toBe('This button is no longer valid.');
    expect(plain(last().text)).toMatch(/Question 2 of 4/);
    api.press('bob', dm.id, last().messageId, 1);
    await settle();
    expect(plain(last().text)).toMatch(/Why not\?[\s\S]*type “back”/);
    api.say('bob', dm, 'back');
    await settle();
    expect(plain(last().text)).toMatch(/Question 2 of 4/);
    api.press('bob', dm.id, last().messageId, 0);
    await settle();
    api.press('bob', dm.id, last().messageId, 1);
    await settle();
    expect(said(dm.id).at(-1)).toMatch(/Thank you for your answers!/);
    const [survey] = await store.surveys.open();
    const [row] = (await store.surveys.participants(survey!.id)).filter((p) => p.completed);
    expect(row?.answers).toEqual({ q1: 4, q2: 'yes', q4: 1 });
    expect(said(group.id).join('\n')).not.toMatch(/Best part|Come again/);
  });

  it('an anonymous quick poll is a native is_anonymous poll: totals from `poll` updates, the smallest group shown applied', async () => {
    const group = api.group({ title: 'Anon Poll Lab', admins: ['alice'] });
    const dm = api.privateChat('alice');
    api.say('alice', dm, '/start');
    api.say('alice', group, '/cohort create "Anon Poll Lab"');
    for (const handle of ['bob', 'carol', 'dave', 'erin', 'fay']) api.say(handle, group, '/join');
    await settle();
    api.say('alice', group, '/survey poll "Ready?" "Yes" "Not yet" --anonymous');
    await settle();
    const pollMessage = api.inChat(group.id).find((m) => m.poll)!;
    expect(pollMessage.poll).toMatchObject({ question: 'Ready?', options: ['Yes', 'Not yet'], anonymous: true });
    const [survey] = await store.surveys.open();
    expect(survey?.anonymous).toBe(true);
    const results = async () => {
      api.say('alice', dm, '/survey results 1');
      await settle();
      return said(dm.id)
        .at(-1)!
        .replace(/[\u2068\u2069]/g, '');
    };
    // Four votes: Telegram sends only `poll` updates (no poll_answer); below 5 nothing is shown.
    for (const [handle, option] of [
      ['bob', 0],
      ['carol', 0],
      ['dave', 1],
      ['erin', 0],
    ] as const)
      api.vote(handle, pollMessage.poll!.id, [option]);
    await settle();
    expect((await store.surveys.anonymousResponses(survey!.id)).length).toBe(4);
    expect(await results()).toMatch(/Fewer than 5 people answered/);
    // The fifth vote: shown, from the totals.
    api.vote('fay', pollMessage.poll!.id, [1]);
    await settle();
    let text = await results();
    expect(text).toContain('5 people answered.');
    expect(text).toContain('Yes: 3 (60%)');
    expect(text).toContain('Not yet: 2 (40%)');
    // A changed vote and a retracted one: the totals follow, and 4 again hides everything.
    api.vote('bob', pollMessage.poll!.id, [1]);
    api.vote('carol', pollMessage.poll!.id, []);
    await settle();
    const rows = await store.surveys.anonymousResponses(survey!.id);
    expect(rows.map((r) => r.answers.q1).sort()).toEqual([0, 1, 1, 1]);
    expect(await results()).toMatch(/Fewer than 5 people answered/);
    // No person anywhere: the rows hold the answer and the day, nobody voted "as" anyone, no participant row.
    const members = await Promise.all(
      ['bob', 'carol', 'dave', 'erin', 'fay'].map((h) =>
        store.accounts.byPlatformId('telegram', String(api.user(h).id)),
      ),
    );
    const serialized = JSON.stringify(rows);
    for (const account of members) expect(serialized).not.toContain(account!.id);
    expect(await store.surveys.participants(survey!.id)).toEqual([]);
    // With the cohort's smallest group shown at 4, the same totals are shown.
    api.say('alice', group, '/cohort edit --smallest-group 4');
    await settle();
    text = await results();
    expect(text).toContain('4 people answered.');
    expect(text).toContain('Not yet: 3 (75%)');
    // Closed: stopPoll on Telegram, whose final `poll` update changes nothing.
    api.say('alice', group, '/survey close 1');
    await settle();
    expect(pollMessage.poll!.closed).toBe(true);
    expect((await store.surveys.anonymousResponses(survey!.id)).length).toBe(4);
    expect(said(group.id).join('\n')).not.toMatch(/Not yet: 3/);
  });

  it('a quick question as a native poll (sendPoll), votes through poll_answer, and a delete confirmed by a button', async () => {
    const group = api.group({ title: 'Poll Lab', admins: ['alice'] });
    api.say('alice', group, '/cohort create "Poll Lab"');
    for (const handle of ['bob', 'carol', 'dave']) api.say(handle, group, '/join');
    api.say('alice', group, '/survey threshold 3');
    await settle();
    api.say('alice', group, '/survey poll "Next topic?" "Maps" "Bots"');
    await settle();
    const pollMessage = api.inChat(group.id).find((m) => m.poll)!;
    expect(pollMessage.poll).toMatchObject({ question: 'Next topic?', options: ['Maps', 'Bots'], anonymous: false });
    api.vote('bob', pollMessage.poll!.id, [1]);
    api.vote('carol', pollMessage.poll!.id, [1]);
    api.vote('dave', pollMessage.poll!.id, [0]);
    await settle();
    const [survey] = await store.surveys.open();
    const votes = (await store.surveys.participants(survey!.id)).map((p) => p.answers.q1).sort();
    expect(votes).toEqual([0, 1, 1]);
    api.say('alice', group, '/survey results 1 --group');
    await settle();
    const summary = said(group.id).find((m) => m.includes('Survey results: Next topic?'))!;
    expect(summary.replace(/[\u2068\u2069]/g, '')).toContain('Bots: 2 (67%)');
    // Closing the survey stops the poll on Telegram too (stopPoll): no votes after the close.
    expect(pollMessage.poll!.closed).toBeFalsy();
    api.say('alice', group, '/survey close 1');
    await settle();
    expect(pollMessage.poll!.closed).toBe(true);

    api.say('alice', group, '/survey delete 1');
    await settle();
    const confirm = api.inChat(group.id).at(-1)!;
    expect(confirm.text.replace(/[\u2068\u2069]/g, '')).toMatch(/Delete survey 1/);
    expect(confirm.buttons!.flat().map((b) => b.text)).toEqual(['Delete', 'Cancel']);
    // Only the coordinator who asked may confirm.
    api.press('bob', group.id, confirm.messageId, 0);
    await settle();
    expect(await store.surveys.byId(survey!.id)).not.toBeNull();
    api.press('alice', group.id, confirm.messageId, 0);
    await settle();
    expect(
      said(group.id)
        .at(-1)
        ?.replace(/[\u2068\u2069]/g, ''),
    ).toMatch(/Survey 1 .*Next topic\?.* and its answers are deleted/);
    expect(await store.surveys.byId(survey!.id)).toBeNull();
  });
});
