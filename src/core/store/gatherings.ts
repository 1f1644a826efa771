// Gatherings (in-person, online or both), who answered and who was there, and
// what people said they would try afterwards (commitments).

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
  createdAt: Date;
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
  createdAt: Date;
  updatedAt: Date;
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
  update(id: string, patch: Partial<GatheringDetails & { status: GatheringStatus }>): Promise<Gathering>;

  rsvps(gatheringId: string): Promise<Rsvp[]>;
  rsvpsOfMember(membershipId: string): Promise<Rsvp[]>;
  /** Answer (or change the answer); keeps attendance and follow-up progress. */
  setRsvp(gatheringId: string, membershipId: string, answer: RsvpAnswer, at: Date): Promise<Rsvp>;
  /** Mark someone there (at) or not (null); creates the row ("going") when they never answered. */
  setAttended(gatheringId: string, membershipId: string, at: Date | null): Promise<Rsvp>;
  /** Set (or clear) the intention on an existing answer; false when they never answered. */
  setIntention(gatheringId: string, membershipId: string, text: string | null): Promise<boolean>;
  /** Record that follow-up step `step` was asked, only if it moves forward: false when already done. */
  advanceFollowUp(gatheringId: string, membershipId: string, step: number): Promise<boolean>;

  addCommitment(input: Pick<Commitment, 'gatheringId' | 'membershipId' | 'text' | 'visibility'>): Promise<Commitment>;
  commitmentById(id: string): Promise<Commitment | null>;
  commitmentsOf(gatheringId: string, membershipId?: string): Promise<Commitment[]>;
  commitmentsOfMember(membershipId: string): Promise<Commitment[]>;
  setCommitmentStatus(id: string, status: CommitmentStatus): Promise<Commitment>;
}
