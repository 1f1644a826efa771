// A Telegram channel as a network's hub, over the fake Bot API (channel posts
// come as channel_post with no person named, as Telegram sends them): a
// one-time code from private, posted in the channel by its admin; refused where
// the bot may not post; wrong and reused codes answered. And the "Offer this
// to the network?" inline buttons right after writing, the digest in the channel.

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

/** Alice asks for a channel code in private; returns it. */
async function hubCode(): Promise<string> {
  const alice = api.privateChat('alice');
  api.say('alice', alice, '/network hub');
  await settle();
  const text = bot.said(alice.id).at(-1) ?? '';
  expect(text).toContain('To make a Telegram channel the hub of “Sahel”');
  const code = /\/network hub (hub-[\w-]+)/.exec(text)?.[1];
  expect(code).toBeDefined();
  return code!;
}

describe('telegram network: a channel as the hub', () => {
  it('attaches a channel by a code from private, refuses where the bot may not post, and posts the digest there', async () => {
    const lagos = api.group({ title: 'Lagos', admins: ['alice'] });
    const closed = api.channel({ title: 'Muted channel', admins: ['alice'], botCanPost: false });
    const channel = api.channel({ title: 'Sahel news', admins: ['alice', 'carol'], signatures: true });
    const other = api.channel({ title: 'Other', admins: ['carol'] });
    await settle();
    for (const who of ['alice', 'bob', 'carol']) api.say(who, api.privateChat(who), '/start');
    api.say('alice', lagos, '/cohort create Lagos --themes Literacy');
    api.say('bob', lagos, '/join');
    await settle();
    api.say('alice', lagos, '/network create Sahel');
    await settle();

    // Someone who coordinates no network gets no code.
    api.say('carol', api.privateChat('carol'), '/network hub');
    await settle();
    expect(bot.said(api.privateChat('carol').id).at(-1)).toMatch(/you coordinate no network/);

    // The bot may not post in this channel: nothing stored, alice hears why in private.
    const refused = await hubCode();
    api.post('alice', closed, `/network hub ${refused}`);
    await settle();
    expect(bot.said(closed.id)).toEqual([]);
    expect(bot.said(api.privateChat('alice').id).at(-1)).toMatch(/I cannot post in that chat/);

    // A made-up code, and a post that is not for the bot.
    api.post('carol', channel, '/network hub hub-AAAAAAAAAAAA');
    api.post('carol', channel, 'Our newsletter is out');
    await settle();
    expect(bot.said(channel.id)).toHaveLength(1);
    expect(bot.said(channel.id)[0]).toMatch(/This hub code is unknown, used or expired/);

    // The real code, posted by another admin of the channel (its consent); the post with the code is removed.
    const code = await hubCode();
    const posted = api.post('carol', channel, `/network hub ${code}`);
    await settle();
    expect(bot.said(channel.id).at(-1)).toMatch(/This chat is now the hub of “Sahel”/);
    expect(api.written.get(`${channel.id}/${posted}`)?.deleted).toBe(true);
    expect(bot.said(api.privateChat('alice').id).at(-1)).toMatch(/The channel Sahel news is now the hub of “Sahel”/);
    // Used once.
    api.post('carol', other, `/network hub ${code}`);
    await settle();
    expect(bot.said(other.id).at(-1)).toMatch(/This hub code is unknown, used or expired/);

    // Right after writing, the author alone gets inline buttons to offer it.
    const dm = api.privateChat('bob');
    api.say('bob', dm, '/reflect Reading aloud helps newcomers');
    await settle();
    const offer = api.inChat(dm.id).findLast((m) => m.text.includes('Offer this to the network'))!;
    expect(plain(offer.text)).toContain('Reading aloud helps newcomers');
    expect(offer.buttons!.flat().map((b) => plain(b.text))).toEqual([
      'Share with my name',
      'Share without my name',
      'Not this one',
    ]);
    api.say('bob', dm, '/reflect A private worry');
    await settle();
    api.press('bob', dm.id, offer.messageId, 0);
    await settle();
    expect(bot.said(dm.id).at(-1)).toMatch(/Shared with “Sahel”/);
    for (const chat of [lagos, channel]) expect(bot.said(chat.id).join('\n')).not.toContain('Reading aloud');

    await aWeekLater(bot);
    const digest = bot.said(channel.id).at(-1)!;
    expect(digest).toMatch(/From the network “Sahel”: learnings its members chose to share \(1\)/);
    expect(digest).toContain('Literacy · in English');
    expect(digest).toContain('Reading aloud helps newcomers (Lagos, Bob');
    expect(digest).not.toContain('private worry');
    expect(bot.said(lagos.id).join('\n')).not.toContain('Reading aloud');
  }, 90_000);
});
