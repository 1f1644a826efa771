// /forgetme on Matrix, end to end against a real Synapse: the bot on
// PostgreSQL with sends and jobs on BullMQ (Redis). A person joins a cohort
// room, opens a DM with the bot, answers a check-in there, writes a
// reflection, is promoted and demoted in the room, and forgets. Then: every
// row of every table and every Redis key and value is searched for their id,
// names, texts and their DM room; the bot has left and forgotten the DM
// room (it can no longer read it) and dropped it from m.direct.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { openTestStore } from '../helpers/db.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { databaseTraces, describeTraces, redisKeyCount, redisTraces } from '../helpers/traces.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld } from './world.ts';

const ABOUT = 'Quillwort archivist of the marsh';
const ANSWER = 'Catalogued nine hundred xerophytes';
const REFLECTION = 'Zephyrine lesson about patience';

describe.skipIf(!homeserverUrl)(`matrix /forgetme (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let db: Database;
  let closeStore: () => Promise<void>;
  let redis: TestRedis;
  let botUser: MatrixUser;
  let coord: MatrixUser;
  let zeb: MatrixUser;
  let carol: MatrixUser;

  beforeAll(async () => {
    [botUser, coord, zeb, carol] = await Promise.all([
      register('cohortbot'),
      register('coord'),
      register('zeb'),
      register('carol'),
    ]);
    await zeb.api('PUT', `/profile/${encodeURIComponent(zeb.userId)}/displayname`, {
      displayname: 'Zebulon Quartermaine',
    });
    const opened = await openTestStore('postgres');
    db = opened.db;
    closeStore = opened.close;
    redis = await openTestRedis('matrix-forget');
    world = new MatrixWorld(opened.store, botUser, 'own-server', [], { redis });
    await world.start();
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    await redis?.close();
    await closeStore?.();
  });

  /** What the bot said in a room, read by `reader` (Coord reads the group; Zeb their DM). */
  const saidIn = async (room: string, reader = coord) =>
    (await reader.botSaid(room, botUser.userId)).map((m) => m.body);
  const until = (what: string, probe: () => Promise<boolean>) => waitFor(what, async () => (await probe()) || null);

  /** React with the number of the option matching `label` on the bot's newest message offering it. */
  async function choose(user: MatrixUser, room: string, label: RegExp): Promise<void> {
    const message = await waitFor(`options ${label}`, async () =>
      (await user.botSaid(room, botUser.userId)).findLast((m) => m.body.split('\n').some((l) => label.test(l))),
    );
    const line = message.body.split('\n').find((l) => /^\d+\. /.test(l) && label.test(l))!;
    const n = Number(/^(\d+)\./.exec(line)![1]);
    await user.react(room, message.eventId, `${n}\uFE0F\u20E3`);
  }

  it('leaves nothing of the person in any table or in Redis, and leaves and forgets their DM room', async () => {
    const room = await coord.createRoom({ name: 'Marsh' });
    for (const user of [zeb, carol]) {
      await coord.invite(room, user.userId);
      await user.join(room);
    }
    await coord.invite(room, botUser.userId);
    await until('hello', async () => (await saidIn(room)).some((b) => /I run peer-learning cohorts/.test(b)));
    await coord.say(room, '!cohort create Marsh');
    await until('created', async () => (await saidIn(room)).some((b) => /Cohort Marsh created/.test(b)));
    await zeb.say(room, '!join');
    await carol.say(room, '!join');
    await until('joined', async () => (await saidIn(room)).filter((b) => /Welcome to Marsh/.test(b)).length === 2);

    // Zeb's DM with the bot: a profile, a reflection.
    const dm = await zeb.createRoom({ is_direct: true, invite: [botUser.userId], preset: 'trusted_private_chat' });
    await until('dm known', async () => world.adapter.rooms.dmWith(zeb.userId) === dm);
    await zeb.say(dm, `!profile set about "${ABOUT}"`);
    await until('about', async () => (await saidIn(dm, zeb)).some((b) => /Saved your about/.test(b)));
    await zeb.say(dm, `!reflect ${REFLECTION} --visibility me`);
    await until('reflection', async () => (await saidIn(dm, zeb)).some((b) => /Saved in .*Marsh/.test(b)));

    // A check-in answered in private, with numbered options picked by reaction.
    await coord.say(room, '!checkin schedule weekly mon 18:00 --window 2d --question "What did you catalogue?"');
    await until('schedule', async () => (await saidIn(room)).some((b) => /Check-in schedule #1 is set/.test(b)));
    await coord.say(room, '!checkin now');
    await choose(zeb, room, /Answer privately/);
    await until('question', async () => (await saidIn(dm, zeb)).some((b) => /What did you catalogue\?/.test(b)));
    await zeb.say(dm, ANSWER);
    await choose(zeb, dm, /Keep it private/);
    await until('kept', async () => (await saidIn(dm, zeb)).some((b) => /stay private/.test(b)));

    // Promoted and demoted in the room: events the core records by an id that names them.
    await coord.setPower(room, zeb.userId, 50);
    await until('promoted', async () =>
      (await world.adapter.chatAdmins(world.adapter.chatOf(room))).includes(zeb.userId),
    );
    await coord.setPower(room, zeb.userId, 0);
    await until(
      'demoted',
      async () => !(await world.adapter.chatAdmins(world.adapter.chatOf(room))).includes(zeb.userId),
    );
    await world.sent();

    const account = (await world.store.accounts.byPlatformId('matrix', zeb.userId))!;
    const memberships = await world.store.memberships.forAccount(account.id);
    const localpart = zeb.userId.slice(1).split(':')[0]!;
    const person = [zeb.userId, localpart, 'Zebulon', 'Quartermaine', ABOUT, ANSWER, REFLECTION, dm];
    const ids = [account.id, ...memberships.map((m) => m.id)];
    const before = await databaseTraces(db, [...person, ...ids]);
    const tables = new Set(before.map((t) => t.where));
    for (const table of ['Account', 'AdapterState', 'Chat', 'Membership', 'CheckInAnswer', 'Reflection', 'Delivery']) {
      expect(tables, `${table}\n${describeTraces(before)}`).toContain(table);
    }

    // To replay later what comes next, as after a crash before the sync token was saved.
    const tokenBefore = await world.store.adapterState.get('matrix:sync_token');
    await zeb.say(dm, '!forgetme');
    await choose(zeb, dm, /Yes, delete my data/);
    await until('goodbye', async () => (await saidIn(dm, zeb)).some((b) => /I deleted everything/.test(b)));
    // The bot left the DM room, and forgot it: it can no longer read what was written there.
    await until('left', async () => !(await botUser.joinedRooms()).includes(dm));
    // Leaving and forgetting are two calls: wait for the second, then it is no longer readable.
    await until('forgotten', () =>
      botUser.messages(dm).then(
        () => false,
        () => true,
      ),
    );
    await expect(botUser.messages(dm)).rejects.toThrow(/403|404/);
    const direct = await botUser.api<Record<string, string[]>>(
      'GET',
      `/user/${encodeURIComponent(botUser.userId)}/account_data/m.direct`,
    );
    expect(direct[zeb.userId]).toBeUndefined();
    expect(world.adapter.rooms.dmWith(zeb.userId)).toBeUndefined();

    // A later sync (the one that reports the bot's leave) brings nothing of them back.
    await coord.say(room, '!cohort');
    await until('answer after', async () => (await saidIn(room)).filter((b) => /^Marsh/m.test(b)).length >= 1);
    await world.sent();

    const leftInDb = await databaseTraces(db, [...person, ...ids]);
    expect(leftInDb, describeTraces(leftInDb)).toEqual([]);
    expect(await redisKeyCount(redis.connection, redis.prefix)).toBeGreaterThan(0);
    const leftInRedis = await redisTraces(redis.connection, redis.prefix, person);
    expect(leftInRedis, describeTraces(leftInRedis)).toEqual([]);
    // A restart that syncs again from before /forgetme (the adapter's memory of the forgotten
    // room is gone): the replayed DM events and the bot's leave bring nothing back either.
    await world.stop();
    await world.store.adapterState.set('matrix:sync_token', tokenBefore!);
    await world.start();
    await coord.say(room, '!cohort');
    await until('answer after restart', async () => (await saidIn(room)).filter((b) => /^Marsh/m.test(b)).length >= 2);
    await world.sent();
    const afterReplay = await databaseTraces(db, [...person, ...ids]);
    expect(afterReplay, describeTraces(afterReplay)).toEqual([]);
    expect((await saidIn(dm, zeb)).filter((b) => /I deleted everything/.test(b))).toHaveLength(1);

    // Carol is still a member.
    const carolAccount = await world.store.accounts.byPlatformId('matrix', carol.userId);
    expect(await world.store.memberships.forAccount(carolAccount!.id)).toHaveLength(1);
  }, 120_000);
});
