// Roles over HTTP against the fake Bot API (docs/privacy.md, "Roles"; docs/telegram.md):
// a chat administrator is a coordinator only while Telegram says so, and a
// demotion is seen at the next command, whether or not the bot is an admin
// itself; a role granted with /role outlives the demotion.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeBotApi, FakeChat } from './fake-bot-api.ts';
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

const REFUSED = 'Only a coordinator of this cohort can do that.';

/** Someone writes in a group; the bot's answer (its newest message there). */
async function ask(handle: string, chat: FakeChat, text: string): Promise<string> {
  const before = api.inChat(chat.id).length;
  api.say(handle, chat, text);
  await drained(api);
  await instance.outbox.settled();
  const said = api.inChat(chat.id).map((m) => m.text.replace(/[\u2068\u2069]/g, ''));
  expect(said.length, `an answer to ${text}`).toBeGreaterThan(before);
  return said.at(-1)!;
}

describe('telegram roles', () => {
  it('a demoted creator is refused at the next command although the bot, not an admin, hears of no change', async () => {
    const group = api.group({ title: 'Lagos', admins: ['alice'] });
    expect(await ask('alice', group, '/cohort create Lagos')).toMatch(/Cohort Lagos created/);
    await ask('alice', group, '/checkin schedule weekly mon 18:00');
    await ask('bob', group, '/join');
    expect(await ask('alice', group, '/members')).toContain('Alice (@alice) — coordinator (chat admin), active');

    // Demoted in Telegram. No chat_member update reaches a bot that is not an admin.
    const updates = api.pendingUpdates;
    api.demote('alice', group, 'owner');
    expect(api.pendingUpdates).toBe(updates);
    for (const command of ['/members', '/checkin now', '/cohort edit --region Accra']) {
      expect(await ask('alice', group, command)).toBe(REFUSED);
    }
    // Promoted again: a coordinator again at once.
    api.promote('alice', group, 'owner');
    expect(await ask('alice', group, '/cohort edit --region Accra')).toMatch(/Accra/);
  });

  it('with the bot an admin, a chat_member update ends a coordinator right; a granted role outlives it', async () => {
    const group = api.group({ title: 'Abuja', admins: ['alice', 'bob'], botAdmin: true });
    await ask('alice', group, '/cohort create Abuja');
    await ask('bob', group, '/join');
    expect(await ask('alice', group, '/role @bob coordinator')).toContain(
      'Bob is also an admin of this chat. The granted role keeps them a coordinator',
    );
    const list = await ask('alice', group, '/members');
    expect(list).toContain('Alice (@alice) — coordinator (chat admin), active');
    expect(list).toContain('Bob (@bob) — coordinator (chat admin, also granted with /role), active');
    // Telegram reports admin changes to an admin bot, so the list is kept between commands.
    const lookups = api.adminLookups;
    await ask('alice', group, '/members');
    expect(api.adminLookups).toBe(lookups);

    // Bob demotes Alice: the chat_member update drops the kept list, her next command is refused.
    api.demote('alice', group, 'bob');
    expect(await ask('alice', group, '/members')).toBe(REFUSED);
    expect(await ask('alice', group, '/cohort pause')).toBe(REFUSED);

    // Bob loses his admin rights too; the role Alice granted him stands.
    api.demote('bob', group, 'owner');
    expect(await ask('bob', group, '/members')).toContain('Bob (@bob) — coordinator (granted with /role), active');
    expect(await ask('bob', group, '/cohort pause')).toMatch(/^Abuja is paused\./);
    // ...until a coordinator takes it back.
    api.promote('alice', group, 'owner');
    expect(await ask('alice', group, '/role @bob member')).toBe('Bob is now a member.');
    expect(await ask('bob', group, '/cohort resume')).toBe(REFUSED);
  });
});
