// The one place that decides who may read what (docs/privacy.md states the
// same rules in prose). Every message that carries personal data asks
// `maySee(kind, reader)` before it goes out; a feature never decides on its own
// that something is fine for a group.
//
// Readers, not chats: a group message is read by everyone in it, so a group is
// one reader that is nobody in particular. A private chat is read by one
// person, whose relation to the data's subject decides.

/** The kinds of personal data the bot holds, one per row of docs/privacy.md. */
export type DataKind =
  /** Profile fields a member fills in for matching: languages, region, topics, timezone, stage, capacity, wants-mentor. */
  | 'profile'
  /** The free "about" text of a profile. */
  | 'about'
  /** Opt-in matching preferences ("safe-space:women"). */
  | 'preferences'
  /** Whom someone asked never to be paired with (/avoid). */
  | 'avoid'
  /** Reflections, by the visibility their author chose. */
  | 'reflection-me'
  | 'reflection-mentor'
  | 'reflection-coordinators'
  | 'reflection-cohort'
  /** Check-in answers given privately, and those the author shared with the cohort. */
  | 'checkin-answer-private'
  | 'checkin-answer-shared'
  /** That a mentor declined a mentee, and the reason they gave. */
  | 'decline'
  | 'decline-reason'
  /** Who missed check-ins, who is on a break, who found no partner: facts that single a person out. */
  | 'participation'
  /** Survey answers: named surveys (to coordinators), anonymous ones (aggregates of 5 or more only). */
  | 'survey-answer'
  /** Who said they would come to a gathering, and who was there. */
  | 'attendance'
  /** What someone hopes to learn at a gathering (/hope): for the organisers. */
  | 'gathering-intention'
  /** What someone said they would try after a gathering, by the visibility they chose. */
  | 'commitment-me'
  | 'commitment-mentor'
  | 'commitment-coordinators';

/** How the reader of a message relates to the person the data is about. */
export type Relation = 'self' | 'mentor' | 'coordinator' | 'member';

export type Reader =
  /** Everyone in a group chat. `namesInGroup` is the cohort's setting (default off). */
  | { kind: 'group'; namesInGroup: boolean }
  /** One person in a private chat with the bot (a chat of exactly two members). */
  | { kind: 'private'; relation: Relation };

/** Who, besides the person themselves, may read each kind in private. */
const PRIVATE_READERS: Record<DataKind, readonly Relation[]> = {
  profile: ['self', 'mentor', 'coordinator', 'member'],
  about: ['self', 'mentor', 'coordinator'],
  preferences: ['self'],
  avoid: ['self'],
  'reflection-me': ['self'],
  'reflection-mentor': ['self', 'mentor'],
  'reflection-coordinators': ['self', 'coordinator'],
  'reflection-cohort': ['self', 'mentor', 'coordinator', 'member'],
  'checkin-answer-private': ['self'],
  'checkin-answer-shared': ['self', 'mentor', 'coordinator', 'member'],
  // The mentee learns that a mentor was not available, never why (docs/privacy.md).
  decline: ['self', 'coordinator'],
  'decline-reason': ['self', 'coordinator'],
  participation: ['self', 'coordinator'],
  'survey-answer': ['self', 'coordinator'],
  // Where someone goes can be sensitive (safe-space gatherings): groups see counts.
  attendance: ['self', 'coordinator'],
  'gathering-intention': ['self', 'coordinator'],
  // Commitments follow the reflections' model: only me unless the person shares them.
  'commitment-me': ['self'],
  'commitment-mentor': ['self', 'mentor'],
  'commitment-coordinators': ['self', 'coordinator'],
};

/**
 * What may be posted to a group, about a named person. Kinds not listed never
 * go to a group; `participation` only when the cohort chose to name people.
 */
const GROUP_KINDS: ReadonlySet<DataKind> = new Set<DataKind>(['profile', 'reflection-cohort', 'checkin-answer-shared']);

/** May this reader see this kind of data about a person? */
export function maySee(kind: DataKind, reader: Reader): boolean {
  if (reader.kind === 'group') {
    if (kind === 'participation') return reader.namesInGroup;
    return GROUP_KINDS.has(kind);
  }
  return PRIVATE_READERS[kind].includes(reader.relation);
}

/**
 * The smallest group shown: aggregates (counts, shares, means) over fewer
 * people are not shown outside a coordinator's private view, since they would
 * single people out. One setting per cohort (Cohort.smallestGroup, `/cohort
 * edit --smallest-group`) for surveys, reports, digests and anything else
 * aggregated: MIN_AGGREGATE unless set, never below SMALLEST_GROUP_FLOOR.
 */
export const MIN_AGGREGATE = 5;
export const SMALLEST_GROUP_FLOOR = 3;
export const SMALLEST_GROUP_MAX = 100;

/** The smallest group a request carries (ReportRequest.minAggregate), floored; MIN_AGGREGATE when it carries none. */
export function smallestGroupFrom(min: number | undefined): number {
  return Math.max(SMALLEST_GROUP_FLOOR, min ?? MIN_AGGREGATE);
}

/** A cohort's smallest group shown, floored (MIN_AGGREGATE without a cohort). */
export function smallestGroupOf(cohort: { smallestGroup?: number } | null | undefined): number {
  return Math.max(SMALLEST_GROUP_FLOOR, cohort?.smallestGroup ?? MIN_AGGREGATE);
}

/**
 * May a count or share over this many people be shown outside coordinators'
 * private views? `min`: the cohort's smallest group shown (smallestGroupOf),
 * MIN_AGGREGATE when there is no cohort to ask; never under the floor of 3.
 */
export function mayShowAggregate(people: number, min: number = MIN_AGGREGATE): boolean {
  return people >= Math.max(min, SMALLEST_GROUP_FLOOR);
}
