// The storage the core and the features see: plain records and small
// repositories. src/db implements them with Prisma; nothing here knows Prisma.

import type { AdapterStateStore, ChatKind, OutboundMessage, Platform } from './types.ts';

export type Role = 'member' | 'mentor' | 'coordinator';
export type MembershipStatus = 'active' | 'paused' | 'left';
export type CohortStatus = 'active' | 'paused' | 'archived';

export interface Account {
  id: string;
  platform: Platform;
  platformUserId: string;
  displayName: string;
  username: string | null;
  locale: string | null;
  localeHint: string | null;
  timezone: string | null;
  unreachableAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Chat {
  id: string;
  platform: Platform;
  platformChatId: string;
  kind: ChatKind;
  title: string | null;
  unreachableAt: Date | null;
}

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

export interface AuditEntry {
  id: string;
  cohortId: string | null;
  chatId: string | null;
  actorAccountId: string | null;
  action: string;
  details: Record<string, unknown>;
  createdAt: Date;
}

export interface ActionToken {
  id: string;
  kind: string;
  accountId: string | null;
  chatId: string | null;
  payload: Record<string, unknown>;
  expiresAt: Date;
  usedAt: Date | null;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface Delivery {
  idempotencyKey: string;
  platform: Platform;
  platformChatId: string;
  threadId: string | null;
  recipientAccountId: string | null;
  /** The message to send; null once sent. */
  message: OutboundMessage | null;
  status: DeliveryStatus;
  platformMessageId: string | null;
  attempts: number;
  /** Parts of a long message already posted (a retry resumes after them). */
  partsSent: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface AccountInput {
  platform: Platform;
  platformUserId: string;
  displayName: string;
  username?: string | null;
  localeHint?: string | null;
}

export interface AccountRepository {
  /** Create the account or refresh its name, username and language hint. */
  upsert(input: AccountInput): Promise<Account>;
  byId(id: string): Promise<Account | null>;
  byPlatformId(platform: Platform, platformUserId: string): Promise<Account | null>;
  /** Find by @username (without the @) among accounts of a platform, case-insensitive. */
  byUsername(platform: Platform, username: string): Promise<Account | null>;
  update(id: string, patch: Partial<Pick<Account, 'locale' | 'timezone' | 'unreachableAt'>>): Promise<Account>;
  /**
   * Delete everything held on this person: the account, its memberships, its
   * action tokens, its DM deliveries; audit entries keep the action but lose the actor.
   */
  forget(id: string): Promise<void>;
}

export interface ChatInput {
  platform: Platform;
  platformChatId: string;
  kind: ChatKind;
  title?: string | null;
}

export interface ChatRepository {
  upsert(input: ChatInput): Promise<Chat>;
  byId(id: string): Promise<Chat | null>;
  byPlatformId(platform: Platform, platformChatId: string): Promise<Chat | null>;
  markUnreachable(id: string, at: Date | null): Promise<void>;
  /** Telegram group -> supergroup: the chat keeps its row and cohorts, with a new platform id. */
  movePlatformId(platform: Platform, from: string, to: string): Promise<void>;
}

export interface CohortRepository {
  /** Throws CohortSlotTaken when the chat/topic already has a live cohort. */
  create(input: CohortContext & { chatId: string; threadId: string }): Promise<Cohort>;
  byId(id: string): Promise<Cohort | null>;
  /** The live (not archived) cohort of a chat or topic. */
  liveFor(chatId: string, threadId: string): Promise<Cohort | null>;
  byJoinCode(code: string): Promise<Cohort | null>;
  update(
    id: string,
    patch: Partial<CohortContext & { status: CohortStatus; pausedUntil: Date | null }>,
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
  update(
    id: string,
    patch: Partial<Profile & { role: Role; status: MembershipStatus; avoid: string[] }>,
  ): Promise<Membership>;
  list(cohortId: string, filter?: { status?: MembershipStatus[] }): Promise<MemberWithAccount[]>;
  forAccount(accountId: string): Promise<Array<Membership & { cohort: Cohort }>>;
}

export interface AuditRepository {
  record(entry: Omit<AuditEntry, 'id' | 'createdAt'>): Promise<void>;
  list(filter: { cohortId?: string; actorAccountId?: string; limit?: number }): Promise<AuditEntry[]>;
}

export interface ActionTokenRepository {
  create(token: Omit<ActionToken, 'usedAt'>): Promise<ActionToken>;
  byId(id: string): Promise<ActionToken | null>;
  /**
   * Mark used; returns false when it was already used (a double press).
   * `clearPayload`: also drop the payload (words someone typed wait there only until used).
   */
  consume(id: string, at: Date, options?: { clearPayload?: boolean }): Promise<boolean>;
  /** Delete tokens that expired before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}

export interface DeliveryRepository {
  /** Insert a pending row unless the key exists; returns the row as stored. */
  open(entry: {
    idempotencyKey: string;
    platform: Platform;
    platformChatId: string;
    threadId?: string | null;
    recipientAccountId?: string | null;
    message: OutboundMessage;
  }): Promise<Delivery>;
  get(key: string): Promise<Delivery | null>;
  /** Sent: keep the platform message id, drop the text. */
  markSent(key: string, platformMessageId: string, at: Date): Promise<void>;
  markFailed(key: string, error: string): Promise<void>;
  /** A long message: this many of its parts are out. */
  markPartsSent(key: string, parts: number): Promise<void>;
  recordAttempt(key: string, error: string | null): Promise<void>;
  /**
   * Keys of deliveries still pending that were opened before `before`: after a
   * crash between opening the row and queueing its job, start-up queues them again.
   */
  pendingSince(before: Date, limit: number): Promise<string[]>;
  /** Retarget a pending delivery (chat migrated, or the topic vanished). */
  retarget(key: string, platformChatId: string, threadId: string | null): Promise<void>;
}

export interface InboundRepository {
  /** Record an event id; false when it was seen before (a duplicate to skip). */
  firstSeen(platform: Platform, eventId: string): Promise<boolean>;
  /** Whether an event id was recorded (the bot records an event once it handled it). */
  has(platform: Platform, eventId: string): Promise<boolean>;
  /** Forget ids older than a cutoff: platforms do not redeliver after a day. */
  prune(before: Date): Promise<number>;
}

// --- Check-ins and reflections (issue 5) ---

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
  updatedAt: Date;
}

export type ReflectionVisibility = 'me' | 'mentor' | 'coordinators' | 'cohort';

export interface Reflection {
  id: string;
  membershipId: string;
  cohortId: string;
  text: string;
  visibility: ReflectionVisibility;
  createdAt: Date;
}

export interface CheckInRepository {
  /** A new schedule with the next free number of its cohort. */
  createSchedule(
    input: Omit<CheckInSchedule, 'id' | 'number' | 'createdAt' | 'status' | 'skipDueAt' | 'inactiveAfter'> & {
      inactiveAfter?: number;
    },
  ): Promise<CheckInSchedule>;
  schedule(id: string): Promise<CheckInSchedule | null>;
  /** A schedule with its cohort and the cohort's chat, in one round trip (the due job's hot path). */
  scheduleWithCohort(id: string): Promise<{ schedule: CheckInSchedule; cohort: Cohort; chat: Chat } | null>;
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
    patch: Partial<Pick<CheckInAnswer, 'answers' | 'shared' | 'cursor'>>,
  ): Promise<CheckInAnswer>;
  /** The guided DM answer in progress for any of these memberships. */
  answering(membershipIds: string[]): Promise<CheckInAnswer | null>;
  /** A member's answers, newest first (for /mydata). */
  answersOf(membershipId: string): Promise<Array<CheckInAnswer & { dueAt: Date }>>;
}

export interface ReflectionRepository {
  create(input: Omit<Reflection, 'id' | 'createdAt'>): Promise<Reflection>;
  ofMember(membershipId: string, limit: number): Promise<Reflection[]>;
  /** Who may read one of the member's reflections; false when it is not theirs (or gone). */
  setVisibility(id: string, membershipId: string, visibility: ReflectionVisibility): Promise<boolean>;
  /** A cohort's reflections with one of these visibilities, since a time. */
  ofCohort(cohortId: string, visibilities: ReflectionVisibility[], since: Date): Promise<Reflection[]>;
}

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
  create(input: Omit<Mentorship, 'id' | 'createdAt' | 'answeredAt' | 'declineReason'>): Promise<Mentorship>;
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
  /** A new round numbered after the cohort's last, with its groups of membership ids. */
  create(input: { cohortId: string; followUpAt: Date; groups: string[][] }): Promise<PeerRound>;
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

export interface Store {
  /** Adapters' durable values (core/types.ts AdapterStateStore). */
  adapterState: AdapterStateStore;
  accounts: AccountRepository;
  chats: ChatRepository;
  cohorts: CohortRepository;
  memberships: MembershipRepository;
  audit: AuditRepository;
  actionTokens: ActionTokenRepository;
  deliveries: DeliveryRepository;
  inbound: InboundRepository;
  checkins: CheckInRepository;
  reflections: ReflectionRepository;
  mentorships: MentorshipRepository;
  peerRounds: PeerRoundRepository;
  /** Run `work` in one transaction with a store bound to it. */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  /** A cheap round trip, for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
