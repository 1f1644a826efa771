// What reports read and keep beyond the features' own repositories: a
// cohort's report settings (web-link generation), and the
// participation rows of big exports, read page by page so an export of a
// two-year cohort never holds every row at once.

import type { MembershipStatus } from './cohorts.ts';

export interface ReportSettings {
  cohortId: string;
  /** Links signed for another generation are refused (`/report web revoke` bumps it). */
  linkEpoch: number;
}

/**
 * A person as the participation export lists them: only what its rows and the
 * "was this check-in for them" test need (store.memberships.list brings every
 * profile field through Prisma, several times the allocation for 5,000 people).
 */
export interface Participant {
  membershipId: string;
  displayName: string;
  status: MembershipStatus;
  joinedAt: Date;
  /** A left membership's last update is when it left. */
  updatedAt: Date;
}

/** A closed check-in, with who answered it: one page of the participation export. */
export interface ParticipationOccurrence {
  checkInId: string;
  dueAt: Date;
  closesAt: Date;
  excused: string[];
  /**
   * The membership ids of those who answered, comma-separated (ids are UUIDs): one string per
   * check-in, not ~2,500, which the export reads without making a string per id.
   */
  answered: string;
}

/** A closed check-in with how many it was for and how many of them answered, counted by the database. */
export interface CheckInRate {
  checkInId: string;
  dueAt: Date;
  /** Members who had joined by then, had not left before it, and were not on a break when it closed. */
  expected: number;
  /** Those of them with at least one answer that is not empty (a row of skipped questions is no answer). */
  answered: number;
}

/** The members chart's counts, made by the database (a report reads a few dozen rows, not the member list). */
export interface MembersOverTime {
  /** Memberships that joined before the span's end, by their status now. */
  now: { active: number; paused: number; left: number };
  /** Members at the span's start: joined before it and not left before it. */
  before: number;
  /** Joins and leaves in the span per period ("2027-03", or the Monday "2027-03-08"), periods with none left out. */
  joined: Array<{ bucket: string; count: number }>;
  left: Array<{ bucket: string; count: number }>;
}

export interface ReportRepository {
  /** The cohort's settings (defaults when none were saved). */
  settings(cohortId: string): Promise<ReportSettings>;
  /** Bump the link generation: every link signed before is refused from now on. */
  revokeLinks(cohortId: string): Promise<ReportSettings>;
  /**
   * Closed check-ins of a cohort due in [since, until), oldest first, after
   * `after` (the last one of the previous page), at most `limit`, each with the
   * memberships that answered.
   */
  /**
   * Every closed check-in of a cohort due in [since, until), oldest first, with
   * its counts: one aggregate query, so a two-year cohort's report reads 104
   * rows, not every answer.
   */
  checkInRates(cohortId: string, span: { since: Date; until: Date }): Promise<CheckInRate[]>;
  /** The cohort's first join (a report's default start); null for a cohort without members. */
  firstJoin(cohortId: string): Promise<Date | null>;
  /**
   * The members part of a report: counts per week or month (in `timezone`) of
   * who joined and who left (a left membership's last update, not before it
   * joined, is when it left), the count at `since`, and the statuses now.
   */
  membersOverTime(
    cohortId: string,
    span: { since: Date; until: Date },
    period: 'week' | 'month',
    timezone: string,
  ): Promise<MembersOverTime>;
  /** The cohort's memberships for the participation export, in the member list's order (joined, then id). */
  participants(cohortId: string): Promise<Participant[]>;
  participationPage(
    cohortId: string,
    span: { since: Date; until: Date },
    after: { dueAt: Date; id: string } | null,
    limit: number,
  ): Promise<ParticipationOccurrence[]>;
}
