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
});
