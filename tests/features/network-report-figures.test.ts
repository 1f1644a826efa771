// /network report's figures for all cohorts at once (report-figures.ts, four
// reads) are the numbers of the per-cohort reads (cohortFigures), and what the
// network coordinator reads: two cohorts with check-ins, answers, someone on a
// break and someone who joined late, and mentorships in one of them.

import { afterEach, describe, expect, it } from 'vitest';
import type { Context } from '../../src/core/context.ts';
import { cohortFigures } from '../../src/features/network/report.ts';
import { networkFigures } from '../../src/features/network/report-figures.ts';
import { type ChatHandle, createWorld, type World } from '../helpers/scenario.ts';
import { liveCohort, membershipOf } from './lookups.ts';
import { linkCohorts } from './network-helpers.ts';

const START = new Date('2026-01-05T09:00:00Z');

describe('/network report figures', () => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });

  /** A check-in now, answered privately by `who`, closed two hours later. */
  async function checkIn(group: ChatHandle, coordinator: string, who: string[]) {
    await group.as(coordinator).says('/checkin now');
    for (const handle of who) {
      await group.as(handle).presses(/Answer privately/);
      await world.dm(handle).says(`Progress from ${handle}`);
      await world.dm(handle).presses(/Keep it private/);
    }
    await world.advance('2h');
  }

  it('counts the same members, active people and response as the per-cohort reads', async () => {
    world = await createWorld({ start: START });
    const lagos = world.group('Lagos', { admins: ['alice'] });
    const accra = world.group('Accra', { admins: ['kofi'] });
    await lagos.as('alice').says('/cohort create Lagos');
    await accra.as('kofi').says('/cohort create Accra');
    const lagosPeople = ['bob', 'carol', 'dan', 'erin', 'fay'];
    const accraPeople = ['ama', 'yaw', 'esi', 'kojo', 'abena', 'kwesi'];
    for (const h of ['alice', 'kofi', ...lagosPeople, ...accraPeople]) await world.dm(h).says('/language en');
    for (const h of lagosPeople) await lagos.as(h).says('/join');
    for (const h of accraPeople.slice(0, 5)) await accra.as(h).says('/join');
    for (const [group, coordinator] of [
      [lagos, 'alice'],
      [accra, 'kofi'],
    ] as const) {
      await group.as(coordinator).says('/checkin schedule weekly mon 18:00 --window 2h --question "How is it going?"');
    }
    await checkIn(lagos, 'alice', ['bob', 'carol', 'dan']);
    await checkIn(accra, 'kofi', ['ama', 'yaw']);
    // Erin takes a break (excused from the next one); Kwesi joins Accra late.
    await lagos.as('erin').says('/pause');
    await accra.as('kwesi').says('/join');
    await world.advance('1d');
    await checkIn(lagos, 'alice', ['bob', 'fay']);
    await checkIn(accra, 'kofi', ['ama', 'esi', 'kwesi']);
    await linkCohorts(world, lagos, 'alice', 'Sahel', [[accra, 'kofi']]);

    const cohorts = [await liveCohort(world, lagos), await liveCohort(world, accra)];
    const now = world.local.services.clock.now();
    const since = new Date(now.getTime() - 30 * 86_400_000);
    // Accra's mentorships: running since before the span, accepted then ended, declined, lapsed,
    // waiting, and a preview (no request: counted nowhere). Lagos has none.
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    for (const [mentor, mentee, asked, to] of [
      ['ama', 'yaw', 45, 'accepted'],
      ['ama', 'esi', 5, 'accepted'],
      ['esi', 'kojo', 4, 'ended'],
      ['yaw', 'abena', 3, 'declined'],
      ['yaw', 'kwesi', 2, 'timed_out'],
      ['kojo', 'abena', 1, 'asked'],
      ['abena', 'kwesi', 1, 'proposed'],
    ] as const) {
      const m = await world.store.mentorships.create({
        cohortId: cohorts[1]!.id,
        mentorMembershipId: (await membershipOf(world, accra, mentor))!.id,
        menteeMembershipId: (await membershipOf(world, accra, mentee))!.id,
        status: to === 'proposed' ? 'proposed' : 'asked',
        score: 1,
        reasons: [],
        askedAt: to === 'proposed' ? null : daysAgo(asked),
      });
      if (to === 'ended') await world.store.mentorships.transition(m.id, ['asked'], 'accepted', daysAgo(asked));
      const from = to === 'ended' ? 'accepted' : 'asked';
      if (to !== 'asked' && to !== 'proposed') await world.store.mentorships.transition(m.id, [from], to, now);
    }
    const ctx = { store: world.store } as unknown as Context;
    const batched = await networkFigures(world.store, cohorts, since);
    const one = [await cohortFigures(ctx, cohorts[0]!, since), await cohortFigures(ctx, cohorts[1]!, since)];
    expect(batched).toEqual(one);
    // Lagos: 6 members with Alice (Erin on a break still counts), 4 answered; Accra: 7 with Kofi, 4 answered.
    expect(batched.map(({ members, active }) => ({ members, active }))).toEqual([
      { members: 6, active: 4 },
      { members: 7, active: 4 },
    ]);
    expect(batched.every((f) => f.expected > 0 && f.answered > 0)).toBe(true);
    expect(batched.map((f) => f.mentorships)).toEqual([
      { active: 0, asked: 0, accepted: 0, declined: 0 },
      { active: 2, asked: 5, accepted: 2, declined: 1 },
    ]);

    await lagos.as('alice').says('/network report');
    const report = world.dm('alice').expectBotSaid(/“Sahel”, the last 30 days \(cohorts: 2\)/);
    expect(report).toContain('Lagos: 6 members, 4 answered a check-in');
    expect(report).toContain('Accra: 7 members, 4 answered a check-in');
    expect(report).toContain('  mentorships: 0 running; asked: 0, accepted: 0');
    expect(report).toContain('  mentorships: 2 running; asked: 5, accepted: 2');
  });
});
