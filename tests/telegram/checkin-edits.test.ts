// Check-in answers edited on Telegram (issue #12 item 27): edited_message
// updates the answer while the check-in is open, in the group and in private,
// and an edit never answers the question asked next.

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

const said = (chatId: number) => api.inChat(chatId).map((m) => m.text.replace(/[\u2068\u2069]/g, ''));

async function settle(): Promise<void> {
  await drained(api);
  await instance.outbox.settled();
}

describe('telegram: edited check-in answers', () => {
  it('an edited reply to the prompt and an edited private answer replace the answers', async () => {
    const group = api.group({ title: 'Berlin', admins: ['alice'] });
    api.say('alice', group, '/cohort create Berlin --timezone Europe/Berlin');
    api.say(
      'alice',
      group,
      '/checkin schedule weekly mon 18:00 --window 1d --question "What did you learn?" --question "What next?"',
    );
    api.say('bob', group, '/join');
    api.say('carol', group, '/join');
    api.say('carol', api.privateChat('carol'), '/start');
    await settle();
    api.say('alice', group, '/checkin now');
    await settle();
    const prompt = api.inChat(group.id).find((m) => /Check-in time/.test(m.text))!;

    const bobReply = api.say('bob', group, 'SPARQL\nMore SPARQL', { replyTo: prompt.messageId });
    await settle();
    api.editOwn('bob', group, bobReply, 'SPARQL basics\nTeach it', { replyTo: prompt.messageId });
    await settle();

    const carolChat = api.privateChat('carol');
    api.press('carol', group.id, prompt.messageId, 0);
    await waitFor('the first question', () => said(carolChat.id).some((t) => t.includes('(1/2) What did you learn?')));
    const first = api.say('carol', carolChat, 'Lua');
    await waitFor('the second question', () => said(carolChat.id).some((t) => t.includes('(2/2) What next?')));
    api.editOwn('carol', carolChat, first, 'Lua modules');
    await waitFor('the update', () => said(carolChat.id).includes('Your answer to question 1 is updated.'));
    api.say('carol', carolChat, 'A template');
    await waitFor('the end', () => said(carolChat.id).some((t) => t.includes('You answered 2 of 2')));

    const cohort = (await store.cohorts.liveFor(
      (await store.chats.byPlatformId('telegram', String(group.id)))!.id,
      '',
    ))!;
    const occurrence = (await store.checkins.recentOccurrences(cohort.id, 1))[0]!;
    const answers = (await store.checkins.answers(occurrence.id)).map((a) => a.answers);
    expect(answers).toContainEqual(['SPARQL basics', 'Teach it']);
    expect(answers).toContainEqual(['Lua modules', 'A template']);
  });
});
