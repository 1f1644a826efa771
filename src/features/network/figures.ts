// Per cohort of a network: its size, how many of its members were active and
// its check-in response since a date (the same definition as the check-ins
// report: members who had joined, minus those on a break).

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
  return { cohort, members: members.length, active: active.size, answered, expected };
}
