// A network's Matrix space on a real Synapse: `!network space` makes a private
// space (m.room.create type m.space) with the coordinator invited, the cohorts'
// rooms as m.space.child (and m.space.parent where the bot may set it), and
// cohorts joining or leaving the network are added or taken out.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix network space (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let ana: MatrixUser;
  let kwame: MatrixUser;

  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body.replace(/[\u2068\u2069]/g, ''));
  const state = (user: MatrixUser, room: string, type: string, key = '') =>
    user
      .api<Record<string, unknown>>(
        'GET',
        `/rooms/${encodeURIComponent(room)}/state/${encodeURIComponent(type)}/${encodeURIComponent(key)}`,
      )
      .catch(() => null);

  beforeAll(async () => {
    [botUser, ana, kwame] = await Promise.all([register('spbot'), register('spana'), register('spkwame')]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [ana.userId, kwame.userId], []);
    await world.start();
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('makes a space of the cohorts’ rooms and keeps it in step as cohorts join and leave', async () => {
    const lagos = await roomWithBot(botUser, ana, [], 'Lagos');
    const accra = await roomWithBot(botUser, kwame, [], 'Accra');
    // In Lagos the bot may set state (power 100); in Accra it may not.
    await ana.setPower(lagos, botUser.userId, 100);
    await ana.say(lagos, '!cohort create Lagos');
    await kwame.say(accra, '!cohort create Accra');
    await waitFor('cohorts', async () => (await saidIn(kwame, accra)).some((b) => /Cohort Accra created/.test(b)));
    await ana.say(lagos, '!network create Sahel');
    await waitFor('network', async () => (await saidIn(ana, lagos)).some((b) => /Network “Sahel” created/.test(b)));

    // Not a network coordinator: refused.
    await kwame.say(accra, '!network space');
    await waitFor('refused', async () => (await saidIn(kwame, accra)).some((b) => /coordinate no network/.test(b)));

    await ana.say(lagos, '!network space');
    await waitFor('space', async () =>
      (await saidIn(ana, lagos)).some((b) =>
        /I made the Matrix space “Sahel” and invited you; cohort rooms in it: 1/.test(b),
      ),
    );
    const anaAccount = (await world.store.accounts.byPlatformId('matrix', ana.userId))!;
    const [network] = await world.store.networks.coordinatedBy(anaAccount.id);
    const space = network!.spaceRoomId!;
    expect(space).toMatch(/^!/);
    await ana.join(space);
    expect((await state(ana, space, 'm.room.create'))?.type).toBe('m.space');
    expect((await state(ana, space, 'm.room.name'))?.name).toBe('Sahel');
    expect((await state(ana, space, 'm.space.child', lagos))?.via).toEqual([botUser.userId.split(':')[1]]);
    expect((await state(ana, lagos, 'm.space.parent', space))?.via).toBeDefined();

    // Accra joins the network: its room is added (its m.space.parent could not be set: best effort).
    await ana.say(lagos, '!network invite');
    const anaDm = await waitFor('ana dm', async () => world.adapter.rooms.dmWith(ana.userId));
    await ana.join(anaDm);
    const invite = await waitFor('code', async () => (await saidIn(ana, anaDm)).find((b) => /One-time code/.test(b)));
    await kwame.say(accra, `!network join ${/net-[\w-]+/.exec(invite)![0]}`);
    await waitFor('accra in the space', async () =>
      Array.isArray((await state(ana, space, 'm.space.child', accra))?.via),
    );
    expect(await state(kwame, accra, 'm.space.parent', space)).toBeNull();

    // Accra leaves: taken out (an empty m.space.child, as the spec removes a child).
    await kwame.say(accra, '!network leave');
    await waitFor('accra out', async () => {
      const child = await state(ana, space, 'm.space.child', accra);
      return child !== null && Object.keys(child).length === 0;
    });

    // Run again: nothing new is made, the space is put in step.
    await ana.say(lagos, '!network space');
    await waitFor('synced', async () =>
      (await saidIn(ana, lagos)).some((b) => /The space of “Sahel” is in step again; cohort rooms in it: 1/.test(b)),
    );
    const again = await world.store.networks.byId(network!.id);
    expect(again?.spaceRoomId).toBe(space);
  }, 120_000);
});
