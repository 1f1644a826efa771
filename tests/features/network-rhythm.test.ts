// Cross-cohort rounds on a rhythm (/network round every 2w | off), on the
// virtual clock: the round comes by itself when due, once, its summary goes
// to the network's coordinator in private; after a restart that lost every
// job, the start hook plans it again from the database and it still happens
// once; off stops it; wrong input gets clear answers.

import { afterEach, describe, expect, it } from 'vitest';
import { MEET_ROUND_JOB, meetRoundJob, planAllMeetRounds } from '../../src/features/network/matching-rhythm.ts';
import { restarted } from '../helpers/restart.ts';
import { createWorld, type World } from '../helpers/scenario.ts';
import { accountOf } from './lookups.ts';
import { linkCohorts } from './network-helpers.ts';

// Monday 5 January 2026, 09:00 UTC.
const START = new Date('2026-01-05T09:00:00Z');
const DAY = 86_400_000;

describe('cross-cohort rounds on a rhythm', () => {
  const worlds: World[] = [];
  afterEach(async () => {
    for (const w of worlds.splice(0).reverse()) await w.close();
  });

  async function network() {
    const world = await createWorld({ start: START });
    worlds.push(world);
    const lagos = world.group('Lagos', { admins: ['alice'] });
    const accra = world.group('Accra', { admins: ['kofi'] });
    await lagos.as('alice').says('/cohort create Lagos');
    await accra.as('kofi').says('/cohort create Accra --language fr');
    for (const h of ['alice', 'kofi', 'bob', 'ama']) await world.dm(h).says('/start');
    await lagos.as('bob').says('/join');
    await accra.as('ama').says('/join');
    // Ama reads French and English: she and Bob share a language.
    await world.dm('ama').says('/profile set languages fr, en');
    await linkCohorts(world, lagos, 'alice', 'Sahel', [[accra, 'kofi']]);
    await lagos.as('bob').says('/network meet on');
    await accra.as('ama').says('/network meet on');
    const [network] = await world.store.networks.coordinatedBy((await accountOf(world, 'alice'))!.id);
    return { world, lagos, accra, network };
  }

  const introductionsTo = (world: World, handle: string) =>
    world
      .dm(handle)
      .botMessages()
      .filter((m) => /you are meeting|vous rencontrez/.test(m)).length;

  const summaries = (world: World) =>
    world
      .dm('alice')
      .botMessages()
      .filter((m) => m.includes('This round came by itself')).length;

  it('runs a round by itself every two weeks, once each time, until turned off', async () => {
    const { world, lagos } = await network();
    await world.dm('alice').says('/network round every 2w');
    world
      .dm('alice')
      .expectBotSaid(/Cross-cohort rounds of “Sahel” now come by themselves every 2 weeks; the first on Jan 19, 2026/);
    // From a group: the answer goes privately.
    await lagos.as('alice').says('/network round every 2w');
    lagos.expectBotSaid('Alice, I sent it to you in private.');

    await world.advance(14 * DAY - 60_000);
    expect(introductionsTo(world, 'bob')).toBe(0);
    await world.advance('2m');
    expect(introductionsTo(world, 'bob')).toBe(1);
    expect(introductionsTo(world, 'ama')).toBe(1);
    const summary = world.dm('alice').expectBotSaid(/Round 1 of “Sahel”: 1 introduction for 2 people/);
    expect(summary).toMatch(/This round came by itself \(every 2 weeks\); the next on Feb 2, 2026/);
    // Nothing in the groups.
    expect(lagos.botMessages().join('\n')).not.toContain('Round 1');

    // The same job delivered twice (a retry): nothing more.
    const rhythm = (await world.store.networks.withMeetRhythm())[0]!;
    await meetRoundJob(
      { networkId: rhythm.id, dueAt: new Date(START.getTime() + 14 * DAY).toISOString() },
      world.local.bot.job,
    );
    expect(await world.store.networkMeet.recentRounds(rhythm.id, 10)).toHaveLength(1);

    await world.advance('14d');
    expect(introductionsTo(world, 'bob')).toBe(2);
    expect(summaries(world)).toBe(2);

    await world.dm('alice').says('/network round off');
    world
      .dm('alice')
      .expectBotSaid('Cross-cohort rounds of “Sahel” no longer come by themselves; /network round still starts one.');
    await world.advance('28d');
    expect(introductionsTo(world, 'bob')).toBe(2);
    expect(world.local.scheduler.pending().filter((j) => j.name === MEET_ROUND_JOB)).toHaveLength(0);
  }, 60_000);

  it('after a restart that lost every job, plans the round again from the database; it happens once', async () => {
    const { world } = await network();
    await world.dm('alice').says('/network round every 4w');
    world.dm('alice').expectBotSaid(/every 4 weeks; the first on Feb 2, 2026/);
    await world.advance('10d');

    const after = await restarted(world, new Date(START.getTime() + 10 * DAY), { samePlatform: true });
    worlds.push(after);
    // The start hook planned it; planning again is harmless (one job, by its id).
    expect(await planAllMeetRounds(after.local.bot.job)).toBe(1);
    expect(await planAllMeetRounds(after.local.bot.job)).toBe(1);
    expect(after.local.scheduler.pending().filter((j) => j.name === MEET_ROUND_JOB)).toHaveLength(1);

    await after.advance('18d');
    const [sahel] = await after.store.networks.withMeetRhythm();
    expect(await after.store.networkMeet.recentRounds(sahel!.id, 10)).toHaveLength(1);
    expect(
      after
        .dm('bob')
        .botMessages()
        .filter((m) => m.includes('you are meeting')),
    ).toHaveLength(1);
    expect(
      after
        .dm('alice')
        .botMessages()
        .filter((m) => m.includes('This round came by itself')),
    ).toHaveLength(1);
    // The next one is planned four weeks later.
    expect(sahel!.meetNextDueAt?.toISOString()).toBe(new Date(START.getTime() + 56 * DAY).toISOString());
  }, 60_000);

  it('answers wrong input clearly, and only a network coordinator sets the rhythm', async () => {
    const { world, accra } = await network();
    await world.dm('bob').says('/network round every 2w');
    world.dm('bob').expectBotSaid(/coordinate no network/);
    await world.dm('alice').says('/network round every');
    world.dm('alice').expectBotSaid(/Say how often: \/network round every 2w \(1 to 12 weeks\) or \/network round off/);
    await world.dm('alice').says('/network round every 0w');
    world.dm('alice').expectBotSaid('Rounds come every 1 to 12 weeks, e.g. /network round every 2w.');
    await world.dm('alice').says('/network round every 13w');
    world.dm('alice').expectBotSaid('Rounds come every 1 to 12 weeks, e.g. /network round every 2w.');
    await world.dm('alice').says('/network round every 2w Nowhere');
    world.dm('alice').expectBotSaid(/No network called “Nowhere”/);
    // In French for a French reader.
    await accra.as('kofi').says('/network create Est');
    await world.dm('kofi').says('/network round every 1w');
    world.dm('kofi').expectBotSaid(/ont désormais lieu d'eux-mêmes chaque semaine/);
    // A network of one cohort: no round, and its coordinator hears why.
    await world.advance('7d');
    world.dm('kofi').expectBotSaid(/Pas de tour entre cohortes de « Est » cette fois/);
    expect(accra.botMessages().join('\n')).not.toContain('Pas de tour');
  }, 60_000);
});
