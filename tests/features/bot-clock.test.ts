// Every timestamp comes from the bot's clock (issue #12 item 6): the
// playground's is virtual, so a date the database picked itself (real time)
// puts a cohort, an audit entry or a mentorship weeks away from what happened.
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

  it('dates accounts, the cohort, its audit entries, joins, leaving, mentorships, reflections and rounds by the bot clock, not the database', async () => {
    world = await createWorld({ start: START });
    const group = world.group('Lagos editors', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Lagos --timezone Africa/Lagos');
    for (const handle of ['mo', 'bob', 'carol', 'dan']) await group.as(handle).says('/join');
    const cohort = await liveCohort(world, group);
    expect(cohort.createdAt).toEqual(START);

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
    expect(mentorship?.createdAt).toEqual(later);
    expect(mentorship?.askedAt).toEqual(later);
    const [round] = await world.store.peerRounds.ofCohort(cohort.id);
    expect(round?.createdAt).toEqual(later);
    const audit = await world.store.audit.list({ cohortId: cohort.id });
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['cohort.create', 'pair.manual']));
    for (const entry of audit) expect([START.getTime(), later.getTime()]).toContain(entry.createdAt.getTime());
    // What a person reads: the reflection dated two weeks on, 10:00 in Lagos.
    await world.dm('carol').says('/reflections');
    expect(world.dm('carol').expectBotSaid(/Asking early saves days/)).toMatch(/Jan 19, 2026, 10:00\sAM/);
  });
});
