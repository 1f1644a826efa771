// Peer rounds as a cohort lives them: pairs and a triad announced in the
// group and by DM, new partners each round, paused people left out, "did you
// meet?" with buttons a few days later, /pair stats, rounds that come by
// themselves every two weeks, and the wrong inputs.

import { afterEach, describe, expect, it } from 'vitest';
import { reconcilePeerRounds } from '../../src/features/pairing/index.ts';
import type { ChatHandle, World } from '../helpers/scenario.ts';
import { createWorld } from '../helpers/scenario.ts';

// Monday 5 January 2026, 09:00 UTC.
const START = new Date('2026-01-05T09:00:00Z');

/** A cohort created by alice (a member too) with these people, all able to get DMs. */
async function cohortWith(world: World, handles: string[]): Promise<ChatHandle> {
  const group = world.group('Lagos editors', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Lagos --languages en --timezone Africa/Lagos');
  await world.dm('alice').says('/language en');
  for (const handle of handles) {
    await group.as(handle).says('/join');
    await world.dm(handle).says('/language en');
  }
  group.markRead();
  return group;
}

/** The groups of a round announcement, as the @handles of each "• " line. */
function groupsOf(announcement: string): string[][] {
  return announcement
    .split('\n')
    .filter((line) => line.startsWith('• ') && !line.includes('nobody fits'))
    .map((line) => [...line.split(':')[0]!.matchAll(/@(\w+)/g)].map((m) => m[1]!).sort());
}

function pairsOf(groups: string[][]): string[] {
  const pairs: string[] = [];
  for (const g of groups)
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) pairs.push(`${g[i]}+${g[j]}`);
  return pairs;
}

describe('peer rounds', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('pairs everyone, with one triad when the count is odd, in the group and by DM', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob', 'carol', 'dan', 'erin']);
    await group.as('alice').says('/pair peers');
    const announcement = group.expectBotSaid(/Peer round 1 in Lagos/);
    const groups = groupsOf(announcement);
    expect(groups.map((g) => g.length).sort()).toEqual([2, 3]);
    expect(groups.flat().sort()).toEqual(['alice', 'bob', 'carol', 'dan', 'erin']);
    // A pair says why it makes sense; nobody here gave their languages, and none is assumed.
    expect(announcement).toMatch(/• @\w+ and @\w+: no language given/);
    expect(announcement).not.toContain('both speak');
    expect(announcement).toMatch(/I will ask each of you whether you met/);
    // Everyone hears it in private too, with their own partners.
    const triad = groups.find((g) => g.length === 3)!;
    const [first, ...others] = triad;
    const dm = world.dm(first!).expectBotSaid(/In peer round 1 of Lagos you are with @\w+ and @\w+\./);
    for (const other of others) expect(dm).toContain(`@${other}`);
  });

  it('gives new partners in the next rounds while that is possible', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob', 'carol', 'dan']);
    const seen: string[] = [];
    for (let round = 1; round <= 3; round++) {
      await group.as('alice').says('/pair peers');
      const groups = groupsOf(group.expectBotSaid(new RegExp(`Peer round ${round} in Lagos`)));
      expect(groups.map((g) => g.length)).toEqual([2, 2]);
      seen.push(...pairsOf(groups));
    }
    // Four people have six possible pairs: three rounds use each exactly once.
    expect(new Set(seen).size).toBe(6);
    // A fourth round has to repeat someone.
    await group.as('alice').says('/pair peers');
    expect(groupsOf(group.expectBotSaid(/Peer round 4 in Lagos/))).toHaveLength(2);
  });

  it('leaves paused members out, and needs two active members', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob', 'carol']);
    await group.as('carol').says('/pause --until 30d');
    await group.as('alice').says('/pair peers');
    const groups = groupsOf(group.expectBotSaid(/Peer round 1 in Lagos/));
    expect(groups).toEqual([['alice', 'bob']]);
    expect(
      world
        .dm('carol')
        .botMessages()
        .some((m) => m.includes('peer round')),
    ).toBe(false);

    await group.as('bob').says('/pause --until 30d');
    await group.as('alice').says('/pair peers');
    group.expectBotSaid('A peer round needs at least two active members (paused members are left out).');
  });

  it('asks whether people met after the follow-up days, and /pair stats counts the answers', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob', 'carol', 'dan']);
    await group.as('alice').says('/pair stats');
    group.expectBotSaid('No peer rounds yet: /pair peers runs one.');
    await group.as('alice').says('/pair peers');
    const groups = groupsOf(group.expectBotSaid(/Peer round 1 in Lagos/));
    const partnerOf = (h: string) => groups.find((g) => g.includes(h))!.find((x) => x !== h)!;

    // Nobody is asked before three days have passed.
    await world.advance('71h');
    expect(
      world
        .dm('bob')
        .botMessages()
        .some((m) => m.includes('Did you meet')),
    ).toBe(false);
    await world.advance('2h');
    world.dm('bob').expectBotSaid(`Did you meet @${partnerOf('bob')} (peer round 1 of Lagos)?`);

    expect(await world.dm('bob').presses('Yes')).toBe('Wonderful, thank you!');
    expect(await world.dm('carol').presses('No')).toBe('Thanks for saying so. Maybe next round.');
    // "Not yet" keeps the buttons: a later Yes replaces it.
    expect(await world.dm('dan').presses('Not yet')).toBe('Noted. You can still answer Yes later.');
    // Counts of four people single them out: the stats go to the coordinator in private.
    await group.as('alice').says('/pair stats');
    group.expectBotSaid('Alice, I sent it to you in private.');
    world.dm('alice').expectBotSaid(/Round 1 \(.*\): 2 groups, 4 people\. Met: yes 1, no 1, not yet 1, no answer 1/);
    expect(await world.dm('dan').presses('Yes')).toBe('Wonderful, thank you!');
    // A second press of an answered question changes nothing.
    expect(await world.dm('bob').presses('No')).toMatch(/no longer valid|expired|stale/i);
    await world.dm('alice').says('/pair stats');
    world.dm('alice').expectBotSaid(/Met: yes 2, no 1, not yet 0, no answer 1/);

    // Bob sees his round, partner and answer in /mydata.
    await world.dm('bob').says('/mydata');
    world.dm('bob').expectBotSaid(`Your peer round (one):\n• Lagos, round 1: with @${partnerOf('bob')} (you met: yes)`);
  });

  it('after Redis lost its jobs, a restart plans the next round and a pending follow-up again', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob', 'carol', 'dan']);
    await group.as('alice').says('/pair rounds every 2w');
    await group.as('alice').says('/pair peers');
    group.expectBotSaid(/Peer round 1 in Lagos/);
    for (const job of world.local.scheduler.pending()) await world.local.scheduler.cancel(job.id);
    // The next round and round 1's follow-up; twice is the same as once.
    expect(await reconcilePeerRounds(world.local.bot.job)).toBe(2);
    expect(await reconcilePeerRounds(world.local.bot.job)).toBe(2);
    expect(world.local.scheduler.pending()).toHaveLength(2);
    await world.advance('73h');
    world.dm('bob').expectBotSaid(/Did you meet/);
    await world.advance('14d');
    group.expectBotSaid(/Peer round 2 in Lagos/);
  });

  it('runs rounds by themselves every two weeks until turned off', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob', 'carol', 'dan']);
    await group.as('alice').says('/pair rounds');
    group.expectBotSaid(/Peer rounds are off/);
    await group.as('alice').says('/pair rounds every 2w');
    group.expectBotSaid(/Peer rounds every 2 weeks; the first on Jan 19, 2026/);
    await group.as('alice').says('/pair rounds');
    group.expectBotSaid(/Peer rounds every 2 weeks; the next on Jan 19, 2026/);

    await world.advance('13d');
    expect(group.botMessages().some((m) => m.includes('Peer round 1'))).toBe(false);
    await world.advance('1d');
    expect(group.botMessages().some((m) => m.includes('Peer round 1 in Lagos'))).toBe(true);
    await world.advance('14d');
    expect(group.botMessages().some((m) => m.includes('Peer round 2 in Lagos'))).toBe(true);

    // A paused cohort gets no round; the rhythm goes on after it resumes.
    await group.as('alice').says('/cohort pause');
    await world.advance('14d');
    expect(group.botMessages().some((m) => m.includes('Peer round 3'))).toBe(false);
    await group.as('alice').says('/cohort resume');
    await world.advance('14d');
    expect(group.botMessages().some((m) => m.includes('Peer round 3 in Lagos'))).toBe(true);

    await group.as('alice').says('/pair rounds off');
    group.expectBotSaid('Peer rounds are off.');
    await world.advance('28d');
    expect(group.botMessages().some((m) => m.includes('Peer round 4'))).toBe(false);
  });

  it('answers wrong input clearly', async () => {
    world = await createWorld({ start: START });
    const group = await cohortWith(world, ['bob']);
    await group.as('alice').says('/pair rounds every 0w');
    group.expectBotSaid('Rounds come every 1 to 12 weeks, e.g. /pair rounds every 2w.');
    await group.as('alice').says('/pair rounds sometimes');
    group.expectBotSaid('Say how often: /pair rounds every 2w, /pair rounds every 1w or /pair rounds off.');
    await group.as('alice').says('/pair rounds follow-up 0d');
    group.expectBotSaid(/comes 1 to 14 days after a round/);
    await group.as('alice').says('/pair rounds follow-up 5d');
    group.expectBotSaid('"Did you meet?" will come 5 days after each round.');

    for (const command of ['/pair peers', '/pair rounds every 2w', '/pair stats']) {
      await group.as('bob').says(command);
      group.expectBotSaid(/Only a coordinator/);
    }
    await group.as('bob').says('/pause --until 30d');
    await group.as('alice').says('/pair peers');
    group.expectBotSaid('A peer round needs at least two active members (paused members are left out).');
    await world.dm('alice').says('/pair peers');
    world.dm('alice').expectBotSaid(/group/i);
  });
});
