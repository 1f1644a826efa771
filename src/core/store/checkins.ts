// Check-in schedules, their occurrences and members' answers (issue 5).

import type { Chat } from './accounts.ts';
import type { Cohort } from './cohorts.ts';
import type { ActionToken } from './tokens.ts';

export type CheckInScheduleStatus = 'active' | 'paused';
export type DigestAudience = 'group' | 'coordinators';

export interface CheckInSchedule {
  id: string;
  cohortId: string;
  /** Short number coordinators type (/checkin skip 2). */
  number: number;
  /** Canonical rhythm text ("weekly mon 18:00", "cron 0 18 * * 1"). */
  pattern: string;
  phase: number;
  /** Custom questions; empty: the default localized set. */
  questions: string[];
  windowMinutes: number;
  remindMinutes: number | null;
  digest: DigestAudience;
  /** Missed this many in a row: a gentle DM and the coordinators' inactive list; 0: never. */
  inactiveAfter: number;
  status: CheckInScheduleStatus;
  nextDueAt: Date | null;
  skipDueAt: Date | null;
  createdAt: Date;
}

export type CheckInState = 'open' | 'closed' | 'missed' | 'skipped';

export interface CheckIn {
  id: string;
  scheduleId: string;
  cohortId: string;
  dueAt: Date;
  closesAt: Date;
  state: CheckInState;
  questions: string[];
  postedAt: Date | null;
  /** Memberships on a break when it closed: it counts neither as answered nor as missed for them. */
  excused: string[];
}

export interface CheckInAnswer {
  id: string;
  checkInId: string;
  membershipId: string;
  /** One entry per question; null: skipped. */
  answers: Array<string | null>;
  shared: boolean;
  /** Guided DM: the question asked next; null when not answering now. */
  cursor: number | null;
  /** The platform message each answer came in (index = question; "": none): an edit of it updates the answer. */
  messageIds: string[];
  updatedAt: Date;
}

export interface CheckInRepository {
  /** A new schedule with the next free number of its cohort. */
  createSchedule(
    input: Omit<CheckInSchedule, 'id' | 'number' | 'createdAt' | 'status' | 'skipDueAt' | 'inactiveAfter'> & {
      inactiveAfter?: number;
    },
  ): Promise<CheckInSchedule>;
  schedule(id: string): Promise<CheckInSchedule | null>;
  /**
   * A schedule with its cohort, the cohort's chat and the schedule's occurrences
   * still in the open state (newest first), in one read (the due job's hot path).
   */
  scheduleWithCohort(
    id: string,
  ): Promise<{ schedule: CheckInSchedule; cohort: Cohort; chat: Chat; open: CheckIn[] } | null>;
  scheduleByNumber(cohortId: string, number: number): Promise<CheckInSchedule | null>;
  schedules(cohortId: string): Promise<CheckInSchedule[]>;
  /** Every active schedule of every live cohort (reconciliation at start). */
  activeSchedules(): Promise<CheckInSchedule[]>;
  updateSchedule(
    id: string,
    patch: Partial<Pick<CheckInSchedule, 'status' | 'nextDueAt' | 'skipDueAt'>>,
  ): Promise<CheckInSchedule>;
  deleteSchedule(id: string): Promise<void>;
  /**
   * The occurrence of (schedule, dueAt): created if it does not exist yet.
   * `created` is false when another worker or an earlier run made it. In the
   * same statement (the due job's hot path): `token`, the prompt's button, is
   * stored when the occurrence is new; `advance` moves the schedule on to its
   * next due time if it still expects this one (and clears a skip of it).
   */
  openOccurrence(
    input: Omit<CheckIn, 'id' | 'excused'> & { id?: string },
    extras?: { token?: Omit<ActionToken, 'usedAt'>; advance?: { nextDueAt: Date } },
  ): Promise<{ checkIn: CheckIn; created: boolean }>;
  occurrence(id: string): Promise<CheckIn | null>;
  /** The occurrence of a schedule at a due time, if there is one. */
  occurrenceAt(scheduleId: string, dueAt: Date): Promise<CheckIn | null>;
  /** Open occurrences of live cohorts, with their schedule's reminder (reconciliation: their reminder and close jobs). */
  openOccurrences(): Promise<Array<CheckIn & { remindMinutes: number | null }>>;
  /** The latest occurrences of a cohort (any state), newest first. */
  recentOccurrences(cohortId: string, limit: number): Promise<CheckIn[]>;
  /** Change the state; returns false when it was not `from` (someone else moved it). */
  setState(id: string, from: CheckInState, to: CheckInState, postedAt?: Date): Promise<boolean>;
  /** Open -> closed, noting who was on a break; false when it was not open (another worker closed it). */
  close(id: string, excused: string[]): Promise<boolean>;
  answer(checkInId: string, membershipId: string): Promise<CheckInAnswer | null>;
  answers(checkInId: string): Promise<CheckInAnswer[]>;
  saveAnswer(
    checkInId: string,
    membershipId: string,
    patch: Partial<Pick<CheckInAnswer, 'answers' | 'shared' | 'cursor' | 'messageIds'>>,
  ): Promise<CheckInAnswer>;
  /** The guided DM answer in progress for any of these memberships. */
  answering(membershipIds: string[]): Promise<CheckInAnswer | null>;
  /** A member's answers, newest first (for /mydata). */
  answersOf(membershipId: string): Promise<Array<CheckInAnswer & { dueAt: Date }>>;
}
