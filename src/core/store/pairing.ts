// Pairing: mentorships (proposed, asked, answered) and peer rounds with their groups.

export type MentorshipStatus = 'proposed' | 'asked' | 'accepted' | 'declined' | 'timed_out' | 'ended';

/** One reason the engine gave for a pair; localized when shown (pair-reason-<code>). */
export interface StoredReason {
  code: string;
  values: string[];
  points: number;
}

export interface Mentorship {
  id: string;
  cohortId: string;
  mentorMembershipId: string;
  menteeMembershipId: string;
  status: MentorshipStatus;
  score: number;
  reasons: StoredReason[];
  askedAt: Date | null;
  answeredAt: Date | null;
  /** Why the mentor declined, when they said ("no-time", "topics", "other"). */
  declineReason: string | null;
  createdAt: Date;
}

export interface MentoringSettings {
  allowBridging: boolean;
  answerHours: number;
}

export interface MentorshipRepository {
  /** The cohort's settings, defaults when none were saved. */
  settings(cohortId: string): Promise<MentoringSettings>;
  saveSettings(cohortId: string, patch: Partial<MentoringSettings>): Promise<MentoringSettings>;
  /** `createdAt`: the bot's clock (the playground's is virtual); the database's now when absent. */
  create(
    input: Omit<Mentorship, 'id' | 'createdAt' | 'answeredAt' | 'declineReason'> & { createdAt?: Date },
  ): Promise<Mentorship>;
  /** The reason a mentor gave after declining. */
  setDeclineReason(id: string, reason: string): Promise<void>;
  byId(id: string): Promise<Mentorship | null>;
  /** A cohort's mentorships in these states, oldest first. */
  ofCohort(cohortId: string, statuses: MentorshipStatus[]): Promise<Mentorship[]>;
  /** Someone's mentorships (as mentor or mentee) in these states. */
  ofMember(membershipId: string, statuses: MentorshipStatus[]): Promise<Mentorship[]>;
  /** Move from one of `from` to `to`; false when it was in none of them (a double press, a late job). */
  transition(id: string, from: MentorshipStatus[], to: MentorshipStatus, at: Date): Promise<boolean>;
  /** Drop the cohort's preview (rows still 'proposed'). */
  clearProposed(cohortId: string): Promise<void>;
}

export type PeerAnswer = 'yes' | 'no' | 'not-yet';

/** A cohort's peer-round rhythm: every N weeks (0 = off), the next due round, follow-up days. */
export interface PeerRoundSettings {
  cohortId: string;
  everyWeeks: number;
  nextDueAt: Date | null;
  followUpDays: number;
}

/** One peer round: its groups (pairs, a triad) and each member's "did you meet?" answer. */
export interface PeerRound {
  id: string;
  cohortId: string;
  number: number;
  followUpAt: Date;
  followedUpAt: Date | null;
  createdAt: Date;
  groups: { id: string; members: { membershipId: string; answer: PeerAnswer | null }[] }[];
}

export interface PeerRoundRepository {
  settings(cohortId: string): Promise<PeerRoundSettings | null>;
  /** Create or change a cohort's settings. */
  saveSettings(cohortId: string, patch: Partial<Omit<PeerRoundSettings, 'cohortId'>>): Promise<PeerRoundSettings>;
  /** Move nextDueAt from `from` to `to`; false when it no longer was `from` (a stale or repeated job). */
  advance(cohortId: string, from: Date, to: Date | null): Promise<boolean>;
  /** Settings with rounds on (reconciliation). */
  scheduled(): Promise<PeerRoundSettings[]>;
  /**
   * A new round numbered after the cohort's last, with its groups of membership
   * ids, dated `createdAt` (the services clock: the playground's is virtual).
   */
  create(input: { cohortId: string; followUpAt: Date; groups: string[][]; createdAt?: Date }): Promise<PeerRound>;
  byId(id: string): Promise<PeerRound | null>;
  /** A cohort's rounds, oldest first. */
  ofCohort(cohortId: string): Promise<PeerRound[]>;
  /** Rounds whose follow-up has not gone out yet (reconciliation). */
  awaitingFollowUp(): Promise<PeerRound[]>;
  /** Mark the follow-up sent; false when it already was. */
  markFollowedUp(id: string, at: Date): Promise<boolean>;
  /** A member's answer for their group; false when they are not in it. */
  answer(groupId: string, membershipId: string, answer: PeerAnswer, at: Date): Promise<boolean>;
}
