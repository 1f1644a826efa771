// A network on Telegram, over the fake Bot API: two cohorts' groups joined by a
// one-time code sent privately, a hub group attached where the bot can post
// (and refused where it cannot), a learning shared by inline buttons in
// private, and the weekly digest in the hub.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeBotApi } from './fake-bot-api.ts';
import { aWeekLater } from './network-helpers.ts';
import { type PollingBot, startPollingBot } from './world.ts';

let bot: PollingBot;
let api: FakeBotApi;

beforeEach(async () => {
  bot = await startPollingBot();
  ({ api } = bot);
});
afterEach(() => bot.stop());

const settle = () => bot.settle();
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('telegram network', () => {
  it('joins two groups by a private one-time code, attaches a hub and posts the digest of what was shared there', async () => {
    const lagos = api.group({ title: 'Lagos', admins: ['alice'] });
    const accra = api.group({ title: 'Accra', admins: ['kofi'] });
    const hub = api.group({ title: 'West Africa hub', admins: ['alice'] });
    const closed = api.group({ title: 'Closed', admins: ['alice'] });
    await settle();
    for (const who of ['alice', 'kofi', 'bob']) api.say(who, api.privateChat(who), '/start');
    api.say('alice', lagos, '/cohort create Lagos');
    api.say('kofi', accra, '/cohort create Accra');
    api.say('bob', lagos, '/join');
    await settle();

    api.say('alice', lagos, '/network create Sahel');
    await settle();
    expect(bot.said(lagos.id).at(-1)).toMatch(/Network “Sahel” created with Lagos/);
    api.say('alice', lagos, '/network invite');
    await settle();
    const code = /net-[\w-]+/.exec(bot.said(api.privateChat('alice').id).at(-1) ?? '')?.[0];
    expect(code).toBeDefined();
    expect(bot.said(lagos.id).join('\n')).not.toContain(code!);
    api.say('kofi', accra, `/network join ${code}`);
    await settle();
    expect(bot.said(accra.id).at(-1)).toMatch(/Accra joined “Sahel”. Cohorts in the network now: 2/);

    // A group where the bot may not post is refused, and alice hears why in private.
    api.failNext(
      'sendMessage',
      { error_code: 403, description: 'Forbidden: not enough rights to send text messages' },
      {
        chatId: closed.id,
      },
    );
    api.say('alice', closed, '/network hub');
    await settle();
    expect(bot.said(api.privateChat('alice').id).at(-1)).toMatch(/I cannot post in that chat/);
    api.say('alice', hub, '/network hub');
    await settle();
    expect(bot.said(hub.id).at(-1)).toMatch(/This chat is now the hub of “Sahel”/);

    const dm = api.privateChat('bob');
    api.say('bob', dm, '/reflect Reading aloud helps newcomers');
    api.say('bob', dm, '/reflect A private worry');
    await settle();
    api.say('bob', dm, '/share');
    await settle();
    const list = api.inChat(dm.id).at(-1)!;
    expect(list.buttons!.flat().map((b) => plain(b.text))).toEqual(['Share 1', 'Share 2']);
    const item = bot.said(dm.id).at(-1)!.includes('1. Reflection (Lagos): Reading aloud') ? 0 : 1;
    api.press('bob', dm.id, list.messageId, item);
    await settle();
    const consent = api.inChat(dm.id).at(-1)!;
    expect(consent.buttons!.flat().map((b) => plain(b.text))).toEqual([
      'Share with my name',
      'Share without my name',
      'Cancel',
    ]);
    api.press('bob', dm.id, consent.messageId, 0);
    await settle();
    expect(bot.said(dm.id).at(-1)).toMatch(/Shared with “Sahel”/);

    await aWeekLater(bot);
    const digest = bot.said(hub.id).at(-1)!;
    expect(digest).toMatch(/From the network “Sahel”: learnings its members chose to share \(1\)/);
    expect(digest).toContain('Reading aloud helps newcomers (Lagos, Bob');
    expect(digest).not.toContain('private worry');
    expect(bot.said(lagos.id).join('\n')).not.toContain('Reading aloud');
  }, 60_000);
});
