// Check-ins written straight to the store for report tests (the bot's own
// scheduling is tested elsewhere): a weekly schedule, and one open check-in
// due just after the cohort's last join.

import type { CheckIn, CheckInSchedule, Store } from '../../src/core/store.ts';

export function weeklySchedule(store: Store, cohortId: string): Promise<CheckInSchedule> {
  return store.checkins.createSchedule({
    cohortId,
    pattern: 'weekly mon 18:00',
    phase: 0,
    questions: [],
    windowMinutes: 1440,
    remindMinutes: null,
    digest: 'group',
    nextDueAt: null,
  });
}

/** One open check-in of a new schedule, due `afterMs` after the latest join, open for `openMs`. */
export async function checkInAfterJoins(
  store: Store,
  cohortId: string,
  afterMs: number,
  openMs: number,
): Promise<CheckIn> {
  const members = await store.memberships.list(cohortId);
  const schedule = await weeklySchedule(store, cohortId);
  const dueAt = new Date(Math.max(...members.map((m) => m.joinedAt.getTime())) + afterMs);
  const { checkIn } = await store.checkins.openOccurrence({
    scheduleId: schedule.id,
    cohortId,
    dueAt,
    closesAt: new Date(dueAt.getTime() + openMs),
    state: 'open',
    questions: ['How was your week?'],
    postedAt: dueAt,
  });
  return checkIn;
}
