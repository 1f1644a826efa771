// Privacy over HTTP against the fake Bot API (docs/privacy.md): a private
// command typed in a group is refused with a deep link (the bot may not write
// first on Telegram), and deleted once the bot is an admin; a coordinator's
// view is never posted in the group: a deep link runs it in private, and once
// the coordinator has a private chat the view goes there with a pointer.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeBotApi } from './fake-bot-api.ts';
import { type PollingBot, startPollingBot } from './world.ts';

let bot: PollingBot;
let api: FakeBotApi;

beforeEach(async () => {
  bot = await startPollingBot();
  ({ api } = bot);
});
afterEach(() => bot.stop());

const said = (chatId: number) => bot.said(chatId);

const settle = () => bot.settle();

describe('telegram privacy', () => {
  it('refuses /reflect in the group with a link, and deletes it once the bot is an admin', async () => {
    const group = api.group({ title: 'Lagos editors', admins: ['alice'] });
    api.say('alice', group, '/cohort create Lagos');
    api.say('bob', group, '/join');
    await settle();

    const first = api.say('bob', group, '/reflect I struggle with confidence');
    await settle();
    const refusal = said(group.id).at(-1)!;
    expect(refusal).toMatch(/^\/reflect is private, so it works only in a private chat with me\./);
    expect(refusal).not.toContain('confidence');
    // Bob never wrote to the bot: a link opens the private chat. Not an admin: the bot cannot delete.
    expect(api.inChat(group.id).at(-1)!.html).toContain('https://t.me/cohort_test_bot?start=p-reflect');
    expect(refusal).not.toContain('I removed');
    expect(api.written.get(`${group.id}/${first}`)?.deleted).toBe(false);

    const dm = api.privateChat('bob');
    api.say('bob', dm, '/start p-reflect');
    await settle();
    expect(said(dm.id).at(-1)).toMatch(/^Here it stays between us: \/reflect/);
    api.say('bob', dm, '/reflect Asking early helps');
    await settle();
    expect(said(dm.id).at(-1)).toBe('Saved in Lagos. Only you can read it.');

    // Made an admin, the bot deletes the command; Bob now has a private chat, so he is written to there.
    api.setBotStatus(group, 'administrator');
    const second = api.say('bob', group, '/reflect Still struggling');
    await settle();
    expect(api.written.get(`${group.id}/${second}`)?.deleted).toBe(true);
    expect(said(group.id).at(-1)).toContain('I removed your message from the group.');
    expect(said(dm.id).at(-1)).toMatch(/^You tried \/reflect in a group/);
    expect(said(group.id).join('\n')).not.toMatch(/confidence|Still struggling|Asking early/);
  });

  it("never posts a coordinator's view in the group: a link runs it in private, then it goes there", async () => {
    const group = api.group({ title: 'Lagos editors', admins: ['alice'] });
    api.say('alice', group, '/cohort create Lagos');
    api.say('bob', group, '/join');
    await settle();
    const bobDm = api.privateChat('bob');
    api.say('bob', bobDm, '/profile set about ABOUT-bob-secret');
    await settle();

    // Alice never wrote to the bot: Telegram does not let it write first.
    api.say('alice', group, '/profile @bob');
    await settle();
    const pointer = api.inChat(group.id).at(-1)!;
    expect(said(group.id).at(-1)).toMatch(/^Alice, this is for your eyes only/);
    const payload = /start=(v-[\w-]+)/.exec(pointer.html ?? '')![1]!;

    const aliceDm = api.privateChat('alice');
    api.say('alice', aliceDm, `/start ${payload}`);
    await settle();
    expect(said(aliceDm.id).at(-1)).toMatch(/Bob in Lagos — member, active[\s\S]*About: ABOUT-bob-secret/);

    // Now the bot may write to Alice: the view goes to her private chat, the group gets a pointer.
    api.say('alice', group, '/profile @bob');
    await settle();
    expect(said(group.id).at(-1)).toBe('Alice, I sent it to you in private.');
    expect(said(aliceDm.id).at(-1)).toContain('About: ABOUT-bob-secret');
    expect(said(group.id).join('\n')).not.toContain('ABOUT-bob-secret');
  });
});
