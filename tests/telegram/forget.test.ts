// /forgetme on Telegram, end to end: the bot on PostgreSQL, webhooks through
// the durable inbound queue and sends and jobs through BullMQ on Redis (as in
// production), the fake Bot API playing Telegram. A person joins, answers,
// reflects, has an update that failed for good kept in Redis, and forgets;
// then every row of every table and every Redis key and value under the
// test's prefix is searched for their id, names and texts.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import type { Database } from '../../src/db/client.ts';
import { openTestStore } from '../helpers/db.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { databaseTraces, describeTraces, redisKeyCount, redisTraces } from '../helpers/traces.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi, type FakeChat } from './fake-bot-api.ts';
import { drained } from './helpers.ts';
import { type Instance, startInstance } from './world.ts';

const ZEB_ID = 5550001234;
const ABOUT = 'Quillwort archivist of the marsh';
const ANSWER = 'Catalogued nine hundred xerophytes';
const REFLECTION = 'Zephyrine lesson about patience';
const BROKEN = 'Verbascum note that fails';

let api: FakeBotApi;
let store: Store;
let db: Database;
let closeStore: () => Promise<void>;
let redis: TestRedis;
let instance: Instance;

beforeEach(async () => {
  api = await new FakeBotApi().listen();
  ({ store, db, close: closeStore } = await openTestStore('postgres'));
  redis = await openTestRedis('forget');
  instance = await startInstance(store, api, { mode: 'webhook', redis, jobs: 'bullmq' });
  await waitFor('the webhook', () => api.webhook !== null);
});
afterEach(async () => {
  await instance.stop();
  await api.close();
  await redis.close();
  await closeStore();
});

/** Every update taken and handled, every queued message sent. */
async function settle(): Promise<void> {
  await drained(api);
  await waitFor('the inbound queue', async () => (await instance.queue!.backlog()) === 0, { timeoutMs: 20_000 });
  await instance.settled();
}

const said = (chat: FakeChat) => api.inChat(chat.id).map((m) => m.text.replace(/[\u2068\u2069]/g, ''));

/** Press the button labelled `label` on the bot's newest message in `chat` that has it. */
function press(handle: string, chat: FakeChat, label: RegExp): void {
  const message = [...api.inChat(chat.id)].reverse().find((m) => m.buttons?.flat().some((b) => label.test(b.text)));
  if (!message) throw new Error(`no button ${label} in ${chat.id}: ${said(chat).join(' | ')}`);
  const index = message.buttons!.flat().findIndex((b) => label.test(b.text));
  api.press(handle, chat.id, message.messageId, index);
}

describe('telegram /forgetme', () => {
  it('leaves nothing of the person in any table, in Redis, or in the adapter', async () => {
    api.user('zeb', { id: ZEB_ID, first_name: 'Zebulon', last_name: 'Quartermaine', username: 'zquartermaine' });
    const group = api.group({ title: 'Marsh', admins: ['alice'] });
    api.say('alice', group, '/cohort create Marsh');
    await settle();
    api.say('alice', group, '/cohort');
    await settle();
    const code = /start=(\w+)/.exec(said(group).at(-1)!)![1]!;

    // Zeb joins by the link, fills in a profile and writes a reflection in private.
    const dm = api.privateChat('zeb');
    api.say('zeb', dm, `/start ${code}`);
    await settle();
    expect(said(dm).at(-1)).toMatch(/Welcome to Marsh/);
    api.say('zeb', dm, `/profile set about "${ABOUT}"`);
    api.say('zeb', dm, `/reflect ${REFLECTION} --visibility me`);
    api.say('carol', group, '/join');
    await settle();

    // A check-in, answered in private (its reminder and close wait in Redis).
    api.say('alice', group, '/checkin schedule weekly mon 18:00 --window 2d --question "What did you catalogue?"');
    await settle();
    api.say('alice', group, '/checkin now');
    await settle();
    press('zeb', group, /Answer privately/);
    await settle();
    expect(said(dm).at(-1)).toMatch(/What did you catalogue\?/);
    api.say('zeb', dm, ANSWER);
    await settle();
    press('zeb', dm, /Keep it private/);
    await settle();

    // An update of theirs that cannot be handled: after its tries it is kept, failed, in Redis.
    api.pushRaw({
      message: { message_id: 999, date: Math.floor(Date.now() / 1000), from: api.user('zeb'), text: BROKEN },
    });
    await settle();

    const account = (await store.accounts.byPlatformId('telegram', String(ZEB_ID)))!;
    const memberships = await store.memberships.forAccount(account.id);
    const person = [String(ZEB_ID), 'Zebulon', 'Quartermaine', 'zquartermaine', ABOUT, ANSWER, REFLECTION, BROKEN];
    const ids = [account.id, ...memberships.map((m) => m.id)];

    // The searches find them where they are.
    const inDb = await databaseTraces(db, [...person, ...ids]);
    const tables = new Set(inDb.map((t) => t.where));
    for (const table of ['Account', 'AdapterState', 'Chat', 'Membership', 'CheckInAnswer', 'Reflection', 'Delivery']) {
      expect(tables, `${table}\n${describeTraces(inDb)}`).toContain(table);
    }
    const inRedis = await redisTraces(redis.connection, redis.prefix, person);
    expect(inRedis.map((t) => t.term)).toContain(BROKEN);
    expect(await instance.adapter.openDm(String(ZEB_ID))).not.toBeNull();

    api.say('zeb', dm, '/forgetme');
    await settle();
    press('zeb', dm, /Yes, delete/);
    await settle();
    expect(said(dm).at(-1)).toMatch(/Done: I deleted everything I kept about you/);

    const leftInDb = await databaseTraces(db, [...person, ...ids]);
    expect(leftInDb, describeTraces(leftInDb)).toEqual([]);
    // Job data carries ids only: Redis still holds the cohort's jobs, and nothing of Zeb.
    expect(await redisKeyCount(redis.connection, redis.prefix)).toBeGreaterThan(0);
    const leftInRedis = await redisTraces(redis.connection, redis.prefix, person);
    expect(leftInRedis, describeTraces(leftInRedis)).toEqual([]);
    // The bot no longer knows that it may write to them first.
    expect(await instance.adapter.openDm(String(ZEB_ID))).toBeNull();
    // The others are still there.
    const carol = await store.accounts.byPlatformId('telegram', String(api.user('carol').id));
    expect(await store.memberships.forAccount(carol!.id)).toHaveLength(1);
  });
});
