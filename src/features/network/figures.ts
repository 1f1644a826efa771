// Per cohort of a network: its size, how many of its members were active and
// its check-in response since a date (the same definition as the check-ins
// report: members who had joined, minus those on a break), and its mentorships
// (as the pairing report counts them).

import type { Context } from '../../core/context.ts';
import type { Cohort } from '../../core/store.ts';

const OCCURRENCES = 20;

export interface CohortFigures {
  cohort: Cohort;
  members: number;
  /** Members who answered at least one check-in in the span. */
  active: number;
  answered: number;
  expected: number;
  mentorships: MentorshipFigures;
}

/** Mentorships running now, and those asked in the span with what became of them. */
export interface MentorshipFigures {
  active: number;
  asked: number;
  accepted: number;
  declined: number;
}

export const NO_MENTORSHIPS: MentorshipFigures = { active: 0, asked: 0, accepted: 0, declined: 0 };

async function mentorshipFigures(ctx: Context, cohort: Cohort, since: Date): Promise<MentorshipFigures> {
  const all = await ctx.store.mentorships.ofCohort(cohort.id, ['asked', 'accepted', 'declined', 'timed_out', 'ended']);
  const asked = all.filter((m) => (m.askedAt ?? m.createdAt) >= since);
  return {
    active: all.filter((m) => m.status === 'accepted').length,
    asked: asked.length,
    accepted: asked.filter((m) => m.status === 'accepted' || m.status === 'ended').length,
    declined: asked.filter((m) => m.status === 'declined').length,
  };
}

export async function cohortFigures(ctx: Context, cohort: Cohort, since: Date): Promise<CohortFigures> {
  const members = await ctx.store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  const ids = new Set(members.map((m) => m.id));
  const active = new Set<string>();
  let answered = 0;
  let expected = 0;
  for (const checkIn of await ctx.store.checkins.recentOccurrences(cohort.id, OCCURRENCES)) {
    if (checkIn.state !== 'closed' || checkIn.dueAt < since) continue;
    const excused = new Set(checkIn.excused);
    const due = members.filter((m) => m.joinedAt <= checkIn.dueAt && !excused.has(m.id));
    const answers = (await ctx.store.checkins.answers(checkIn.id)).filter(
      (a) => ids.has(a.membershipId) && a.answers.some((x) => x),
    );
    for (const a of answers) active.add(a.membershipId);
    answered += answers.filter((a) => due.some((m) => m.id === a.membershipId)).length;
    expected += due.length;
  }
  const mentorships = await mentorshipFigures(ctx, cohort, since);
  return { cohort, members: members.length, active: active.size, answered, expected, mentorships };
}
