// Cross-cohort matching in real Matrix rooms (Synapse): two cohorts' rooms in
// a network, members opt in with !network meet on (the room reads only a
// pointer; the answer comes in a DM), the coordinator starts !network round,
// and each person gets the introduction in their DM: a Matrix partner as a
// pill, a Telegram partner (seeded in the store: this bot runs Matrix only)
// by the public @username they agreed to share, as a t.me link.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(
  `matrix cross-cohort matching (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`,
  () => {
    let world: MatrixWorld;
    let closeStore: () => Promise<void>;
    let botUser: MatrixUser;
    let ana: MatrixUser;
    let kwame: MatrixUser;
    let bob: MatrixUser;

    const saidIn = async (user: MatrixUser, room: string) =>
      (await user.botSaid(room, botUser.userId)).map((m) => m.body.replace(/[\u2068\u2069]/g, ''));
    const htmlIn = async (user: MatrixUser, room: string) =>
      (await user.messages(room))
        .filter((e) => e.sender === botUser.userId && e.type === 'm.room.message')
        .map((e) => String(e.content?.formatted_body ?? e.content?.body ?? '').replace(/[\u2068\u2069]/g, ''));

    beforeAll(async () => {
      [botUser, ana, kwame, bob] = await Promise.all([
        register('mmbot'),
        register('mmana'),
        register('mmkwame'),
        register('mmbob'),
      ]);
      const opened = await openTestStore('postgres');
      closeStore = opened.close;
      world = new MatrixWorld(opened.store, botUser, [ana.userId, kwame.userId, bob.userId], []);
      await world.start();
    }, 60_000);

    afterAll(async () => {
      await world?.stop();
      await closeStore?.();
    });

    it('introduces people of two rooms privately, with a pill or the Telegram handle they shared', async () => {
      const lagos = await roomWithBot(botUser, ana, [bob], 'Lagos');
      const accra = await roomWithBot(botUser, kwame, [], 'Accra');
      await ana.say(lagos, '!cohort create Lagos');
      await kwame.say(accra, '!cohort create Accra');
      await waitFor('cohorts', async () => (await saidIn(kwame, accra)).some((b) => /Cohort Accra created/.test(b)));
      await bob.say(lagos, '!join');
      await ana.say(lagos, '!network create Sahel');
      await ana.say(lagos, '!network invite');
      const anaDm = await waitFor('ana dm', async () => world.adapter.rooms.dmWith(ana.userId));
      await ana.join(anaDm);
      const invite = await waitFor('code', async () => (await saidIn(ana, anaDm)).find((b) => /One-time code/.test(b)));
      await kwame.say(accra, `!network join ${/net-[\w-]+/.exec(invite)![0]}`);
      await waitFor('joined', async () => (await saidIn(kwame, accra)).some((b) => /Accra joined “Sahel”/.test(b)));

      // Bob opts in from the room: the room reads a pointer, the answer is in his DM.
      await bob.say(lagos, '!network meet on');
      const bobDm = await waitFor('bob dm', async () => world.adapter.rooms.dmWith(bob.userId));
      await bob.join(bobDm);
      await waitFor('bob opted in', async () =>
        (await saidIn(bob, bobDm)).some((b) =>
          /You will be introduced to someone from another cohort in “Sahel”/.test(b),
        ),
      );
      expect((await saidIn(bob, lagos)).join('\n')).not.toMatch(/introduced/);
      await kwame.say(accra, '!network meet on');
      const kwameDm = await waitFor('kwame dm', async () => world.adapter.rooms.dmWith(kwame.userId));
      await kwame.join(kwameDm);
      await ana.say(anaDm, '!network meet on');
      await waitFor('ana opted in', async () =>
        (await saidIn(ana, anaDm)).some((b) => /You will be introduced/.test(b)),
      );

      // Tolu, a member of Accra on Telegram with a public @username, opted in too (seeded: this bot runs Matrix only).
      const accraCohort = (await world.store.cohorts.byId(
        (
          await world.store.memberships.forAccount(
            (await world.store.accounts.byPlatformId('matrix', kwame.userId))!.id,
          )
        )[0]!.cohortId,
      ))!;
      const tolu = await world.store.accounts.upsert({
        platform: 'telegram',
        platformUserId: '777001',
        displayName: 'Tolu',
        username: 'tolu_t',
      });
      // The bot cannot write to Tolu from here (a Telegram account on a Matrix-only bot): counted as not reachable.
      await world.store.accounts.update(tolu.id, { unreachableAt: new Date() });
      const toluMembership = await world.store.memberships.join(accraCohort.id, tolu.id);
      const [network] = await world.store.networks.ofCohort(accraCohort.id);
      await world.store.networkMeet.optIn(network!.network.id, toluMembership.id, new Date());

      await ana.say(lagos, '!network round');
      const summary = await waitFor('summary', async () =>
        (await saidIn(ana, anaDm)).find((b) => /Round 1 of “Sahel”/.test(b)),
      );
      expect(summary).toContain('2 introductions for 4 people');
      expect(summary).toContain('(nobody else fitted): 0');
      expect(summary).toContain('Could not be written to in private: 1');
      await world.outbox.settled();

      // Ana and Bob (Lagos) each meet one of Kwame and Tolu (Accra).
      const intros = await waitFor('intros', async () => {
        const all = [...(await htmlIn(ana, anaDm)), ...(await htmlIn(bob, bobDm))].filter((b) =>
          /you are meeting someone from another cohort/.test(b),
        );
        return all.length === 2 ? all : null;
      });
      const toTolu = intros.find((b) => b.includes('tolu_t'));
      const toKwame = intros.find((b) => b.includes(kwame.userId));
      expect(toTolu, intros.join('\n---\n')).toContain(
        '(Accra), on Telegram: <a href="https://t.me/tolu_t">@tolu_t</a>',
      );
      expect(toKwame, intros.join('\n---\n')).toContain(`<a href="https://matrix.to/#/${kwame.userId}">`);
      // Kwame's introduction names his Lagos partner with a pill.
      const kwameIntro = await waitFor('kwame intro', async () =>
        (await htmlIn(kwame, kwameDm)).find((b) => /you are meeting/.test(b)),
      );
      expect(kwameIntro).toMatch(/matrix\.to\/#\/@mm(ana|bob)/);
      expect(kwameIntro).toContain('(Lagos)');
      // Neither room heard anything of the round.
      expect((await saidIn(ana, lagos)).join('\n')).not.toMatch(/meeting|Round 1/);
      expect((await saidIn(kwame, accra)).join('\n')).not.toMatch(/meeting|Round 1/);
    }, 180_000);
  },
);
