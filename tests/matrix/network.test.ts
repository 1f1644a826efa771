// A network in real Matrix rooms (Synapse): two cohorts' rooms joined by a
// one-time code the bot sends in a DM, a hub room attached with !network hub,
// a learning shared in private by numbered replies (Matrix has no buttons),
// another offered right after writing it, and the digest in the hub.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type MatrixUser, register, SKIP_REASON } from './helpers.ts';
import { MatrixWorld, roomWithBot } from './world.ts';

describe.skipIf(!homeserverUrl)(`matrix network (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  let world: MatrixWorld;
  let closeStore: () => Promise<void>;
  let botUser: MatrixUser;
  let ana: MatrixUser;
  let kwame: MatrixUser;
  let bob: MatrixUser;

  const saidIn = async (user: MatrixUser, room: string) =>
    (await user.botSaid(room, botUser.userId)).map((m) => m.body.replace(/[\u2068\u2069]/g, ''));

  beforeAll(async () => {
    [botUser, ana, kwame, bob] = await Promise.all([
      register('netbot'),
      register('netana'),
      register('netkwame'),
      register('netbob'),
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

  it('joins two rooms by a code sent in a DM, attaches a hub room and posts the digest of what was shared', async () => {
    const lagos = await roomWithBot(botUser, ana, [bob], 'Lagos');
    const accra = await roomWithBot(botUser, kwame, [], 'Accra');
    const hub = await roomWithBot(botUser, ana, [], 'Sahel hub');
    await ana.say(lagos, '!cohort create Lagos');
    await kwame.say(accra, '!cohort create Accra');
    await waitFor('cohorts', async () => (await saidIn(kwame, accra)).some((b) => /Cohort Accra created/.test(b)));
    await bob.say(lagos, '!join');
    await ana.say(lagos, '!network create Sahel');
    await waitFor('network', async () =>
      (await saidIn(ana, lagos)).some((b) => /Network “Sahel” created with Lagos/.test(b)),
    );

    // The code comes in a DM the bot opens; the room never sees it.
    await ana.say(lagos, '!network invite');
    const anaDm = await waitFor('ana dm', async () => world.adapter.rooms.dmWith(ana.userId));
    await ana.join(anaDm);
    const invite = await waitFor('code', async () => (await saidIn(ana, anaDm)).find((b) => /One-time code/.test(b)));
    const code = /net-[\w-]+/.exec(invite)![0];
    expect((await saidIn(ana, lagos)).join('\n')).not.toContain(code);
    await kwame.say(accra, `!network join ${code}`);
    await waitFor('joined', async () =>
      (await saidIn(kwame, accra)).some((b) => /Accra joined “Sahel”. Cohorts in the network now: 2/.test(b)),
    );
    await ana.say(hub, '!network hub');
    await waitFor('hub', async () =>
      (await saidIn(ana, hub)).some((b) => /This chat is now the hub of “Sahel”/.test(b)),
    );

    // Bob shares a reflection from his DM: numbered replies stand for the buttons.
    const bobDm = await bob.createRoom({ is_direct: true, invite: [botUser.userId], preset: 'trusted_private_chat' });
    await waitFor('bob dm known', async () => world.adapter.rooms.dmWith(bob.userId) === bobDm);
    await bob.say(bobDm, '!reflect Reading aloud helps newcomers');
    await waitFor('saved', async () => (await saidIn(bob, bobDm)).some((b) => /Saved in Lagos/.test(b)));
    await bob.say(bobDm, '!share');
    const list = await waitFor('list', async () => (await saidIn(bob, bobDm)).find((b) => /Which item/.test(b)));
    expect(list).toContain('Reflection (Lagos): Reading aloud helps newcomers');
    await bob.say(bobDm, '1');
    await waitFor('consent', async () => (await saidIn(bob, bobDm)).some((b) => /Share with my name/.test(b)));
    await bob.say(bobDm, '1');
    await waitFor('shared', async () => (await saidIn(bob, bobDm)).some((b) => /Shared with “Sahel”/.test(b)));

    // Right after writing, the bot asks Bob in his DM; a numbered reply answers (2: without my name).
    await bob.say(bobDm, '!reflect Pair newcomers with patient editors');
    const offer = await waitFor('offer', async () =>
      (await saidIn(bob, bobDm)).find(
        (b) => /Offer this to the network “Sahel”\? Your reflection/.test(b) && b.includes('patient'),
      ),
    );
    expect(offer).toContain('Share without my name');
    expect((await saidIn(ana, lagos)).join('\n')).not.toContain('patient editors');
    await bob.say(bobDm, '2');
    await waitFor(
      'offered',
      async () => (await saidIn(bob, bobDm)).filter((b) => /Shared with “Sahel”/.test(b)).length === 2,
    );

    // A week later: the last digest is moved a week back (Synapse keeps real time) and the digest job runs.
    const anaAccount = (await world.store.accounts.byPlatformId('matrix', ana.userId))!;
    const [network] = await world.store.networks.coordinatedBy(anaAccount.id);
    if (!network) throw new Error('no network');
    await world.store.networks.setLastDigest(network.id, new Date(Date.now() - 8 * 86_400_000));
    await world.bot.jobHandlers().get('network.digest')!({ networkId: network.id });
    await world.outbox.settled();
    const digest = await waitFor('digest', async () =>
      (await saidIn(ana, hub)).find((b) => /From the network “Sahel”/.test(b)),
    );
    expect(digest).toContain('Reading aloud helps newcomers (Lagos, ');
    expect(digest).toContain('Pair newcomers with patient editors (Lagos)');
    expect((await saidIn(ana, lagos)).join('\n')).not.toContain('Reading aloud');
  }, 120_000);
});
