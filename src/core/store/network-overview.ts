// /network report over many cohorts at once: the few reads its figures need,
// for all the network's cohorts in one query each (one query per cohort and
// check-in took tens of seconds for 500 cohorts; bench/RESULTS.md).

export interface OverviewMember {
  id: string;
  cohortId: string;
  joinedAt: Date;
}

export interface OverviewCheckIn {
  id: string;
  cohortId: string;
  dueAt: Date;
  state: string;
  excused: string[];
}

export interface OverviewAnswer {
  checkInId: string;
  membershipId: string;
  /** At least one question has an answer. */
  answered: boolean;
}

/** A cohort's mentorships: running now, and asked in the span with what became of them. */
export interface OverviewMentorships {
  cohortId: string;
  /** Accepted and not ended, whenever they were asked. */
  active: number;
  /** Asked at or after the span's start (a request still waiting, answered or lapsed). */
  asked: number;
  /** Of those asked: accepted (running or ended since). */
  accepted: number;
  /** Of those asked: declined by the mentor. */
  declined: number;
}

import type { Cohort } from './cohorts.ts';

export interface NetworkOverviewRepository {
  /** These cohorts (those still there), in no particular order. */
  cohorts(ids: string[]): Promise<Cohort[]>;
  /** Active and paused members of these cohorts. */
  members(cohortIds: string[]): Promise<OverviewMember[]>;
  /** Check-ins of these cohorts due at or after `since`, newest first. */
  checkInsSince(cohortIds: string[], since: Date): Promise<OverviewCheckIn[]>;
  answers(checkInIds: string[]): Promise<OverviewAnswer[]>;
  /** Mentorship counts of these cohorts (one row per cohort that has any), asked since `since`. */
  mentorships(cohortIds: string[], since: Date): Promise<OverviewMentorships[]>;
}
