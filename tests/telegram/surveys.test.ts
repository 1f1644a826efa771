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
});
