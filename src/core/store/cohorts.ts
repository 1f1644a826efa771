// Cohorts and who is in them: a cohort's context, memberships with their
// profile, roles and status.

import type { Account } from './accounts.ts';

export type Role = 'member' | 'mentor' | 'coordinator';
export type MembershipStatus = 'active' | 'paused' | 'left';
export type CohortStatus = 'active' | 'paused' | 'archived';

export interface CohortContext {
  name: string;
  languages: string[];
  region: string | null;
  themes: string[];
  timezone: string;
  locale: string;
}

export interface Cohort extends CohortContext {
  id: string;
  chatId: string;
  /** "" for the whole chat. */
  threadId: string;
  status: CohortStatus;
  pausedUntil: Date | null;
  /** Group messages may name people for participation (docs/privacy.md); off by default: counts. */
  namesInGroup: boolean;
  /**
   * The smallest group a count, share or mean may stand for outside a
   * coordinator's private view (core/privacy.ts smallestGroupOf): never below 3, 5 unless set.
   */
  smallestGroup: number;
  joinCode: string;
  createdAt: Date;
  archivedAt: Date | null;
}

export interface Profile {
  languages: string[];
  region: string | null;
  topics: string[];
  timezone: string | null;
  mentoringCapacity: number;
  wantsMentor: boolean;
  about: string | null;
  /** Experience stage (pairing): newcomer, contributor, organizer, experienced. */
  stage: string | null;
  /** Opt-in matching preferences ("safe-space:women"): used for pairing, shown to nobody else. */
  preferences: string[];
}

export interface Membership extends Profile {
  id: string;
  /** Memberships of the same cohort this person is never paired with (/avoid); never shown to them. */
  avoid: string[];
  cohortId: string;
  accountId: string;
  role: Role;
  status: MembershipStatus;
  joinedAt: Date;
  updatedAt: Date;
}

export interface MemberWithAccount extends Membership {
  account: Account;
}

export interface CohortRepository {
  /** Throws CohortSlotTaken when the chat/topic already has a live cohort. */
  /** `createdAt`: the bot's clock (the playground's is virtual); the database's now when absent. */
  create(input: CohortContext & { chatId: string; threadId: string; createdAt?: Date }): Promise<Cohort>;
  byId(id: string): Promise<Cohort | null>;
  /** The live (not archived) cohort of a chat or topic. */
  liveFor(chatId: string, threadId: string): Promise<Cohort | null>;
  byJoinCode(code: string): Promise<Cohort | null>;
  update(
    id: string,
    patch: Partial<
      CohortContext & { status: CohortStatus; pausedUntil: Date | null; namesInGroup: boolean; smallestGroup: number }
    >,
  ): Promise<Cohort>;
  archive(id: string, at: Date): Promise<Cohort>;
}

export class CohortSlotTaken extends Error {
  constructor() {
    super('this chat or topic already has a live cohort');
    this.name = 'CohortSlotTaken';
  }
}

export interface MembershipRepository {
  get(cohortId: string, accountId: string): Promise<Membership | null>;
  /** Join or re-join (a member who left becomes active again, keeping their profile). */
  /** `at`: the join time (the bot's clock; defaults to now). */
  join(cohortId: string, accountId: string, role?: Role, at?: Date): Promise<Membership>;
  /** `updatedAt`: the bot's clock where the time is read later (a 'left' membership: when they left). */
  update(
    id: string,
    patch: Partial<Profile & { role: Role; status: MembershipStatus; avoid: string[]; updatedAt: Date }>,
  ): Promise<Membership>;
  list(cohortId: string, filter?: { status?: MembershipStatus[] }): Promise<MemberWithAccount[]>;
  forAccount(accountId: string): Promise<Array<Membership & { cohort: Cohort }>>;
}
