// People named as pills on Matrix (issue #12, items 15, 29 and 30): a peer round's
// post, the member list and introductions link each person with a matrix.to
// pill and list them in m.mentions (never @room), bodies read display names
// rather than raw ids, and the cohort card gives a matrix.to link to the room.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type Json, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix pills (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let coord: MatrixUser;
  let ana: MatrixUser;
  let ben: MatrixUser;
  let roomId: string;

  /** The bot's notices in a room, with their content. */
  const notices = async (room: string): Promise<Json[]> =>
    (await coord.messages(room)).filter((e) => e.sender === botUser.userId && e.content?.msgtype === 'm.notice');
  const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

  beforeAll(async () => {
    [botUser, coord, ana, ben] = await Promise.all([
      register('pillbot'),
      register('pillcoord'),
      register('pillana'),
      register('pillben'),
    ]);
    const opened = await openTestStore('postgres');
    closeStore = opened.close;
    world = new MatrixWorld(opened.store, botUser, [coord.userId], []);
    await world.start();
    roomId = await roomWithBot(botUser, coord, [ana, ben], 'Pills room');
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
    await closeStore?.();
  });

  it('pills people in a peer round and the member list, and links the room in the card', async () => {
    await coord.say(roomId, '!cohort create Pills --languages en');
    const created = await waitFor('cohort', async () =>
      (await notices(roomId)).find((e) => /Cohort Pills created/.test(plain(e.content.body))),
    );
    // "!join", and the room's matrix.to link below it (no "/join", which Element would take).
    expect(plain(created.content.body)).toContain('!join');
    expect(plain(created.content.body)).not.toMatch(/(^|\s)\/join/);
    expect(created.content.formatted_body).toContain(`https://matrix.to/#/${roomId}`);

    for (const user of [ana, ben]) await user.say(roomId, '!join');
    await waitFor('joined', async () => (await world.store.accounts.byPlatformId('matrix', ben.userId)) !== null);
    await coord.say(roomId, '!pair peers');
    const round = await waitFor('round', async () =>
      (await notices(roomId)).find((e) => /Peer round 1/.test(plain(e.content.body))),
    );
    for (const user of [ana, ben]) {
      expect(round.content.formatted_body).toContain(`href="https://matrix.to/#/${user.userId}"`);
      expect(round.content['m.mentions'].user_ids).toContain(user.userId);
      // People read names, not raw ids.
      expect(round.content.body).not.toContain(user.userId);
    }
    expect(round.content['m.mentions'].room).toBeUndefined();
    // Each partner hears it in private too, with the other as a pill: one tap opens them (issue #12 item 15).
    const anaDm = await waitFor('ana dm', async () => world.adapter.rooms.dmWith(ana.userId));
    await ana.join(anaDm);
    const toAna = await waitFor('ana hears of the round', async () =>
      (await ana.messages(anaDm)).find(
        (e) => e.sender === botUser.userId && /peer round 1/.test(plain(String(e.content?.body))),
      ),
    );
    expect(toAna.content.formatted_body).toContain(`href="https://matrix.to/#/${ben.userId}"`);
    expect(toAna.content['m.mentions'].user_ids).toContain(ben.userId);
    expect(toAna.content['m.mentions'].user_ids).not.toContain(ana.userId);
    expect(toAna.content.body).not.toContain(ben.userId);

    await coord.say(roomId, '!members');
    const list = await waitFor('members', async () =>
      (await notices(roomId)).find((e) => /Pills: \d members/.test(plain(e.content.body))),
    );
    expect(list.content.formatted_body).toContain(`href="https://matrix.to/#/${ana.userId}"`);
    expect(list.content['m.mentions'].user_ids).toContain(ana.userId);
    expect(list.content.body).not.toContain(ana.userId);
    // Commands in the texts read "!role", which Element does not take for its own.
    expect(plain(list.content.body)).toContain('!role');
    expect(plain(list.content.body)).not.toMatch(/(^|\s)\/role/);
  }, 90_000);

  it('takes a command written as a reply to someone as naming them, as on Telegram', async () => {
    // Ana and Ben joined in the test above. Ben writes; the coordinator answers his message with !role mentor.
    const message = await ben.say(roomId, 'I could help with citations');
    await coord.say(roomId, '!role mentor', message);
    const said = await waitFor('role set', async () =>
      (await notices(roomId)).find((e) => /is now a mentor/.test(plain(e.content.body))),
    );
    const benAccount = await world.store.accounts.byPlatformId('matrix', ben.userId);
    expect(plain(said.content.body)).toContain(`${benAccount!.displayName} is now a mentor`);
    const [membership] = await world.store.memberships.forAccount(benAccount!.id);
    expect(membership?.role).toBe('mentor');
  }, 90_000);
});
