// What reports read and keep beyond the features' own repositories: a
// cohort's report settings (web-link generation), and the
// participation rows of big exports, read page by page so an export of a
// two-year cohort never holds every row at once.

export interface ReportSettings {
  cohortId: string;
  /** Links signed for another generation are refused (`/report web revoke` bumps it). */
  linkEpoch: number;
}

/** A closed check-in, with who answered it: one page of the participation export. */
export interface ParticipationOccurrence {
  checkInId: string;
  dueAt: Date;
  closesAt: Date;
  excused: string[];
  answered: string[];
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
  participationPage(
    cohortId: string,
    span: { since: Date; until: Date },
    after: { dueAt: Date; id: string } | null,
    limit: number,
  ): Promise<ParticipationOccurrence[]>;
}
