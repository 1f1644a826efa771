// The mentorships /mydata shows: who, in which cohort, and in what state.
// /forgetme deletes them with the membership (foreign keys cascade).

import type { Context } from '../../core/context.ts';
import type { Membership } from '../../core/store.ts';
import { nameOf } from './plan.ts';

export async function describeMentorships(
  ctx: Context,
  memberships: Array<Membership & { cohort: { name: string } }>,
): Promise<string[]> {
  const lines: string[] = [];
  for (const m of memberships) {
    const rows = await ctx.store.mentorships.ofMember(m.id, ['asked', 'accepted', 'declined', 'timed_out', 'ended']);
    if (rows.length === 0) continue;
    const people = new Map((await ctx.store.memberships.list(m.cohortId)).map((p) => [p.id, p]));
    for (const row of rows) {
      const asMentor = row.mentorMembershipId === m.id;
      const other = people.get(asMentor ? row.menteeMembershipId : row.mentorMembershipId);
      lines.push(
        ctx.t(asMentor ? 'mydata-mentorship-mentor' : 'mydata-mentorship-mentee', {
          cohort: m.cohort.name,
          other: other ? nameOf(other) : '—',
          status: row.status,
        }),
      );
    }
  }
  return ['', ctx.t('mydata-mentorships', { count: lines.length }), ...lines];
}
