// People without a @username on Telegram (issue #12, items 15 and 30): peer
// rounds link each partner with tg://user?id= so they can be reached, and a
// coordinator names someone by replying to their message.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait.ts';
import type { FakeBotApi } from './fake-bot-api.ts';
import { drained } from './helpers.ts';
import { type Instance, type PollingBot, startPollingBot } from './world.ts';

let bot: PollingBot;
let api: FakeBotApi;
let instance: Instance;

beforeEach(async () => {
  bot = await startPollingBot();
  ({ api, instance } = bot);
});
afterEach(() => bot.stop());

async function settle(): Promise<void> {
  await drained(api);
  await instance.outbox.settled();
}

describe('telegram: reaching people without a username', () => {
  it('links partners in peer rounds and takes a reply as naming the person', async () => {
    const ivan = api.user('ivan', { username: undefined, first_name: 'Ivan' });
    const group = api.group({ title: 'Lagos', admins: ['alice'] });
    api.say('alice', group, '/cohort create Lagos');
    for (const handle of ['ivan', 'bob']) {
      api.say(handle, group, '/join');
      api.say(handle, api.privateChat(handle), '/start');
    }
    await settle();

    api.say('alice', group, '/pair peers');
    await settle();
    const link = `tg://user?id=${ivan.id}`;
    // The announcement and Bob's private message link Ivan, who has no @username.
    const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
    const announcement = await waitFor('announcement', async () =>
      api.inChat(group.id).find((m) => plain(m.text).includes('Peer round 1')),
    );
    expect(announcement.html).toContain(`<a href="${link}">Ivan</a>`);
    const toBob = await waitFor('bob hears of the round', async () =>
      api.inChat(api.privateChat('bob').id).find((m) => plain(m.text).includes('peer round 1')),
    );
    expect(toBob.html).toContain(`<a href="${link}">Ivan</a>`);
    // Telegram accepted the markup (the fake parses it as Telegram does): people read the name.
    expect(toBob.text).toContain('Ivan');

    // Ivan says something in the group; the coordinator replies to it with /role.
    const message = api.say('ivan', group, 'hello all');
    api.say('alice', group, '/role mentor', { replyTo: message });
    await settle();
    await waitFor('role set', async () => api.inChat(group.id).some((m) => plain(m.text) === 'Ivan is now a mentor.'));
  }, 60_000);

  it('asks a mentor who never wrote to the bot in the group, addressed to them, with a link to the private chat', async () => {
    // Ivan has no @username and never opened a private chat with the bot; Bob asks for a mentor.
    const ivan = api.user('ivan', { username: undefined, first_name: 'Ivan' });
    const group = api.group({ title: 'Lagos', admins: ['alice'] });
    api.say('alice', group, '/cohort create Lagos --languages en');
    api.say('alice', api.privateChat('alice'), '/start');
    for (const handle of ['ivan', 'bob']) {
      api.say(handle, group, '/join');
      api.say(handle, group, '/profile set languages en');
    }
    api.say('ivan', group, '/profile set capacity 1');
    api.say('bob', group, '/profile set wants-mentor yes');
    await settle();
    api.say('alice', group, '/pair mentors');
    await settle();
    api.say('alice', group, '/pair confirm');
    await settle();
    const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
    const ask = await waitFor('the request in the group', async () =>
      api.inChat(group.id).find((m) => plain(m.text).includes('Would you mentor')),
    );
    // Addressed to Ivan: his name is a tg://user mention, so Telegram tells him; Bob is named by @username.
    expect(plain(ask.text)).toMatch(/^Hello Ivan! Would you mentor @bob in Lagos\?/);
    expect(ask.html).toContain(`<a href="tg://user?id=${ivan.id}">Ivan</a>`);
    // A link that opens the private chat with the bot, so that the next request reaches him there.
    expect(ask.html).toMatch(
      /<a href="https:\/\/t\.me\/cohort_test_bot\?start=[\w-]+">Open a private chat with me<\/a>/,
    );
    // Nothing in it says who reads what in private: only who presses is private.
    expect(plain(ask.text)).toContain('Nobody here sees which button you press');

    // Bob's press is refused; Ivan's is taken, and both are introduced in the group, each addressed.
    const accept = ask.buttons!.flat().findIndex((b) => b.text === 'Accept');
    const bobPress = api.press('bob', group.id, ask.messageId, accept);
    await settle();
    await waitFor('bob refused', async () => api.answers.get(bobPress)?.text);
    expect(api.answers.get(bobPress)?.text).toMatch(/someone else|not for you/i);
    api.press('ivan', group.id, ask.messageId, accept);
    await settle();
    const toIvan = await waitFor('introduction', async () =>
      api.inChat(group.id).find((m) => plain(m.text).includes('meet your mentee')),
    );
    expect(plain(toIvan.html!)).toMatch(
      new RegExp(`^<a href="tg://user\\?id=${ivan.id}">Ivan</a>, meet your mentee @bob in Lagos!`),
    );
    const toBob = await waitFor('introduction', async () =>
      api.inChat(group.id).find((m) => plain(m.text).includes('meet your mentor')),
    );
    expect(plain(toBob.text)).toMatch(/^@bob, meet your mentor Ivan in Lagos!/);
    expect(toBob.html).toContain(`<a href="tg://user?id=${ivan.id}">Ivan</a>`);
  }, 60_000);

  it('asks a quiet member the bot cannot write to first in the group, addressed to them, and the link opens the nudge', async () => {
    const ivan = api.user('ivan', { username: undefined, first_name: 'Ivan' });
    const group = api.group({ title: 'Lagos', admins: ['alice'] });
    api.say('alice', group, '/cohort create Lagos');
    api.say('alice', api.privateChat('alice'), '/start');
    api.say('ivan', group, '/join');
    api.say('alice', group, '/checkin schedule weekly mon 18:00 --window 2h --inactive-after 1');
    await settle();
    // A week and a day on: a check-in (two, when today is a Monday before 18:00) came and went without Ivan's answer.
    await instance.advance(8 * 86_400_000);
    await settle();
    const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
    const said = await waitFor('the nudge line in the group', async () =>
      api.inChat(group.id).find((m) => plain(m.text).includes('I have a question for you about the cohort')),
    );
    // Addressed to Ivan (a tg://user mention: Telegram tells him), nothing about missing check-ins.
    expect(said.html).toContain(`<a href="tg://user?id=${ivan.id}">Ivan</a>`);
    expect(plain(said.text)).not.toMatch(/missed|No pressure|break/);
    const payload = /https:\/\/t\.me\/cohort_test_bot\?start=(nudge-[0-9a-f-]+)/.exec(said.html ?? '')?.[1];
    expect(payload, said.html).toBeDefined();

    // Ivan follows the link: Telegram sends /start with the payload in his private chat.
    const dm = api.privateChat('ivan');
    api.say('ivan', dm, `/start ${payload}`);
    await settle();
    const nudge = await waitFor('the nudge in private', async () =>
      api
        .inChat(dm.id)
        .find((m) => /^Hello Ivan! You have missed the last (check-in|2 check-ins) of Lagos/.test(plain(m.text))),
    );
    expect(nudge.buttons?.flat().map((b) => b.text)).toContain('A two-week break');
  }, 60_000);
});
