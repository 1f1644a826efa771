// /network report's figures for all of a network's cohorts at once: the same
// numbers as cohortFigures (report.ts) per cohort, from four reads in all
// instead of a few per cohort and check-in (500 cohorts: tens of seconds down
// to well under the 2 s goal; bench/network.ts).

import type { Cohort, Store } from '../../core/store.ts';
import { NO_MENTORSHIPS } from './figures.ts';
import type { CohortFigures } from './report.ts';

/** As report.ts: the latest 20 check-ins of a cohort count, those in the span. */
const OCCURRENCES = 20;

export async function networkFigures(store: Store, cohorts: Cohort[], since: Date): Promise<CohortFigures[]> {
  const ids = cohorts.map((c) => c.id);
  const members = await store.networkOverview.members(ids);
  const checkIns = await store.networkOverview.checkInsSince(ids, since);
  const membersOf = new Map<string, typeof members>();
  for (const m of members) membersOf.set(m.cohortId, [...(membersOf.get(m.cohortId) ?? []), m]);
  // The newest OCCURRENCES per cohort (they are newest first), closed ones only.
  const taken = new Map<string, number>();
  const counted = checkIns.filter((k) => {
    const n = (taken.get(k.cohortId) ?? 0) + 1;
    taken.set(k.cohortId, n);
    return n <= OCCURRENCES && k.state === 'closed';
  });
  const answersOf = new Map<string, string[]>();
  for (const a of await store.networkOverview.answers(counted.map((k) => k.id))) {
    if (!a.answered) continue;
    const list = answersOf.get(a.checkInId);
    if (list) list.push(a.membershipId);
    else answersOf.set(a.checkInId, [a.membershipId]);
  }
  const mentorshipsOf = new Map(
    (await store.networkOverview.mentorships(ids, since)).map(({ cohortId, ...counts }) => [cohortId, counts]),
  );
  const checkInsOf = new Map<string, typeof counted>();
  for (const k of counted) checkInsOf.set(k.cohortId, [...(checkInsOf.get(k.cohortId) ?? []), k]);
  return cohorts.map((cohort) => {
    const mine = membersOf.get(cohort.id) ?? [];
    const joined = new Map(mine.map((m) => [m.id, m.joinedAt]));
    const active = new Set<string>();
    let answered = 0;
    let expected = 0;
    for (const checkIn of checkInsOf.get(cohort.id) ?? []) {
      const excused = new Set(checkIn.excused);
      const isDue = (id: string) => {
        const at = joined.get(id);
        return at !== undefined && at <= checkIn.dueAt && !excused.has(id);
      };
      const answers = (answersOf.get(checkIn.id) ?? []).filter((id) => joined.has(id));
      for (const id of answers) active.add(id);
      answered += answers.filter(isDue).length;
      expected += mine.filter((m) => isDue(m.id)).length;
    }
    const mentorships = mentorshipsOf.get(cohort.id) ?? { ...NO_MENTORSHIPS };
    return { cohort, members: mine.length, active: active.size, answered, expected, mentorships };
  });
}
