// Room upgrades on a real Synapse (docs/matrix.md, "Room upgrades"): after
// `/upgrade` the bot follows the tombstone into the new room, the cohort with
// its check-in schedule goes with it, commands there are answered, scheduled
// posts go there, and nothing more is posted to the closed room.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryScheduler } from '../../src/jobs/memory-scheduler.ts';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix room upgrades (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let ada: MatrixUser;
  let bea: MatrixUser;
  let cyd: MatrixUser;
  let dee: MatrixUser;

  const said = async (reader: MatrixUser, roomId: string) =>
    (await reader.botSaid(roomId, botUser.userId)).map((m) => m.body);
  /** Someone writes in a room; the bot's next message there. */
  const asks = async (user: MatrixUser, roomId: string, text: string) => {
    const before = (await said(user, roomId)).length;
    await user.say(roomId, text);
    return waitFor(`an answer to ${text}`, async () => (await said(user, roomId)).slice(before)[0]);
  };
  const upgrade = async (user: MatrixUser, roomId: string) =>
    (
      await user.api<{ replacement_room: string }>('POST', `/rooms/${encodeURIComponent(roomId)}/upgrade`, {
        new_version: '10',
      })
    ).replacement_room;

  /** A room with a cohort and a weekly check-in, `member` joined to it. */
  async function cohortRoom(coord: MatrixUser, member: MatrixUser, name: string, preset: string): Promise<string> {
    const roomId = await coord.createRoom({ name, preset });
    await coord.invite(roomId, member.userId);
    await member.join(roomId);
    await coord.invite(roomId, botUser.userId);
    await waitFor('hello', async () => (await said(coord, roomId)).some((b) => /I run peer-learning cohorts/.test(b)));
    expect(await asks(coord, roomId, `!cohort create "${name}"`)).toMatch(`Cohort ${name} created`);
    expect(await asks(coord, roomId, '!checkin schedule weekly mon 18:00')).toMatch(/Check-in schedule #1 is set/);
    expect(await asks(member, roomId, '!join')).toMatch(`Welcome to ${name}`);
    return roomId;
  }

  beforeAll(async () => {
    [botUser, ada, bea, cyd, dee] = await Promise.all([
      register('upbot'),
      register('ada'),
      register('bea'),
      register('cyd'),
      register('dee'),
    ]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [ada.userId, cyd.userId], []);
    await world.start();
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('follows a public room into its replacement: commands answered there, scheduled check-ins posted there', async () => {
    const oldRoom = await cohortRoom(ada, bea, 'Upgraders', 'public_chat');
    const newRoom = await upgrade(ada, oldRoom);
    await waitFor('the bot in the new room', async () => (await botUser.joinedRooms()).includes(newRoom));
    await bea.join(newRoom);
    await waitFor('hello in the new room', async () =>
      (await said(bea, newRoom)).some((b) => /The cohort Upgraders is still here/.test(b)),
    );

    // The cohort is there, with its members: no "there is no cohort in this chat".
    expect(await asks(bea, newRoom, '!cohort')).toMatch(/Upgraders/);
    expect(await asks(ada, newRoom, '!checkin list')).toMatch(/#1/);
    expect((await said(ada, newRoom)).join('\n')).not.toMatch(/There is no cohort/);

    // The weekly check-in comes due: its prompt goes to the new room, nothing to the old one.
    const oldCount = (await said(ada, oldRoom)).length;
    const scheduler = world.services.scheduler as MemoryScheduler;
    for (const [name, handler] of world.bot.jobHandlers()) scheduler.register(name, handler);
    const due = scheduler.pending().find((job) => job.name === 'checkins.due')!;
    const realNow = world.services.clock.now;
    world.services.clock.now = () => new Date(due.runAt.getTime() + 1000);
    try {
      await scheduler.runDue();
    } finally {
      world.services.clock.now = realNow;
    }
    await world.outbox.settled();
    await waitFor('the check-in prompt in the new room', async () =>
      (await said(bea, newRoom)).some((b) => /Check-in time, Upgraders!/.test(b)),
    );
    expect((await said(ada, oldRoom)).length).toBe(oldCount);
    // An answer to the prompt in the new room is taken.
    const prompt = (await bea.botSaid(newRoom, botUser.userId)).findLast((m) => /Check-in time/.test(m.body))!;
    const answer = await bea.say(newRoom, 'Read two chapters', prompt.eventId);
    // Taken: the bot reacts to it in the new room.
    await waitFor('the answer taken', async () =>
      (await bea.messages(newRoom)).some(
        (e) => e.sender === botUser.userId && e.type === 'm.reaction' && e.content['m.relates_to']?.event_id === answer,
      ),
    );

    // A post still addressed to the old room (queued before the upgrade) follows the chat.
    await world.services.outbox.enqueue({
      idempotencyKey: `queued-before-upgrade-${oldRoom}`,
      chat: { platform: 'matrix', chatId: oldRoom, kind: 'group' },
      message: { html: 'Queued for the old room' },
    });
    await world.outbox.settled();
    await waitFor('the queued post in the new room', async () =>
      (await said(bea, newRoom)).includes('Queued for the old room'),
    );
    expect((await said(ada, oldRoom)).length).toBe(oldCount);
  });

  it('joins an invite-only replacement when invited, also when the invite came while it was away', async () => {
    const oldRoom = await cohortRoom(cyd, dee, 'Private upgraders', 'private_chat');
    await world.stop();
    const newRoom = await upgrade(cyd, oldRoom);
    // Element's "invite the members of the old room" (dee is not an allowed inviter of the bot).
    await cyd.invite(newRoom, dee.userId);
    await dee.join(newRoom);
    await dee.invite(newRoom, botUser.userId);
    await world.start();
    await waitFor('hello in the new room', async () =>
      (await said(dee, newRoom)).some((b) => /The cohort Private upgraders is still here/.test(b)),
    );
    expect(await asks(dee, newRoom, '!cohort')).toMatch(/Private upgraders\nStatus: active/);
    expect((await said(dee, newRoom)).join('\n')).not.toMatch(/There is no cohort|I run peer-learning cohorts/);
  });
});
