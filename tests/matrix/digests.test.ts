// Check-ins and their digests as a Matrix room lives them, on a real Synapse
// (issue #12 items 27, 30 and 32): the digest names people with pills and
// notifies them through m.mentions (never @room, no raw user ids in the text),
// a 10,000-character answer reaches it cut with "…", a shared reflection is in
// one digest only, `!checkin now` while that check-in is open starts no second
// one, and a deleted schedule's number is not given again.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryScheduler } from '../../src/jobs/memory-scheduler.ts';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type Json, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix check-in digests (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let coord: MatrixUser;
  let ana: MatrixUser;
  let ben: MatrixUser;
  let roomId: string;

  const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body);
  /** The bot's notices in the room as a member reads them, with their content. */
  const notices = async (): Promise<Json[]> =>
    (await coord.messages(roomId)).filter((e) => e.sender === botUser.userId && e.content?.msgtype === 'm.notice');
  /** Someone writes in the room; the bot's next message there, as they read it. */
  const asks = async (user: MatrixUser, text: string) => {
    const before = (await saidIn(user, roomId)).length;
    await user.say(roomId, text);
    return waitFor(`an answer to ${text}`, async () => (await saidIn(user, roomId)).slice(before)[0]);
  };
  const digests = async () => (await notices()).filter((e) => /Check-in digest, Digests/.test(plain(e.content.body)));

  /** Someone edits their message (m.replace, as Element sends it); the bot's next message. */
  const editedBy = async (user: MatrixUser, eventId: string, text: string) => {
    const before = (await saidIn(user, roomId)).length;
    await user.sendEvent(roomId, 'm.room.message', {
      msgtype: 'm.text',
      body: `* ${text}`,
      'm.new_content': { msgtype: 'm.text', body: text },
      'm.relates_to': { rel_type: 'm.replace', event_id: eventId },
    });
    return waitFor(`an answer to the edit ${text}`, async () => (await saidIn(user, roomId)).slice(before)[0]);
  };
  /** A weekday days ahead: a regular check-in on it never comes due while the test runs. */
  const dayAhead = (days: number) =>
    ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][(new Date().getUTCDay() + days) % 7];
  /** Time passes until the open check-in closes: the bot's clock moves past its close, which runs. */
  async function closeCheckIn(): Promise<void> {
    const scheduler = world.services.scheduler as MemoryScheduler;
    const close = scheduler.pending().find((job) => job.name === 'checkins.close');
    expect(close).toBeDefined();
    const ahead = close!.runAt.getTime() + 1000 - Date.now();
    world.services.clock.now = () => new Date(Date.now() + ahead);
    await scheduler.runDue();
    await world.outbox.settled();
  }

  beforeAll(async () => {
    [botUser, coord, ana, ben] = await Promise.all([
      register('digestbot'),
      register('digestcoord'),
      register('digestana'),
      register('digestben'),
    ]);
    await ana.api('PUT', `/profile/${encodeURIComponent(ana.userId)}/displayname`, { displayname: 'Ana Reader' });
    await ben.api('PUT', `/profile/${encodeURIComponent(ben.userId)}/displayname`, { displayname: 'Ben Writer' });
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [coord.userId], []);
    const scheduler = world.services.scheduler as MemoryScheduler;
    for (const [name, handler] of world.bot.jobHandlers()) scheduler.register(name, handler);
    await world.start();
    roomId = await roomWithBot(botUser, coord, [ana, ben], 'Digests room');
    await waitFor('hello', async () => (await saidIn(coord, roomId)).some((b) => /I run peer-learning/.test(b)));
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('names people in the digest with pills, cuts a long answer with "…", and lists a shared reflection once', async () => {
    expect(await asks(coord, '!cohort create Digests --timezone Africa/Nairobi')).toMatch(/Cohort Digests created/);
    expect(await asks(ana, '!join')).toMatch(/Welcome to Digests/);
    expect(await asks(ben, '!join')).toMatch(/Welcome to Digests/);
    expect(await asks(coord, `!checkin schedule weekly ${dayAhead(3)} 18:00 --window 1h`)).toMatch(
      /schedule #1 is set/,
    );

    // Ben writes a reflection for the cohort: the room refuses it, his DM with the bot takes it.
    expect(await asks(ben, '!reflect Templates save time --visibility cohort')).toMatch(/!reflect is private/);
    const dm = await waitFor('the DM with Ben', async () => world.adapter.rooms.dmWith(ben.userId));
    await ben.join(dm);
    await ben.say(dm, '!reflect Templates save time --visibility cohort');
    await waitFor('the reflection saved', async () => (await saidIn(ben, dm)).some((b) => /^Saved in Digests/.test(b)));

    // The first check-in; a second !checkin now while it is open starts nothing new.
    expect(await asks(coord, '!checkin now')).toMatch(/Check-in time, Digests!/);
    expect(await asks(coord, '!checkin now 1')).toMatch(
      /The check-in of schedule #1 is already open until .*GMT\+3: answers go to that one/,
    );
    expect((await saidIn(coord, roomId)).filter((b) => /Check-in time/.test(b))).toHaveLength(1);
    const prompt = (await coord.botSaid(roomId, botUser.userId)).findLast((m) => /Check-in time/.test(m.body))!;
    const long = `Week one notes ${'abcdefghij'.repeat(1000)}`;
    const longAnswer = await ana.say(roomId, long, prompt.eventId);
    await world.waitHandled('the long answer', longAnswer);
    // Taken with a reaction on the answer: no "Thanks, your answer is noted." for each person in the room.
    const reactions = async (eventId: string) =>
      (await coord.messages(roomId)).filter(
        (e) =>
          e.sender === botUser.userId && e.type === 'm.reaction' && e.content['m.relates_to']?.event_id === eventId,
      );
    await waitFor('the reaction', async () => (await reactions(longAnswer)).length === 1);
    expect((await reactions(longAnswer))[0]!.content['m.relates_to'].key).toBe('👍');
    expect((await saidIn(coord, roomId)).some((b) => /answer is noted/.test(b))).toBe(false);
    // A reply of just "1" to the prompt is Ben's answer, not a press of its option 1 ("Answer privately").
    const one = await ben.say(roomId, '1', prompt.eventId);
    await world.waitHandled('the answer "1"', one);
    await waitFor('the reaction to "1"', async () => (await reactions(one)).length === 1);

    await closeCheckIn();
    const [first] = await waitFor('the first digest', async () => {
      const found = await digests();
      return found.length > 0 ? found : null;
    });
    const body = plain(first!.content.body);
    // People read names; each named person is a pill and notified, nobody else (never @room).
    for (const [user, name] of [
      [ana, 'Ana Reader'],
      [ben, 'Ben Writer'],
    ] as const) {
      expect(body).toContain(name);
      expect(body).not.toContain(user.userId);
      expect(first!.content.formatted_body).toContain(`href="https://matrix.to/#/${user.userId}"`);
      expect(first!.content['m.mentions'].user_ids).toContain(user.userId);
    }
    expect(first!.content['m.mentions'].room).toBeUndefined();
    expect(body).toContain('Templates save time');
    // The long answer is there, cut, and the cut shows.
    const answerLine = body.split('\n').find((line) => line.includes('Week one notes'))!;
    expect(answerLine).toMatch(/…$/);
    expect(answerLine.length).toBeLessThan(2100);
    expect(answerLine.length).toBeGreaterThan(1900);

    // An edit of the answer once the check-in closed changes nothing, and says why.
    expect(await editedBy(ana, longAnswer, 'Week one notes, rewritten')).toBe(
      'This check-in is closed: answers are no longer accepted.',
    );

    // The second check-in: Ana answers again; Ben's reflection was in the first digest, not again.
    expect(await asks(coord, '!checkin now')).toMatch(/Check-in time, Digests!/);
    const second = (await coord.botSaid(roomId, botUser.userId)).findLast((m) => /Check-in time/.test(m.body))!;
    await world.waitHandled('the second answer', await ana.say(roomId, 'Week two notes', second.eventId));
    await closeCheckIn();
    const both = await waitFor('the second digest', async () => {
      const found = await digests();
      return found.length === 2 ? found : null;
    });
    const secondBody = plain(both[1]!.content.body);
    expect(secondBody).toContain('Week two notes');
    expect(secondBody).not.toContain('Templates save time');
    expect(secondBody).not.toContain('Week one notes');
    expect(secondBody).not.toContain('rewritten');
  }, 120_000);

  it('never gives a deleted schedule’s number to a new one', async () => {
    // The cohort of the case above has schedule #1.
    const day = dayAhead(4);
    expect(await asks(coord, `!checkin schedule weekly ${day} 09:00`)).toMatch(/schedule #2 is set/);
    const question = await asks(coord, '!checkin delete 2');
    expect(question).toMatch(/Delete schedule #2/);
    const options = (await coord.botSaid(roomId, botUser.userId)).findLast((m) => /Delete schedule #2/.test(m.body))!;
    const confirm = /(\d+)\. Delete it/.exec(options.body)![1]!;
    await coord.say(roomId, confirm, options.eventId);
    await waitFor('deleted', async () => (await saidIn(coord, roomId)).some((b) => /Schedule #2 is deleted/.test(b)));
    expect(await asks(coord, `!checkin schedule weekly ${day} 10:00`)).toMatch(/schedule #3 is set/);
  }, 120_000);
});
