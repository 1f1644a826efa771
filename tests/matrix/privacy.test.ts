// Privacy in a real Matrix room (docs/privacy.md): a private command typed in
// the room is refused and continued in a DM the bot opens itself, and redacted
// once the bot's power level allows it; a coordinator's look at someone's
// profile goes to the coordinator's DM, with a pointer in the room.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type Json, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix privacy (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let coord: MatrixUser;
  let member: MatrixUser;
  let roomId: string;

  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body);
  const until = (what: string, probe: () => Promise<boolean>) => waitFor(what, async () => (await probe()) || null);
  const roomSaid = (pattern: RegExp) =>
    waitFor(`room: ${pattern}`, async () => (await saidIn(coord, roomId)).find((b) => pattern.test(b)));

  /** The DM the bot opened with someone, joined by them. */
  async function dmOf(user: MatrixUser): Promise<string> {
    const dm = await waitFor('dm', async () => world.adapter.rooms.dmWith(user.userId));
    if (!(await user.joinedRooms()).includes(dm)) await user.join(dm);
    return dm;
  }

  beforeAll(async () => {
    [botUser, coord, member] = await Promise.all([register('privbot'), register('privcoord'), register('privmember')]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [coord.userId], []);
    await world.start();
    roomId = await coord.createRoom({ name: 'Privacy room' });
    await coord.invite(roomId, member.userId);
    await member.join(roomId);
    await coord.invite(roomId, botUser.userId);
    await until('bot joined', async () => (await botUser.joinedRooms()).includes(roomId));
    await coord.say(roomId, '!cohort create Lagos --languages en');
    await roomSaid(/Cohort Lagos created/);
    await member.say(roomId, '!join');
    await roomSaid(/Welcome to Lagos/);
  }, 90_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('refuses !reflect in the room, goes on in a DM, and redacts the command when its power level allows', async () => {
    // The bot has power 0: it may not redact others' messages, so it only refuses.
    const first = await member.say(roomId, '!reflect I struggle with confidence');
    const refusal = await roomSaid(/!reflect is private/);
    expect(refusal).not.toContain('confidence');
    expect(refusal).not.toContain('I removed');
    const dm = await dmOf(member);
    await until('continue in dm', async () =>
      (await saidIn(member, dm)).some((b) => /You tried !reflect in a group/.test(b)),
    );
    const event = (id: string) =>
      member.api<Json>('GET', `/rooms/${encodeURIComponent(roomId)}/event/${encodeURIComponent(id)}`);
    expect((await event(first)).content.body).toContain('confidence');

    // With power 50 (the room's redact level) the bot takes the command out of the room.
    await coord.setPower(roomId, botUser.userId, 50);
    const second = await member.say(roomId, '!reflect Still struggling');
    await until('redacted', async () => (await event(second)).unsigned?.redacted_because !== undefined);
    expect((await event(second)).content.body).toBeUndefined();
    await until('said so', async () =>
      (await saidIn(coord, roomId)).some((b) => /I removed your message from the group/.test(b)),
    );
    const cohort = await world.store.cohorts.liveFor((await world.store.chats.byPlatformId('matrix', roomId))!.id, '');
    expect(
      await world.store.reflections.ofCohort(cohort!.id, ['me', 'mentor', 'coordinators', 'cohort'], new Date(0)),
    ).toEqual([]);

    // In the DM it works, and says where it was filed.
    await member.say(dm, '!reflect Asking early helps');
    await until('saved', async () =>
      (await saidIn(member, dm)).some((b) => b === 'Saved in Lagos. Only you can read it.'),
    );
  }, 90_000);

  it("sends a coordinator's look at a profile to the coordinator's DM, with a pointer in the room", async () => {
    const dm = await dmOf(member);
    await member.say(dm, '!profile set about ABOUT-member-secret');
    await until('about saved', async () =>
      (await saidIn(member, dm)).some((b) => /Saved your “about” text for Lagos/.test(b)),
    );

    await coord.say(roomId, `!profile ${member.userId}`);
    const pointer = await roomSaid(/I sent it to you in private/);
    expect(pointer).not.toContain('ABOUT');
    const coordDm = await dmOf(coord);
    const view = await waitFor('view', async () =>
      (await saidIn(coord, coordDm)).find((b) => /About: ABOUT-member-secret/.test(b)),
    );
    expect(view).toMatch(/in Lagos — member, active/);
    expect((await saidIn(coord, roomId)).some((b) => b.includes('ABOUT-member-secret'))).toBe(false);
  }, 90_000);
});
