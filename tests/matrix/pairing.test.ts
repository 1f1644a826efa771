// Mentor pairing in a real Matrix room: the coordinator previews (in a DM the
// bot opens) and confirms, the bot opens a DM with the mentor itself (Matrix
// allows it), the mentor accepts with a bare numbered reply, and both are
// introduced in private.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix pairing (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let coord: MatrixUser;
  let mentor: MatrixUser;
  let mentee: MatrixUser;
  let roomId: string;

  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body);

  beforeAll(async () => {
    [botUser, coord, mentor, mentee] = await Promise.all([
      register('pairbot'),
      register('paircoord'),
      register('pairmentor'),
      register('pairmentee'),
    ]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [coord.userId], []);
    await world.start();
    roomId = await roomWithBot(botUser, coord, [mentor, mentee], 'Pairing room');
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('runs the mentor flow end to end', async () => {
    await coord.say(roomId, '!cohort create Lagos --languages en');
    await waitFor('cohort', async () => (await saidIn(coord, roomId)).some((b) => /Cohort Lagos created/.test(b)));
    await mentor.say(roomId, '!join');
    await mentor.say(roomId, '!profile set capacity 1');
    // Nobody is taken to speak a language they never gave.
    await mentor.say(roomId, '!profile set languages en');
    await mentee.say(roomId, '!join');
    await mentee.say(roomId, '!profile set languages en');
    await mentee.say(roomId, '!profile set wants-mentor yes');
    await waitFor('profiles', async () =>
      (await saidIn(coord, roomId)).some((b) => /Saved your “wants a mentor” for Lagos/.test(b)),
    );

    // The preview is the coordinator's: it comes in a DM the bot opens, with a pointer in the room.
    await coord.say(roomId, '!pair mentors');
    await waitFor('pointer', async () =>
      (await saidIn(coord, roomId)).some((b) => /I sent it to you in private/.test(b)),
    );
    const coordDm = await waitFor('coordinator dm', async () => world.adapter.rooms.dmWith(coord.userId));
    await coord.join(coordDm);
    const preview = await waitFor('preview', async () =>
      (await saidIn(coord, coordDm)).find((b) => /Proposed mentors/.test(b)),
    );
    expect(preview).toContain('both speak English');
    expect((await saidIn(coord, roomId)).some((b) => /Proposed mentors/.test(b))).toBe(false);
    await coord.say(roomId, '!pair confirm');
    await waitFor('asked', async () =>
      (await saidIn(coord, roomId)).some((b) => /Mentors asked: 1\. Requests sent: 1\./.test(b)),
    );

    // The bot opened a DM with the mentor (is_direct); the mentor joins it and reads the request.
    const mentorDm = await waitFor('mentor dm', async () => world.adapter.rooms.dmWith(mentor.userId));
    await mentor.join(mentorDm);
    const ask = await waitFor('ask', async () =>
      (await saidIn(mentor, mentorDm)).find((b) => /Would you mentor/.test(b)),
    );
    expect(ask).toMatch(/1\. Accept/);
    expect(ask).toMatch(/2\. Decline/);

    await mentor.say(mentorDm, '1');
    await waitFor('mentor intro', async () => (await saidIn(mentor, mentorDm)).some((b) => /meet your mentee/.test(b)));
    const menteeDm = await waitFor('mentee dm', async () => world.adapter.rooms.dmWith(mentee.userId));
    await mentee.join(menteeDm);
    await waitFor('mentee intro', async () => (await saidIn(mentee, menteeDm)).some((b) => /meet your mentor/.test(b)));
    // The introduction links the mentor as a pill (a matrix.to link, in m.mentions): one tap opens them.
    const intro = (await mentee.messages(menteeDm)).find(
      (e) => e.sender === botUser.userId && /meet your mentor/.test(String(e.content?.body)),
    )!;
    expect(intro.content.formatted_body).toContain(`href="https://matrix.to/#/${mentor.userId}"`);
    expect(intro.content['m.mentions'].user_ids).toContain(mentor.userId);
    expect(intro.content.body).not.toContain(mentor.userId);
    const [row] = await world.store.mentorships.ofCohort(
      (await world.store.cohorts.liveFor((await world.store.chats.byPlatformId('matrix', roomId))!.id, ''))!.id,
      ['accepted'],
    );
    expect(row).toBeDefined();
  }, 90_000);
});
