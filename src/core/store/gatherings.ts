// Gatherings (in-person, online or both), who answered and who was there, and
// what people said they would try afterwards (commitments).

import type { MembershipStatus, MemberWithAccount } from './cohorts.ts';

export type GatheringStatus = 'scheduled' | 'cancelled';
export type RsvpAnswer = 'going' | 'maybe' | 'no' | 'waitlist';
export type CommitmentVisibility = 'me' | 'mentor' | 'coordinators';
export type CommitmentStatus = 'open' | 'done' | 'partly' | 'not-yet' | 'let-go';

export interface GatheringDetails {
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
}

export interface Gathering extends GatheringDetails {
  id: string;
  cohortId: string;
  /** Short per-cohort number people type. */
  number: number;
  status: GatheringStatus;
  /** A short code announced in the room; when set, "I'm here" needs it. */
  roomCode: string | null;
  /** Raised by every change (the calendar's SEQUENCE). */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A cohort's gathering settings; the feature's defaults apply where there is none. */
export interface GatheringSettings {
  cohortId: string;
  /** Reminders, in minutes before the start. */
  reminderMinutes: number[];
  /** The follow-up sequence, in days after the end. */
  stepDays: number[];
  /** The secret of the cohort's calendar feed URL (null: none yet). */
  feedToken: string | null;
}

export interface Rsvp {
  gatheringId: string;
  membershipId: string;
  answer: RsvpAnswer;
  answeredAt: Date;
  attendedAt: Date | null;
  followUpStep: number;
  /** What they hope to learn or get help with, said before the gathering (/hope). */
  intention: string | null;
}

export interface Commitment {
  id: string;
  gatheringId: string;
  membershipId: string;
  text: string;
  visibility: CommitmentVisibility;
  status: CommitmentStatus;
  /** "2027-04-30": the day they aim to have it done by; null: none given. */
  targetDate: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A participant as the follow-up plan needs them. */
export interface FollowUpPlanRow {
  membershipId: string;
  /** Last step asked (Rsvp.followUpStep). */
  followUpStep: number;
  /** The membership's timezone, else the account's; null: neither set. */
  timezone: string | null;
}

export interface GatheringRepository {
  /** Numbers the gathering (next free number in the cohort). */
  create(input: GatheringDetails & { cohortId: string }): Promise<Gathering>;
  byId(id: string): Promise<Gathering | null>;
  byNumber(cohortId: string, number: number): Promise<Gathering | null>;
  /** Scheduled ones ending at or after `since`, soonest first. */
  upcoming(cohortId: string, since: Date): Promise<Gathering[]>;
  /** Every cohort's scheduled gatherings ending after `since` (start-up reconciliation). */
  endingAfter(since: Date): Promise<Gathering[]>;
  /** A cohort's gatherings starting in [since, until). */
  inRange(cohortId: string, since: Date, until: Date): Promise<Gathering[]>;
  update(
    id: string,
    patch: Partial<GatheringDetails & { status: GatheringStatus; roomCode: string | null }>,
  ): Promise<Gathering>;

  settings(cohortId: string): Promise<GatheringSettings | null>;
  /** Create or change a cohort's settings; `defaults` fill a new row's unset fields. */
  saveSettings(
    cohortId: string,
    patch: Partial<Omit<GatheringSettings, 'cohortId'>>,
    defaults: Omit<GatheringSettings, 'cohortId' | 'feedToken'>,
  ): Promise<GatheringSettings>;
  /** The settings whose calendar feed has this secret. */
  settingsByFeedToken(token: string): Promise<GatheringSettings | null>;

  rsvps(gatheringId: string): Promise<Rsvp[]>;
  rsvpsOfMember(membershipId: string): Promise<Rsvp[]>;
  /**
   * A follow-up step for several people of one gathering, in one read: each
   * answer with its member, account and the person's commitments for this
   * gathering (a burst of steps due together). People without an answer are left out.
   */
  stepRows(
    gatheringId: string,
    membershipIds: string[],
  ): Promise<Array<{ rsvp: Rsvp; member: MemberWithAccount; commitments: Commitment[] }>>;
  /** Whether anyone was recorded present (then the follow-ups are for them, else for those going). */
  anyPresent(gatheringId: string): Promise<boolean>;
  /**
   * What planning follow-ups needs of each participant, a page at a time in
   * membership-id order after `after` (start-up reconciliation: bounded
   * memory, narrow rows): those recorded present (`present`) or those going,
   * whose membership is one of `statuses`.
   */
  participantPage(
    gatheringId: string,
    query: { present: boolean; statuses: MembershipStatus[]; after: string | null; limit: number },
  ): Promise<FollowUpPlanRow[]>;
  /** Answer (or change the answer); keeps attendance and follow-up progress. */
  setRsvp(gatheringId: string, membershipId: string, answer: RsvpAnswer, at: Date): Promise<Rsvp>;
  /** Mark someone there (at) or not (null); creates the row ("going") when they never answered. */
  setAttended(gatheringId: string, membershipId: string, at: Date | null): Promise<Rsvp>;
  /** Set (or clear) the intention on an existing answer; false when they never answered. */
  setIntention(gatheringId: string, membershipId: string, text: string | null): Promise<boolean>;
  /** Record that follow-up step `step` was asked, for those it moves forward (one write); returns their membership ids. */
  advanceFollowUps(gatheringId: string, membershipIds: string[], step: number): Promise<string[]>;

  addCommitment(
    input: Pick<Commitment, 'gatheringId' | 'membershipId' | 'text' | 'visibility'> & { targetDate?: string | null },
  ): Promise<Commitment>;
  commitmentById(id: string): Promise<Commitment | null>;
  commitmentsOf(gatheringId: string, membershipId?: string): Promise<Commitment[]>;
  commitmentsOfMember(membershipId: string): Promise<Commitment[]>;
  setCommitmentStatus(id: string, status: CommitmentStatus): Promise<Commitment>;
}
