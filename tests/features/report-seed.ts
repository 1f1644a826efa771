// The seeded cohort of the report tests (reports.test.ts, reports-web.test.ts,
// tests/browser/report-page.test.ts): Lagos, with check-ins, mentorships and a peer round.

import { expect } from 'vitest';
import type { Cohort } from '../../src/core/store.ts';
import { weeklySchedule } from '../helpers/checkin-seed.ts';
import type { ChatHandle, World } from '../helpers/scenario.ts';
import { liveCohort, membershipOf } from './lookups.ts';

// Monday 4 January 2027, 09:00 UTC.
export const START = new Date('2027-01-04T09:00:00Z');
export const DAY = 86_400_000;
export const PEOPLE = ['bob', 'carol', 'dan', 'erin', 'fay', 'gus'];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

async function memberId(world: World, group: ChatHandle, handle: string): Promise<string> {
  return (await membershipOf(world, group, handle))!.id;
}

/**
 * Lagos: alice (coordinator) and six members; hank joined and left; gus is on
 * a break. Three weekly check-ins (answered by 5, 3 and all 6 asked), three
 * mentorships (accepted, declined, waiting), one peer round of six people.
 */
export async function seed(world: World): Promise<{ group: ChatHandle; cohort: Cohort }> {
  const group = world.group('Lagos editors', { admins: ['alice'] });
  await group.as('alice').says('/cohort create Lagos --timezone Africa/Lagos');
  for (const person of [...PEOPLE, 'hank']) await group.as(person).says('/join');
  await group.as('hank').says('/leave');
  await world.advance('1d');
  const cohort = await liveCohort(world, group);
  const ids = Object.fromEntries(
    await Promise.all(['alice', ...PEOPLE].map(async (h) => [h, await memberId(world, group, h)] as const)),
  );
  const { checkins, mentorships, peerRounds } = world.store;
  const schedule = await weeklySchedule(world.store, cohort.id);
  // Who answered each check-in; gus was on a break for the second one.
  const answered = [
    ['alice', 'bob', 'carol', 'dan', 'erin'],
    ['bob', 'carol', 'dan'],
    ['alice', 'bob', 'carol', 'dan', 'erin', 'fay', 'gus'],
  ];
  for (const [week, who] of answered.entries()) {
    const dueAt = new Date(START.getTime() + (week + 1) * 7 * DAY);
    const { checkIn } = await checkins.openOccurrence({
      scheduleId: schedule.id,
      cohortId: cohort.id,
      dueAt,
      closesAt: new Date(dueAt.getTime() + DAY),
      state: 'open',
      questions: ['How was your week?'],
      postedAt: dueAt,
    });
    for (const handle of who) await checkins.saveAnswer(checkIn.id, ids[handle]!, { answers: ['fine'], cursor: null });
    // Rows with every question skipped or left empty are no answer (counted in SQL: store.reports).
    if (week === 1) {
      await checkins.saveAnswer(checkIn.id, ids.alice!, { answers: [null], cursor: null });
      await checkins.saveAnswer(checkIn.id, ids.erin!, { answers: [''], cursor: null });
    }
    await checkins.close(checkIn.id, week === 1 ? [ids.gus!] : []);
  }
  const ask = async (mentor: string, mentee: string, to: 'accepted' | 'declined' | null) => {
    const askedAt = new Date(START.getTime() + 3 * DAY);
    const m = await mentorships.create({
      cohortId: cohort.id,
      mentorMembershipId: ids[mentor]!,
      menteeMembershipId: ids[mentee]!,
      status: 'asked',
      score: 1,
      reasons: [],
      askedAt,
    });
    if (to) await mentorships.transition(m.id, ['asked'], to, new Date(askedAt.getTime() + DAY));
  };
  await ask('alice', 'bob', 'accepted');
  await ask('carol', 'dan', 'declined');
  await ask('carol', 'erin', null);
  const round = await peerRounds.create({
    cohortId: cohort.id,
    followUpAt: new Date(START.getTime() + 10 * DAY),
    groups: [
      [ids.bob!, ids.carol!],
      [ids.dan!, ids.erin!],
      [ids.fay!, ids.gus!],
    ],
  });
  const at = new Date(START.getTime() + 11 * DAY);
  const answer = async (h: string, a: 'yes' | 'no' | 'not-yet') => {
    const own = round.groups.find((g) => g.members.some((m) => m.membershipId === ids[h]))!;
    expect(await peerRounds.answer(own.id, ids[h]!, a, at)).toBe(true);
  };
  await answer('bob', 'yes');
  await answer('carol', 'yes');
  await answer('dan', 'no');
  await answer('erin', 'not-yet');
  await answer('fay', 'yes');
  await group.as('gus').says('/pause --until 12w');
  await world.advance('30d');
  return { group, cohort };
}
