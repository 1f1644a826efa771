// A cohort run in a real Matrix room with the real core: the bot is invited,
// a coordinator creates the cohort, a member joins, votes in a poll, picks
// options by reaction and by numbered reply; the bot restarts in the middle,
// misses a busy stretch, and replays a batch as after a crash, and nothing is
// lost or said twice.
//
// Each case has its own room and its own people, so any case passes alone
// (`npx vitest run tests/matrix/e2e.test.ts -t '<case>'`) and in any order.
// Only the bot (one adapter, one database) is shared.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/core/feature.ts';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld } from './world.ts';

const votes: Array<{ room: string; who: string; choice: string | undefined }> = [];
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
      votes.push({ room: ctx.chat.chatId, who: ctx.account.platformUserId, choice });
      return undefined;
    },
  },
};

describe.skipIf(!homeserverUrl)(`matrix end to end (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  /** The cases that need someone allowed to invite the bot: each gets its own coordinator. */
  const CASES = [
    'hello',
    'cohort',
    'power',
    'poll',
    'language',
    'restart',
    'replay',
    'forgetme',
    'encrypted',
    'names',
    'press',
    'thread',
    'crash',
    'cleared',
  ] as const;
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let outsider: MatrixUser;
  const coordinators = new Map<(typeof CASES)[number], MatrixUser>();
  const coordinatorOf = (name: (typeof CASES)[number]) => coordinators.get(name)!;

  /** What the bot said in a room, as plain bodies, read by someone in it. */
  const said = async (reader: MatrixUser, room: string) =>
    (await reader.botSaid(room, botUser.userId)).map((m) => m.body);
  const count = (bodies: string[], pattern: RegExp) => bodies.filter((b) => pattern.test(b)).length;

  /** A room the coordinator made, with `members` in it, the bot invited and its hello said. */
  async function room(coord: MatrixUser, name: string, members: MatrixUser[] = []): Promise<string> {
    const roomId = await coord.createRoom({ name });
    for (const member of members) {
      await coord.invite(roomId, member.userId);
      await member.join(roomId);
    }
    await coord.invite(roomId, botUser.userId);
    await waitFor(
      `hello in ${name}`,
      async () => count(await said(coord, roomId), /I run peer-learning cohorts/) === 1,
    );
    return roomId;
  }

  /** Such a room with a cohort of the same name created by its coordinator. */
  async function cohortRoom(coord: MatrixUser, name: string, members: MatrixUser[] = []): Promise<string> {
    const roomId = await room(coord, name, members);
    await coord.say(roomId, `!cohort create "${name}"`);
    await waitFor(
      `cohort ${name}`,
      async () => count(await said(coord, roomId), new RegExp(`Cohort ${name} created`)) === 1,
    );
    return roomId;
  }

  beforeAll(async () => {
    [botUser, outsider] = await Promise.all([register('cohortbot'), register('outsider')]);
    const people = await Promise.all(CASES.map((name) => register(`coord${name}`)));
    for (const [i, name] of CASES.entries()) coordinators.set(name, people[i]!);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    // Only the coordinators may invite the bot (the outsider is on the same server, so name users).
    world = new MatrixWorld(
      opened.store,
      botUser,
      people.map((p) => p.userId),
      [probe],
    );
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
    const coord = coordinatorOf('hello');
    const member = await register('member');
    const roomId = await coord.createRoom({ name: 'Lagos editors' });
    await coord.invite(roomId, member.userId);
    await member.join(roomId);
    await coord.invite(roomId, botUser.userId);
    await waitFor('hello', async () => count(await said(coord, roomId), /I run peer-learning cohorts/) === 1);
    expect(await botUser.joinedRooms()).toContain(roomId);
    // A room just joined has no gap to fill: no "back-filled a gap after downtime, events: 0" line.
    await world.waitHandled('a message after the hello', await coord.say(roomId, 'welcome, bot'));
    const backFilled = world.logs.filter((l) => /back-filled/.test(l.msg ?? ''));
    expect(backFilled.filter((l) => (l.obj as { roomId?: string }).roomId === roomId)).toEqual([]);
  });

  it('refuses an invite from someone not allowed', async () => {
    const room = await outsider.createRoom({ name: 'Elsewhere' });
    await outsider.invite(room, botUser.userId);
    await waitFor('refusal', async () => {
      const state = await outsider.api<{ membership?: string }>(
        'GET',
        `/rooms/${encodeURIComponent(room)}/state/m.room.member/${encodeURIComponent(botUser.userId)}`,
      );
      return state.membership === 'leave';
    });
    expect(await botUser.joinedRooms()).not.toContain(room);
  });

  it('lets the room creator (power 100) create a cohort, and a member join', async () => {
    const coord = coordinatorOf('cohort');
    const member = await register('member');
    const roomId = await room(coord, 'Lagos editors', [member]);
    await coord.say(roomId, '!cohort create "Lagos editors"');
    await waitFor('created', async () => count(await said(coord, roomId), /Cohort Lagos editors created/) === 1);
    await member.say(roomId, '!join');
    await waitFor('welcome', async () => count(await said(coord, roomId), /Welcome to Lagos editors/) === 1);
    // A member (power 0) is not a coordinator.
    await member.say(roomId, '!cohort pause');
    await waitFor('refused', async () => count(await said(coord, roomId), /Only a .*coordinator.* can do that/) === 1);
    expect(await world.adapter.chatAdmins(world.adapter.chatOf(roomId))).toEqual([coord.userId]);
  });

  it('follows power level changes live', async () => {
    const coord = coordinatorOf('power');
    const member = await register('member');
    const roomId = await room(coord, 'Power room', [member]);
    const admins = () => world.adapter.chatAdmins(world.adapter.chatOf(roomId));
    expect(await admins()).toEqual([coord.userId]);
    await coord.setPower(roomId, member.userId, 50);
    await waitFor('promoted', async () => (await admins()).includes(member.userId));
    await coord.setPower(roomId, member.userId, 0);
    await waitFor('demoted', async () => !(await admins()).includes(member.userId));
    expect(await admins()).toEqual([coord.userId]);
  });

  it('posts an MSC3381 poll and takes unstable and stable votes', async () => {
    const coord = coordinatorOf('poll');
    const member = await register('member');
    const roomId = await cohortRoom(coord, 'Poll room', [member]);
    await member.say(roomId, '!ask');
    const poll = await waitFor('poll', async () =>
      (await coord.messages(roomId)).find((e) => e.type === 'org.matrix.msc3381.poll.start'),
    );
    expect(poll.content['org.matrix.msc3381.poll.start'].answers).toHaveLength(3);
    const here = () => votes.filter((v) => v.room === roomId).map(({ who, choice }) => ({ who, choice }));
    await member.vote(roomId, poll.event_id, ['1']);
    await coord.vote(roomId, poll.event_id, ['2'], true);
    await waitFor('votes', () => here().length === 2);
    expect(here()).toEqual([
      { who: member.userId, choice: '1' },
      { who: coord.userId, choice: '2' },
    ]);
  });

  it('maps a bare numbered reply to the option of the message just before', async () => {
    const coord = coordinatorOf('language');
    const roomId = await cohortRoom(coord, 'Language room');
    await coord.say(roomId, '!language');
    const options = await waitFor('options', async () =>
      (await said(coord, roomId)).find((b) => /Choose another/.test(b) && /\n1\. /.test(b)),
    );
    const spanish = /(\d+)\. Español/.exec(options)![1]!;
    await coord.say(roomId, spanish);
    await waitFor('language set', async () => count(await said(coord, roomId), /Español/) >= 2);
    expect(await world.store.accounts.byPlatformId('matrix', coord.userId)).toMatchObject({ locale: 'es' });
  });

  it('restarts without losing or repeating anything, back-filling a busy room', async () => {
    const coord = coordinatorOf('restart');
    const member = await register('member');
    const roomId = await cohortRoom(coord, 'Restart room', [member]);
    const before = await said(coord, roomId);
    await world.stop();
    const logsBefore = world.logs.length;
    // While the bot is away: a command, then more chatter than one sync shows (limited timeline).
    await member.say(roomId, '!cohort');
    let lastChatter = '';
    for (let i = 0; i < 60; i++) lastChatter = await coord.say(roomId, `chatter ${i}`);
    await world.start();
    // The chatter came after the command: once the core has handled all of it, the answer is out.
    await world.waitHandled('the chatter after the command', lastChatter);
    const after = await said(coord, roomId);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatch(/Restart room/);
    expect(world.logs.slice(logsBefore).some((l) => /back-filled/.test(l.msg ?? ''))).toBe(true);
  });

  it('keeps display names after a restart: a name comes from the room member state, never from the user id', async () => {
    const coord = coordinatorOf('names');
    const member = await register('grace');
    await member.api('PUT', `/profile/${encodeURIComponent(member.userId)}/displayname`, {
      displayname: 'Grace Mentor',
    });
    const roomId = await cohortRoom(coord, 'Names room', [member]);
    const joined = await member.say(roomId, '!join');
    await world.waitHandled('the join', joined);
    expect((await world.store.accounts.byPlatformId('matrix', member.userId))?.displayName).toBe('Grace Mentor');
    await world.stop();
    await world.start();
    // The first message after the restart: sync carries no member state for the room any more.
    const after = await member.say(roomId, 'hello again');
    await world.waitHandled('the message after the restart', after);
    expect((await world.store.accounts.byPlatformId('matrix', member.userId))?.displayName).toBe('Grace Mentor');
    // What people read: the member list names her, not her user id's local part.
    await coord.say(roomId, '!members');
    const list = await waitFor('the member list', async () =>
      (await said(coord, roomId)).find((b) => /Names room: \d members/.test(b)),
    );
    expect(list).toContain('Grace Mentor');
    expect(list).not.toContain(member.userId.slice(1).split(':')[0]!);
  });

  it('answers a command once across a crash after the answer went out and before the event was recorded', async () => {
    const coord = coordinatorOf('crash');
    const roomId = await cohortRoom(coord, 'Crash room');
    const token = await world.store.adapterState.get('matrix:sync_token');
    const before = (await said(coord, roomId)).length;
    const command = await coord.say(roomId, '!cohort');
    await waitFor('answered', async () => (await said(coord, roomId)).length === before + 1);
    await world.waitHandled('the command', command);
    // Killed before the core recorded the event: the restarted bot handles it again in full.
    await world.stop();
    await world.store.inbound.prune(new Date(Date.now() + 60_000));
    await world.store.adapterState.set('matrix:sync_token', token!);
    await world.start();
    await waitFor('the command handled a second time', () => world.timesHandled(command) === 2);
    await world.waitHandled('the replayed command', command);
    // The answer's transaction id comes from the event it answers: the homeserver kept one post.
    expect(await said(coord, roomId)).toHaveLength(before + 1);
  });

  it('answers a numbered press once, without the presser name, and takes a bare number from another person as conversation', async () => {
    const coord = coordinatorOf('press');
    const member = await register('member');
    await member.api('PUT', `/profile/${encodeURIComponent(member.userId)}/displayname`, { displayname: '@room' });
    const roomId = await cohortRoom(coord, 'Press room', [member]);
    await coord.say(roomId, '!language');
    const options = await waitFor('options', async () =>
      (await said(coord, roomId)).find((b) => /Choose another/.test(b) && /\n1\. /.test(b)),
    );
    const before = (await said(coord, roomId)).length;
    // The member types a number: the options were for the coordinator, so it is just talk.
    const talk = await member.say(roomId, '2');
    await world.waitHandled('the member number', talk);
    expect((await said(coord, roomId)).slice(before).some((b) => /someone else/.test(b))).toBe(false);
    const spanish = /(\d+)\. Español/.exec(options)![1]!;
    const press = await coord.say(roomId, spanish);
    await world.waitHandled('the press', press);
    await waitFor('language set', async () => count(await said(coord, roomId), /Español/) >= 2);
    const after = (await said(coord, roomId)).slice(before);
    // One answer to the press, and nothing prefixed with a display name ("@room: …").
    expect(after).toHaveLength(1);
    expect(after.some((b) => b.startsWith('@room') || b.includes(': Listo'))).toBe(false);
  });

  it('answers a command written in a thread in that thread', async () => {
    const coord = coordinatorOf('thread');
    const roomId = await cohortRoom(coord, 'Thread room');
    const root = await coord.say(roomId, 'Week 3 discussion');
    const inThread = await coord.sendEvent(roomId, 'm.room.message', {
      msgtype: 'm.text',
      body: '!cohort',
      'm.relates_to': {
        rel_type: 'm.thread',
        event_id: root,
        is_falling_back: true,
        'm.in_reply_to': { event_id: root },
      },
    });
    await world.waitHandled('the command in the thread', inThread);
    const answer = await waitFor('the answer', async () =>
      (await coord.messages(roomId)).find(
        (e) =>
          e.sender === botUser.userId &&
          /Thread room/.test(String(e.content?.body ?? '')) &&
          e.content?.['m.relates_to']?.rel_type === 'm.thread',
      ),
    );
    expect(answer.content['m.relates_to'].event_id).toBe(root);
    // The answer notifies the person it answers (m.mentions), never the whole room.
    expect(answer.content['m.mentions']).toEqual({ user_ids: [coord.userId] });
  });

  it('keeps answers in the thread for replies to its threaded answers, with or without the thread relation', async () => {
    const coord = coordinatorOf('thread');
    const roomId = await cohortRoom(coord, 'Thread replies');
    const root = await coord.say(roomId, 'Week 4 discussion');
    const threaded = (body: string, replyTo: string, fallingBack: boolean) =>
      coord.sendEvent(roomId, 'm.room.message', {
        msgtype: 'm.text',
        body,
        'm.relates_to': {
          rel_type: 'm.thread',
          event_id: root,
          is_falling_back: fallingBack,
          'm.in_reply_to': { event_id: replyTo },
        },
      });
    const botInThread = async () =>
      (await coord.messages(roomId)).filter(
        (e) => e.sender === botUser.userId && e.content?.['m.relates_to']?.rel_type === 'm.thread',
      );
    await world.waitHandled('the first command in the thread', await threaded('!cohort', root, true));
    const answer = await waitFor('the answer in the thread', async () => (await botInThread())[0]);
    // Element's reply inside the thread: the thread relation and a real reply to the answer.
    await world.waitHandled('a reply in the thread', await threaded('!checkin list', answer.event_id, false));
    await waitFor('the second answer in the thread', async () => (await botInThread()).length === 2);
    // A client without threads replies with m.in_reply_to alone: the answer still goes to the thread.
    const plain = await coord.say(roomId, '!cohort', answer.event_id);
    await world.waitHandled('a plain reply to the threaded answer', plain);
    const third = await waitFor('the third answer in the thread', async () => (await botInThread())[2]);
    expect(third.content['m.relates_to']).toMatchObject({ event_id: root, 'm.in_reply_to': { event_id: plain } });
    const inMain = (await coord.messages(roomId)).filter(
      (e) =>
        e.sender === botUser.userId && e.origin_server_ts > answer.origin_server_ts && !e.content?.['m.relates_to'],
    );
    expect(inMain).toEqual([]);
  });

  it('takes the numbered options off a question once it is answered, so no stale option is left', async () => {
    const coord = coordinatorOf('cleared');
    const roomId = await cohortRoom(coord, 'Cleared room');
    await coord.say(roomId, '!cohort archive');
    const question = await waitFor('the question', async () =>
      (await coord.botSaid(roomId, botUser.userId)).find((m) => /Archive Cleared room\?/.test(m.body)),
    );
    expect(question.body).toMatch(/\n1\. .*\n2\. Cancel$/);
    await world.waitHandled('the press', await coord.say(roomId, '2', question.eventId));
    const edit = await waitFor('the options taken off', async () =>
      (await coord.messages(roomId)).find(
        (e) =>
          e.sender === botUser.userId &&
          e.content?.['m.relates_to']?.rel_type === 'm.replace' &&
          e.content['m.relates_to'].event_id === question.eventId,
      ),
    );
    const shown = String(edit.content['m.new_content'].body).replace(/[\u2068\u2069]/g, '');
    expect(shown).toMatch(/^Archive Cleared room\?/);
    expect(shown).not.toMatch(/^\d+\. /m);
    // Answering it again later is conversation, not "This button is no longer valid".
    const before = (await said(coord, roomId)).length;
    const late = await coord.say(roomId, '1', question.eventId);
    await world.waitHandled('the late answer', late);
    await world.waitHandled('a message after it', await coord.say(roomId, 'ok'));
    expect((await said(coord, roomId)).slice(before).join('\n')).not.toMatch(/no longer valid|is archived/);
  });

  it('replays a batch after a crash before the sync token was saved, without answering twice', async () => {
    const coord = coordinatorOf('replay');
    const member = await register('member');
    const roomId = await cohortRoom(coord, 'Replay room', [member]);
    const token = await world.store.adapterState.get('matrix:sync_token');
    const before = (await said(coord, roomId)).length;
    const command = await member.say(roomId, '!cohort');
    await waitFor('answered', async () => (await said(coord, roomId)).length === before + 1);
    // A crash after handling but before saving the token: the next run gets the same events again.
    await world.stop();
    await world.store.adapterState.set('matrix:sync_token', token!);
    await world.start();
    await waitFor('the command handed to the core a second time', () => world.timesHandled(command) === 2);
    await world.waitHandled('the replayed command', command);
    expect(await said(coord, roomId)).toHaveLength(before + 1);
  });

  it('takes a keycap reaction on its message as the button press (/forgetme in a DM)', async () => {
    const member = coordinatorOf('forgetme'); // allowed to invite the bot into a DM
    const dm = await member.createRoom({ is_direct: true, invite: [botUser.userId], preset: 'trusted_private_chat' });
    await waitFor('bot in dm', async () => (await botUser.joinedRooms()).includes(dm));
    await waitFor('dm known', () => world.adapter.rooms.dmWith(member.userId) === dm);
    await member.say(dm, '!forgetme');
    const confirm = await waitFor('confirm', async () =>
      (await member.botSaid(dm, botUser.userId)).find((m) => /cannot be undone/.test(m.body)),
    );
    expect(confirm.body).toMatch(/1\. Yes, delete my data/);
    await member.react(dm, confirm.eventId, '1️⃣');
    const saidInDm = async () => (await member.botSaid(dm, botUser.userId)).map((m) => m.body);
    await waitFor('forgotten', async () => count(await saidInDm(), /I deleted everything/) === 1);
    expect(await world.store.accounts.byPlatformId('matrix', member.userId)).toBeNull();
  });

  it('opens a DM itself (is_direct, recorded in m.direct) and sends idempotently', async () => {
    const person = await register('person');
    const chat = await world.adapter.openDm(person.userId);
    expect(chat).toMatchObject({ kind: 'private', platform: 'matrix' });
    expect(await world.adapter.openDm(person.userId)).toEqual(chat);
    const direct = await botUser.api<Record<string, string[]>>(
      'GET',
      `/user/${encodeURIComponent(botUser.userId)}/account_data/m.direct`,
    );
    expect(direct[person.userId]).toContain(chat!.chatId);
    const first = await world.adapter.send(chat!, { html: 'once' }, { idempotencyKey: 'ledger-1' });
    const again = await world.adapter.send(chat!, { html: 'once' }, { idempotencyKey: 'ledger-1' });
    expect(again.messageId).toBe(first.messageId);
  });

  it('tells an encrypted room once that it cannot read it', async () => {
    const coord = coordinatorOf('encrypted');
    const room = await coord.createRoom({
      name: 'Secret',
      initial_state: [{ type: 'm.room.encryption', state_key: '', content: { algorithm: 'm.megolm.v1.aes-sha2' } }],
    });
    await coord.invite(room, botUser.userId);
    await waitFor('notice', async () => count(await said(coord, room), /end-to-end encrypted/) === 1);
    await world.stop();
    await world.start();
    // Two messages after the restart, each handled only once the one before was: by the time the
    // second is handled, the whole batch that brought the room back after the restart is behind us.
    await world.waitHandled('a message after the restart', await coord.say(room, 'anyone?'));
    await world.waitHandled('the message after that', await coord.say(room, 'hello?'));
    expect(count(await said(coord, room), /end-to-end encrypted/)).toBe(1);
    // The room's encryption is state the sync does not repeat after a restart: the adapter kept it.
    expect(world.adapter.rooms.room(room).encrypted).toBe(true);
    // Only that: no hello promising commands it cannot read.
    expect(count(await said(coord, room), /I run peer-learning cohorts/)).toBe(0);
  });
});
