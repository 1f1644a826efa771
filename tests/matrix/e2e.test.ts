// A cohort run in a real Matrix room with the real core: the bot is invited,
// a coordinator creates the cohort, a member joins, votes in a poll, picks
// options by reaction and by numbered reply; the bot restarts in the middle,
// misses a busy stretch, and replays a batch as after a crash, and nothing is
// lost or said twice.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/core/feature.ts';
import { openTestStore } from '../helpers/db.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON, waitFor } from './helpers.ts';
import { MatrixWorld } from './world.ts';

const votes: Array<{ who: string; choice: string | undefined }> = [];
const probe: Feature = {
  name: 'probe',
  commands: [
    {
      name: 'ask',
      where: 'group',
      access: 'anyone',
      async run(ctx) {
        await ctx.poll('probe.vote', { question: 'Best day?', options: ['Mon', 'Tue', 'Wed'] });
      },
    },
  ],
  actions: {
    async 'probe.vote'(ctx, _token, choice) {
      votes.push({ who: ctx.account.platformUserId, choice });
      return undefined;
    },
  },
};

describe.skipIf(!homeserverUrl)(`matrix end to end (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let coord: MatrixUser;
  let member: MatrixUser;
  let outsider: MatrixUser;
  let roomId: string;

  /** What the bot said in the room, as plain bodies. */
  const said = async (room = roomId) => (await coord.botSaid(room, botUser.userId)).map((m) => m.body);
  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body);
  const count = (bodies: string[], pattern: RegExp) => bodies.filter((b) => pattern.test(b)).length;
  const until = (what: string, probe: () => Promise<boolean>) => waitFor(what, async () => (await probe()) || null);

  beforeAll(async () => {
    [botUser, coord, member, outsider] = await Promise.all([
      register('cohortbot'),
      register('coord'),
      register('member'),
      register('outsider'),
    ]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    // Only these two may invite the bot (the outsider is on the same server, so name users).
    world = new MatrixWorld(opened.store, botUser, [coord.userId, member.userId], [probe]);
    await world.start();
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('says at start that end-to-end encryption is off without the native module', () => {
    const line = world.logs.find((l) => l.level === 'warn' && /end-to-end encryption is OFF/.test(l.msg ?? ''));
    expect(line).toBeDefined();
    expect(world.adapter.e2ee).toBe(false);
  });

  it('joins when an allowed coordinator invites it, and says hello', async () => {
    roomId = await coord.createRoom({ name: 'Lagos editors' });
    await coord.invite(roomId, member.userId);
    await member.join(roomId);
    await coord.invite(roomId, botUser.userId);
    await until('hello', async () => count(await said(), /I run peer-learning cohorts/) === 1);
  });

  it('refuses an invite from someone not allowed', async () => {
    const room = await outsider.createRoom({ name: 'Elsewhere' });
    await outsider.invite(room, botUser.userId);
    await until('refusal', async () => {
      const state = await outsider.api<{ membership?: string }>(
        'GET',
        `/rooms/${encodeURIComponent(room)}/state/m.room.member/${encodeURIComponent(botUser.userId)}`,
      );
      return state.membership === 'leave';
    });
    expect(await botUser.joinedRooms()).not.toContain(room);
  });

  it('lets the room creator (power 100) create a cohort, and a member join', async () => {
    await coord.say(roomId, '!cohort create "Lagos editors"');
    await until('created', async () => count(await said(), /Cohort Lagos editors created/) === 1);
    await member.say(roomId, '!join');
    await until('welcome', async () => count(await said(), /Welcome to Lagos editors/) === 1);
    // A member (power 0) is not a coordinator.
    await member.say(roomId, '!cohort pause');
    await until('refused', async () => (await said()).length >= 4);
    expect(await world.adapter.chatAdmins(world.adapter.chatOf(roomId))).toEqual([coord.userId]);
  });

  it('follows power level changes live', async () => {
    await coord.setPower(roomId, member.userId, 50);
    await until('promoted', async () =>
      (await world.adapter.chatAdmins(world.adapter.chatOf(roomId))).includes(member.userId),
    );
    await coord.setPower(roomId, member.userId, 0);
    await until(
      'demoted',
      async () => !(await world.adapter.chatAdmins(world.adapter.chatOf(roomId))).includes(member.userId),
    );
  });

  it('posts an MSC3381 poll and takes unstable and stable votes', async () => {
    await member.say(roomId, '!ask');
    const poll = await waitFor('poll', async () =>
      (await coord.messages(roomId)).find((e) => e.type === 'org.matrix.msc3381.poll.start'),
    );
    expect(poll.content['org.matrix.msc3381.poll.start'].answers).toHaveLength(3);
    await member.vote(roomId, poll.event_id, ['1']);
    await coord.vote(roomId, poll.event_id, ['2'], true);
    await until('votes', async () => votes.length === 2);
    expect(votes).toEqual([
      { who: member.userId, choice: '1' },
      { who: coord.userId, choice: '2' },
    ]);
  });

  it('maps a bare numbered reply to the option of the message just before', async () => {
    await coord.say(roomId, '!language');
    const options = await waitFor('options', async () =>
      (await said()).find((b) => /Choose another/.test(b) && /\n1\. /.test(b)),
    );
    const spanish = /(\d+)\. Español/.exec(options)![1]!;
    await coord.say(roomId, spanish);
    await until('language set', async () => count(await said(), /Español/) >= 2);
    expect(await world.store.accounts.byPlatformId('matrix', coord.userId)).toMatchObject({ locale: 'es' });
  });

  it('restarts without losing or repeating anything, back-filling a busy room', async () => {
    const before = await said();
    await world.stop();
    // While the bot is away: a command, then more chatter than one sync shows (limited timeline).
    await member.say(roomId, '!cohort');
    for (let i = 0; i < 60; i++) await coord.say(roomId, `chatter ${i}`);
    await world.start();
    await until('answer after restart', async () => (await said()).length === before.length + 1);
    const after = await said();
    expect(after.at(-1)).toMatch(/Lagos editors/);
    expect(world.logs.some((l) => /back-filled/.test(l.msg ?? ''))).toBe(true);
    // Nothing more comes.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await said()).length).toBe(before.length + 1);
  });

  it('replays a batch after a crash before the sync token was saved, without answering twice', async () => {
    const token = await world.store.adapterState.get('matrix:sync_token');
    await member.say(roomId, '!cohort');
    const before = (await said()).length;
    await until('answered', async () => (await said()).length === before + 1);
    // A crash after handling but before saving the token: the next run gets the same events again.
    await world.stop();
    await world.store.adapterState.set('matrix:sync_token', token!);
    await world.start();
    await new Promise((r) => setTimeout(r, 2500));
    expect((await said()).length).toBe(before + 1);
  });

  it('takes a keycap reaction on its message as the button press (/forgetme in a DM)', async () => {
    const dm = await member.createRoom({ is_direct: true, invite: [botUser.userId], preset: 'trusted_private_chat' });
    await until('bot in dm', async () => (await botUser.joinedRooms()).includes(dm));
    await until('dm known', async () => world.adapter.rooms.dmWith(member.userId) === dm);
    await member.say(dm, '!forgetme');
    const confirm = await waitFor('confirm', async () =>
      (await member.botSaid(dm, botUser.userId)).find((m) => /cannot be undone/.test(m.body)),
    );
    expect(confirm.body).toMatch(/1\. Yes, delete my data/);
    await member.react(dm, confirm.eventId, '1️⃣');
    await until('forgotten', async () => count(await saidIn(member, dm), /I deleted everything/) === 1);
    expect(await world.store.accounts.byPlatformId('matrix', member.userId)).toBeNull();
  });

  it('opens a DM itself (is_direct, recorded in m.direct) and sends idempotently', async () => {
    const chat = await world.adapter.openDm(coord.userId);
    expect(chat).toMatchObject({ kind: 'private', platform: 'matrix' });
    expect(await world.adapter.openDm(coord.userId)).toEqual(chat);
    const direct = await botUser.api<Record<string, string[]>>(
      'GET',
      `/user/${encodeURIComponent(botUser.userId)}/account_data/m.direct`,
    );
    expect(direct[coord.userId]).toContain(chat!.chatId);
    const first = await world.adapter.send(chat!, { html: 'once' }, { idempotencyKey: 'ledger-1' });
    const again = await world.adapter.send(chat!, { html: 'once' }, { idempotencyKey: 'ledger-1' });
    expect(again.messageId).toBe(first.messageId);
  });

  it('tells an encrypted room once that it cannot read it', async () => {
    const room = await coord.createRoom({
      name: 'Secret',
      initial_state: [{ type: 'm.room.encryption', state_key: '', content: { algorithm: 'm.megolm.v1.aes-sha2' } }],
    });
    await coord.invite(room, botUser.userId);
    await until('notice', async () => count(await said(room), /end-to-end encrypted/) === 1);
    await world.stop();
    await world.start();
    await coord.say(room, 'anyone?');
    await new Promise((r) => setTimeout(r, 2000));
    expect(count(await said(room), /end-to-end encrypted/)).toBe(1);
  });
});
