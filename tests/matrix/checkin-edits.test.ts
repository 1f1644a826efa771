// A check-in answer edited on Matrix (issue #12 item 27), on a real Synapse:
// an m.replace of a reply to the prompt carries no reply relation in its new
// content; the bot finds the answer it changes and replaces it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(
  `matrix edited check-in answers (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`,
  () => {
    let world: MatrixWorld;
    let closeStore: () => Promise<void>;
    let botUser: MatrixUser;
    let coord: MatrixUser;
    let bob: MatrixUser;
    let roomId: string;

    const saidIn = async (room: string) =>
      (await coord.botSaid(room, botUser.userId)).map((m) => m.body.replace(/[\u2068\u2069]/g, ''));

    beforeAll(async () => {
      [botUser, coord, bob] = await Promise.all([register('editbot'), register('editcoord'), register('editbob')]);
      const opened = await openTestStore('postgres');
      closeStore = opened.close;
      world = new MatrixWorld(opened.store, botUser, [coord.userId], []);
      await world.start();
      roomId = await roomWithBot(botUser, coord, [bob], 'Edits room');
    }, 60_000);

    afterAll(async () => {
      await world?.stop();
      await closeStore?.();
    });

    it('an edit (m.replace) of a reply to the prompt replaces the answer', async () => {
      await coord.say(roomId, '!cohort create Edits --timezone Africa/Nairobi');
      await waitFor('cohort', async () => (await saidIn(roomId)).some((b) => /Cohort Edits created/.test(b)));
      await bob.say(roomId, '!join');
      await waitFor('joined', async () => (await saidIn(roomId)).some((b) => /Welcome to Edits/.test(b)));
      await coord.say(roomId, '!checkin schedule weekly mon 18:00 --window 1d --question "What did you learn?"');
      await waitFor('schedule', async () => (await saidIn(roomId)).some((b) => /schedule #1 is set/.test(b)));
      await coord.say(roomId, '!checkin now');
      const prompt = await waitFor('prompt', async () =>
        (await coord.botSaid(roomId, botUser.userId)).find((m) => /Check-in time/.test(m.body)),
      );

      const answer = await bob.say(roomId, 'Wikidata', prompt.eventId);
      const stored = async () => {
        const chat = await world.store.chats.byPlatformId('matrix', roomId);
        const live = chat ? await world.store.cohorts.liveFor(chat.id, '') : null;
        const occurrence = live ? (await world.store.checkins.recentOccurrences(live.id, 1))[0] : undefined;
        return occurrence ? (await world.store.checkins.answers(occurrence.id)).map((a) => a.answers[0]) : [];
      };
      await waitFor('the answer', async () => ((await stored()).includes('Wikidata') ? true : null));

      await bob.sendEvent(roomId, 'm.room.message', {
        msgtype: 'm.text',
        body: '* Wikidata queries',
        'm.new_content': { msgtype: 'm.text', body: 'Wikidata queries' },
        'm.relates_to': { rel_type: 'm.replace', event_id: answer },
      });
      await waitFor('the edit', async () => ((await stored()).includes('Wikidata queries') ? true : null));
      expect(await stored()).toEqual(['Wikidata queries']);
    });
  },
);
