// A survey in a real Matrix room (Synapse): the coordinator sends it, the bot
// opens a DM with the member (Matrix allows it) and asks there; Matrix has no
// buttons, so the member answers with bare numbered replies.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix surveys (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let coord: MatrixUser;
  let member: MatrixUser;
  let roomId: string;

  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body);

  beforeAll(async () => {
    [botUser, coord, member] = await Promise.all([
      register('surveybot'),
      register('surveycoord'),
      register('surveymember'),
    ]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [coord.userId], []);
    await world.start();
    roomId = await roomWithBot(botUser, coord, [member], 'Survey room');
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('asks in a DM and takes numbered replies', async () => {
    await coord.say(roomId, '!cohort create Pulse --languages en');
    await waitFor('cohort', async () => (await saidIn(coord, roomId)).some((b) => /Cohort Pulse created/.test(b)));
    await member.say(roomId, '!join');
    await coord.say(roomId, '!survey create Pulse check\nyesno: Did you edit this week?\nscale5: How did it go?');
    await waitFor('created', async () => (await saidIn(coord, roomId)).some((b) => /Survey 1 is ready/.test(b)));
    await coord.say(roomId, '!survey send 1');
    await waitFor('sent', async () => (await saidIn(coord, roomId)).some((b) => /Survey 1 sent/.test(b)));

    const dm = await waitFor('member dm', async () => world.adapter.rooms.dmWith(member.userId));
    await member.join(dm);
    const first = await waitFor('question 1', async () =>
      (await saidIn(member, dm)).find((b) => /Did you edit this week\?/.test(b)),
    );
    expect(first).toMatch(/1\. Yes/);
    expect(first).toMatch(/2\. No/);
    await member.say(dm, '1');
    await waitFor('question 2', async () => (await saidIn(member, dm)).some((b) => /How did it go\?/.test(b)));
    await member.say(dm, '4');
    await waitFor('thanks', async () => (await saidIn(member, dm)).some((b) => /Thank you for your answers/.test(b)));

    const [survey] = await world.store.surveys.open();
    const done = (await world.store.surveys.participants(survey!.id)).filter((p) => p.completed);
    expect(done.map((p) => p.answers)).toEqual([{ q1: 'yes', q2: 4 }]);
    // Nothing of the answers in the room.
    expect((await saidIn(coord, roomId)).some((b) => /How did it go\?/.test(b))).toBe(false);
  }, 90_000);

  it('"back" as a numbered option or a typed word, over a condition that was not asked', async () => {
    // The cohort and the DM of the first test.
    await coord.say(
      roomId,
      '!survey create Back check\nyesno: Did you write?\ntext: Why not? if q1=no\nscale5: How was the week?',
    );
    await waitFor('created', async () => (await saidIn(coord, roomId)).some((b) => /Survey 2 is ready/.test(b)));
    await coord.say(roomId, '!survey send 2');
    const dm = await waitFor('member dm', async () => world.adapter.rooms.dmWith(member.userId));
    const seen = async () => (await saidIn(member, dm)).length;
    /** The bot's next message in the DM after `from` messages, matching `re`. */
    const next = (from: number, re: RegExp) =>
      waitFor(`bot said ${re}`, async () => (await saidIn(member, dm)).slice(from).find((b) => re.test(b)));
    let at = 0;
    const first = await waitFor('question 1', async () =>
      (await saidIn(member, dm)).find((b) => /Question 1 of 3:\s*Did you write\?/.test(b)),
    );
    // The first question has no Back; typed, "back" says there is nothing before.
    expect(first).not.toMatch(/« Back/);
    at = await seen();
    await member.say(dm, 'back');
    await next(at, /This is the first question/);
    at = await seen();
    await member.say(dm, '1');
    const scale = await next(at, /Question 3 of 3:\s*How was the week\?/);
    // Five values, then "6. « Back".
    const backNumber = /(\d+)\. « Back/.exec(scale)![1]!;
    expect(backNumber).toBe('6');
    at = await seen();
    await member.say(dm, backNumber);
    // Back to question 1 (question 2 was not asked), its answer marked.
    const again = await next(at, /Question 1 of 3/);
    expect(again).toMatch(/1\. ✓ Yes/);
    at = await seen();
    await member.say(dm, '2');
    await next(at, /Why not\?[\s\S]*type “back”/);
    at = await seen();
    await member.say(dm, 'back');
    await next(at, /Question 1 of 3/);
    at = await seen();
    await member.say(dm, '1');
    await next(at, /How was the week\?/);
    at = await seen();
    await member.say(dm, '4');
    await next(at, /Thank you for your answers/);
    const survey = (await world.store.surveys.open()).find((s) => s.title === 'Back check')!;
    const done = (await world.store.surveys.participants(survey.id)).filter((p) => p.completed);
    expect(done.map((p) => p.answers)).toEqual([{ q1: 'yes', q3: 4 }]);
  }, 120_000);

  it('a quick MSC3381 poll in the room, and !survey new in a DM answered with numbered replies', async () => {
    const room = await coord.createRoom({ name: 'Survey room two' });
    await coord.invite(room, member.userId);
    await member.join(room);
    await coord.invite(room, botUser.userId);
    await waitFor('bot joined', async () => (await botUser.joinedRooms()).includes(room));
    await coord.say(room, '!cohort create Poll --languages en');
    await waitFor('cohort', async () => (await saidIn(coord, room)).some((b) => /Cohort Poll created/.test(b)));
    await member.say(room, '!join');
    await coord.say(room, '!survey poll "Next topic?" "Maps" "Bots"');
    const poll = await waitFor('poll', async () =>
      (await coord.messages(room)).find((e) => e.type === 'org.matrix.msc3381.poll.start'),
    );
    await member.vote(room, poll.event_id, ['1']);
    const votes = async () => {
      const survey = (await world.store.surveys.open()).find((s) => s.title === 'Next topic?');
      return survey ? (await world.store.surveys.participants(survey.id)).map((p) => p.answers.q1) : [];
    };
    await waitFor('vote stored', async () => (await votes()).includes(1));
    expect(await votes()).toEqual([1]);

    // The coordinator writes a survey in private: `!survey new` and bare numbered replies.
    await coord.say(room, '!survey new');
    const dm = await waitFor('coordinator dm', async () => world.adapter.rooms.dmWith(coord.userId));
    await coord.join(dm);
    // The coordinator runs two cohorts here (the first test's too): name the one.
    await coord.say(dm, '!survey new --cohort Poll');
    await waitFor('title asked', async () => (await saidIn(coord, dm)).some((b) => /What is its title\?/.test(b)));
    await coord.say(dm, 'Room pulse');
    const menu = await waitFor('menu', async () =>
      (await saidIn(coord, dm)).find((b) => /Room pulse: 0 question/.test(b)),
    );
    await coord.say(dm, /(\d+)\. Add a question/.exec(menu)![1]!);
    const types = await waitFor('types', async () =>
      (await saidIn(coord, dm)).find((b) => /Which kind of question\?/.test(b)),
    );
    await coord.say(dm, /(\d+)\. Yes \/ no/.exec(types)![1]!);
    await waitFor('text asked', async () => (await saidIn(coord, dm)).some((b) => /Question 1: write it/.test(b)));
    await coord.say(dm, 'Did the room help?');
    const required = await waitFor('required', async () =>
      (await saidIn(coord, dm)).find((b) => /Must people answer it\?/.test(b)),
    );
    await coord.say(dm, /(\d+)\. Required/.exec(required)![1]!);
    const again = await waitFor('menu again', async () =>
      (await saidIn(coord, dm)).find((b) => /Room pulse: 1 question/.test(b)),
    );
    await coord.say(dm, /(\d+)\. Save/.exec(again)![1]!);
    await waitFor('saved', async () =>
      (await saidIn(coord, dm)).some((b) => /Survey 2 is ready: .Room pulse., one question/.test(b)),
    );
  }, 120_000);
});
