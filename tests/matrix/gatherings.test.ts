// A gathering in a real Matrix room (Synapse): announced with numbered
// options (Matrix has no buttons), answered by a bare numbered reply and by a
// keycap reaction; the room hears only "noted", the date (and the calendar
// file) comes in private.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix gatherings (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let coord: MatrixUser;
  let bob: MatrixUser;
  let carol: MatrixUser;
  let roomId: string;

  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body.replace(/[\u2068\u2069]/g, ''));

  beforeAll(async () => {
    [botUser, coord, bob, carol] = await Promise.all([
      register('gatherbot'),
      register('gathercoord'),
      register('gatherbob'),
      register('gathercarol'),
    ]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [coord.userId], []);
    await world.start();
    roomId = await roomWithBot(botUser, coord, [bob, carol], 'Gathering room');
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('takes answers by numbered reply and by reaction, and confirms the date in private', async () => {
    await coord.say(roomId, '!cohort create Nairobi --timezone Africa/Nairobi');
    await waitFor('cohort', async () => (await saidIn(coord, roomId)).some((b) => /Cohort Nairobi created/.test(b)));
    await bob.say(roomId, '!join');
    await carol.say(roomId, '!join');
    await waitFor(
      'joined',
      async () => (await saidIn(coord, roomId)).filter((b) => /Welcome to Nairobi/.test(b)).length === 2,
    );

    const day = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await coord.say(roomId, `!gathering create "Wikidata day" --at ${day} 09:30 --until 15:00 --place "iHub"`);
    const announcement = await waitFor('announcement', async () =>
      (await coord.botSaid(roomId, botUser.userId)).find((m) => /New gathering/.test(m.body)),
    );
    expect(announcement.body).toMatch(/1\. Going/);
    expect(announcement.body).toMatch(/3\. Not going/);

    // Bob answers with a bare number; Carol with a keycap reaction on the announcement.
    await bob.say(roomId, '1');
    await carol.react(roomId, announcement.eventId, '2️⃣');
    await waitFor(
      'noted twice',
      async () => (await saidIn(coord, roomId)).filter((b) => /Noted\. I sent you the details/.test(b)).length === 2,
    );
    // The room learns nothing of who answered what.
    expect((await saidIn(coord, roomId)).join('\n')).not.toMatch(/You are going|Maybe for/);

    const bobDm = await waitFor('bob dm', async () => world.adapter.rooms.dmWith(bob.userId));
    await bob.join(bobDm);
    const confirmation = await waitFor('bob confirmation', async () =>
      (await saidIn(bob, bobDm)).find((b) => /You are going to “Wikidata day”/.test(b)),
    );
    expect(confirmation).toContain('(Africa/Nairobi)');
    // The calendar file comes with it, in the private room (an m.file), never in the group room.
    const file = await waitFor('bob calendar file', async () =>
      (await bob.messages(bobDm)).find((e) => e.content?.msgtype === 'm.file'),
    );
    expect(file.content).toMatchObject({
      filename: 'gathering-1.ics',
      info: { mimetype: 'text/calendar; charset=utf-8' },
    });
    expect((await coord.messages(roomId)).some((e) => e.content?.msgtype === 'm.file')).toBe(false);

    const cohort = (await world.store.cohorts.liveFor(
      (await world.store.chats.byPlatformId('matrix', roomId))!.id,
      '',
    ))!;
    const gathering = (await world.store.gatherings.byNumber(cohort.id, 1))!;
    const answers = (await world.store.gatherings.rsvps(gathering.id)).map((r) => r.answer).sort();
    expect(answers).toEqual(['going', 'maybe']);
  }, 90_000);
});
