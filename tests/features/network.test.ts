import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { inviteCode, linkCohorts } from './network-helpers.ts';

const START = new Date('2026-01-05T09:00:00Z');

describe('networks of cohorts', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  async function threeCohorts(accraLanguage = 'en') {
    world = await createWorld({ start: START });
    const lagos = world.group('Lagos', { admins: ['alice'] });
    const accra = world.group('Accra', { admins: ['kofi'] });
    const nairobi = world.group('Nairobi', { admins: ['wanjiru'] });
    await lagos.as('alice').says('/cohort create Lagos');
    await accra.as('kofi').says(`/cohort create Accra --language ${accraLanguage}`);
    await nairobi.as('wanjiru').says('/cohort create Nairobi');
    // Everyone has written to the bot once, so it may write to them in private.
    for (const handle of ['alice', 'kofi', 'wanjiru', 'bob', 'ama']) await world.dm(handle).says('/start');
    return { lagos, accra, nairobi };
  }

  it('creates a network, joins cohorts only by their coordinators with one-time codes, and leaves', async () => {
    const { lagos, accra, nairobi } = await threeCohorts();
    await lagos.as('bob').says('/join');
    await lagos.as('bob').says('/network create "West Africa"');
    lagos.expectBotSaid(/Only a coordinator/);
    await lagos.as('alice').says('/network create "West <b>Africa</b>"');
    lagos.expectBotSaid('Network “West <b>Africa</b>” created with Lagos. You coordinate it.');

    await lagos.as('alice').says('/network invite');
    const code = inviteCode(world, 'alice');
    expect(lagos.botMessages().join('\n')).not.toContain(code);

    // Not the cohort's coordinator: refused, and the code stays usable.
    await accra.as('ama').says('/join');
    await accra.as('ama').says(`/network join ${code}`);
    accra.expectBotSaid(/Only a coordinator/);
    await accra.as('kofi').says(`/network join ${code}`);
    accra.expectBotSaid(/Accra joined “West <b>Africa<\/b>”. Cohorts in the network now: 2./);
    // Reused: refused.
    await nairobi.as('wanjiru').says(`/network join ${code}`);
    nairobi.expectBotSaid('This code was already used.');
    await nairobi.as('wanjiru').says('/network join net-nonsense');
    nairobi.expectBotSaid('This code is not known.');

    // Expired: a week later.
    await lagos.as('alice').says('/network invite');
    const late = inviteCode(world, 'alice');
    await world.advance('8d');
    await nairobi.as('wanjiru').says(`/network join ${late}`);
    nairobi.expectBotSaid('This code has expired.');

    // Joining twice: refused, the code not used up.
    await lagos.as('alice').says('/network invite');
    const twice = inviteCode(world, 'alice');
    await accra.as('kofi').says(`/network join ${twice}`);
    accra.expectBotSaid('Accra is already in “West <b>Africa</b>”. The code was not used.');
    await nairobi.as('wanjiru').says(`/network join ${twice}`);
    nairobi.expectBotSaid(/Nairobi joined/);

    // Several networks per cohort.
    await nairobi.as('wanjiru').says('/network create "East"');
    await nairobi.as('wanjiru').says('/network');
    const listed = nairobi.expectBotSaid('Networks of Nairobi:');
    expect(listed).toContain('“West <b>Africa</b>”: Lagos, Accra, Nairobi');
    expect(listed).toContain('“East”: Nairobi;');
    await nairobi.as('wanjiru').says('/network leave');
    nairobi.expectBotSaid('Say which network: “West <b>Africa</b>”, “East”.');
    await nairobi.as('wanjiru').says('/network leave East');
    nairobi.expectBotSaid('Nairobi left “East”.');
    await nairobi.as('wanjiru').says('/network');
    expect(nairobi.expectBotSaid('Networks of Nairobi:')).not.toContain('East');

    // Hostile names: too long or nothing visible.
    await lagos.as('alice').says(`/network create "${'x'.repeat(81)}"`);
    lagos.expectBotSaid(/Too long: the network name/);
    await lagos.as('alice').says('/network create "\u200b"');
    lagos.expectBotSaid(/network name/);
  }, 60_000);

  it('shares only what a member chose, with approval where asked, in a weekly digest in the hub; withdrawn items stay out', async () => {
    const { lagos, accra } = await threeCohorts('fr');
    const hub = world.group('Hub', { admins: ['alice'] });
    const bob = world.dm('bob');
    const ama = world.dm('ama');
    const kofi = world.dm('kofi');
    await lagos.as('alice').says('/network create Sahel');
    await lagos.as('alice').says('/network invite');
    await accra.as('kofi').says(`/network join ${inviteCode(world, 'alice')}`);
    await hub.as('bob').says('/network hub');
    hub.expectBotSaid(/coordinate no network/);
    // A network coordinator who is not an admin of a chat cannot make it the hub.
    const elsewhere = world.group('Elsewhere', { admins: ['kofi'] });
    await elsewhere.as('alice').says('/network hub');
    elsewhere.expectBotSaid('Only an admin of this chat can make it a network');
    await hub.as('alice').says('/network hub');
    hub.expectBotSaid('This chat is now the hub of “Sahel”');
    await lagos.as('alice').says('/network report');
    world.dm('alice').expectBotSaid(/“Sahel”, the last 30 days \(cohorts: 2\)/);

    await lagos.as('bob').says('/join');
    await accra.as('ama').says('/join');
    await accra.as('kofi').says('/network settings --approval on');

    await bob.says('/reflect Reading aloud helps newcomers');
    await world.advance('1m');
    await bob.says('/reflect A private worry');
    await bob.says('/share');
    bob.expectBotSaid(/Reflection \(Lagos\): A private worry/);
    await bob.presses('Share 2');
    bob.expectBotSaid(/Should the digest show your name/);
    await bob.presses('Share with my name');
    bob.expectBotSaid('Shared with “Sahel”.');

    await ama.says('/reflect Nous lisons à voix haute');
    await world.advance('1m');
    await ama.says('/reflect Une deuxième idée');
    // Ama and Kofi read French (their cohort's language). Newest first: 2 is the older item.
    // Ama offers it, then withdraws it before a coordinator decided.
    await ama.says('/share');
    await ama.presses('Partager 2');
    await ama.presses('Partager sans mon nom');
    ama.expectBotSaid(/Une personne qui coordonne votre cohorte doit d’abord l’approuver/);
    kofi.expectBotSaid(/Nous lisons à voix haute/);
    await ama.says('/share withdraw');
    await ama.presses('Reprendre 1');
    ama.expectBotSaid('Repris');
    expect(await kofi.presses('Approuver')).toMatch(/ou l’auteur l’a repris/);

    await ama.says('/share');
    await ama.presses('Partager 1');
    await ama.presses('Partager sans mon nom');
    const ask = kofi.expectBotSaid(/veut partager ceci avec le réseau « Sahel »/);
    expect(ask).toContain('Une deuxième idée');
    await kofi.presses('Approuver');
    kofi.expectBotSaid('Approuvé');

    await world.advance('7d');
    const digest = hub.expectBotSaid(/From the network “Sahel”: learnings its members chose to share \(2\)/);
    expect(digest).toContain('In English');
    expect(digest).toContain('In French');
    expect(digest).toContain('Reading aloud helps newcomers (Lagos, Bob)');
    expect(digest).toContain('Une deuxième idée (Accra)');
    expect(digest).not.toContain('Ama');
    expect(digest).not.toContain('private worry');
    expect(digest).not.toContain('voix haute');
    for (const group of [lagos, accra]) expect(group.botMessages().join('\n')).not.toContain('Reading aloud');

    // Each item goes out once.
    await world.advance('7d');
    expect(hub.botMessages().filter((m) => m.includes('From the network')).length).toBe(1);

    await bob.says('/mydata');
    bob.expectBotSaid(/“Sahel” \(sent, with your name\): Reading aloud helps newcomers/);
  }, 60_000);

  it('announces to every cohort group of the network in its language, except a cohort that opted out', async () => {
    const { lagos, accra, nairobi } = await threeCohorts('fr');
    await linkCohorts(world, lagos, 'alice', 'Sahel', [
      [accra, 'kofi'],
      [nairobi, 'wanjiru'],
    ]);
    await nairobi.as('wanjiru').says('/network settings --announcements off');
    nairobi.expectBotSaid('Network announcements no longer reach Nairobi.');
    nairobi.markRead();
    await accra.as('kofi').says('/network announce Not a network coordinator');
    accra.expectBotSaid(/aucun/);
    await world.dm('alice').says('/network announce "Regional meetup" on 3 March, <b>all welcome</b>');
    world.dm('alice').expectBotSaid('queued for cohort groups: 2; not sent (opted out or unreachable): 1.');
    lagos.expectBotSaid('From the network “Sahel”\n"Regional meetup" on 3 March, <b>all welcome</b>');
    accra.expectBotSaid('Du réseau « Sahel »\n"Regional meetup" on 3 March, <b>all welcome</b>');
    nairobi.expectSilence();
  }, 60_000);

  it('refuses to share without a network, and /network report needs two cohorts', async () => {
    const { lagos } = await threeCohorts();
    const bob = world.dm('bob');
    await lagos.as('bob').says('/join');
    await bob.says('/reflect Something');
    await bob.says('/share');
    bob.expectBotSaid('None of your cohorts is in a network');
    await lagos.as('alice').says('/network create Solo');
    await lagos.as('alice').says('/network report');
    lagos.expectBotSaid('“Solo” has one cohort: there is nothing to compare yet.');
    await bob.says('/share withdraw');
    bob.expectBotSaid('You have no shared items to withdraw.');
  });
});
