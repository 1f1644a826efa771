// Timestamps people read come from the bot's clock (issue #12 item 6): the
// playground's is virtual, so a date the database picked itself (real time)
// puts a reflection, a round or "known since" weeks away from what happened.
// The world's clock starts long before the real one here, and moves on.

import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { liveCohort, membershipOf } from './lookups.ts';

const START = new Date('2026-01-05T09:00:00Z');

describe("the bot's clock", () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  it('dates accounts, joins, leaving, mentor requests, reflections and rounds by the bot clock, not the database', async () => {
    world = await createWorld({ start: START });
    const group = world.group('Lagos editors', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Lagos --timezone Africa/Lagos');
    for (const handle of ['mo', 'bob', 'carol', 'dan']) await group.as(handle).says('/join');
    const cohort = await liveCohort(world, group);
    expect((await membershipOf(world, group, 'carol'))?.joinedAt).toEqual(START);

    await world.advance('14d');
    const later = world.local.clock.now();
    await group.as('alice').says('/role @mo mentor');
    await group.as('alice').says('/pair @mo @bob');
    await group.as('alice').says('/pair peers');
    await world.dm('carol').says('/reflect Asking early saves days --visibility cohort');
    await group.as('dan').says('/leave');
    const dan = await membershipOf(world, group, 'dan');
    expect(dan?.status).toBe('left');
    expect(dan?.updatedAt).toEqual(later);

    const [mentorship] = await world.store.mentorships.ofCohort(cohort.id, ['asked']);
    expect(mentorship?.askedAt).toEqual(later);
    const [round] = await world.store.peerRounds.ofCohort(cohort.id);
    expect(round?.createdAt).toEqual(later);
    // What a person reads: the reflection dated two weeks on, 10:00 in Lagos.
    await world.dm('carol').says('/reflections');
    expect(world.dm('carol').expectBotSaid(/Asking early saves days/)).toMatch(/Jan 19, 2026, 10:00\sAM/);
    // Known since the day she first wrote (in the bot's time), not the day the test ran.
    await world.dm('carol').says('/mydata');
    expect(world.dm('carol').expectBotSaid(/Known since/)).toMatch(/Known since Jan 5, 2026/);
  });
});
