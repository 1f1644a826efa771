// Domain events: what one feature tells the others without importing them.
// A feature publishes through its JobContext (`job.publish(event)`); any
// feature subscribes in its `on` map (core/feature.ts). Publishing runs every
// subscriber in the order of src/features/index.ts and waits for each, in the
// same process and without a transaction, as the direct calls did before.
//
// An event says what already happened (the row is written): a subscriber
// that fails is logged and counted, and the others still run. The publisher
// does not fail either, because its own change is done and cannot be undone
// by failing now, and a retried job would find that change made and do
// nothing, so failing would repeat nothing and only lose the other
// subscribers' work.

import type { Cohort, Membership } from './store.ts';
import type { Platform } from './types.ts';

/** Someone left a cohort (/leave, left the group, the "leave" button of a nudge). */
export interface MembershipEnded {
  type: 'membership.ended';
  cohort: Cohort;
  /** As it is now (status 'left'). */
  membership: Membership;
}

/** Someone took a break until `until` (/pause, the "pause" button of a nudge). */
export interface MembershipPaused {
  type: 'membership.paused';
  cohort: Cohort;
  membership: Membership;
  until: Date;
}

/** A break ended: by /resume, or when its time was up. */
export interface MembershipResumed {
  type: 'membership.resumed';
  cohort: Cohort;
  membership: Membership;
  by: 'member' | 'schedule';
}

/**
 * A cohort changed: its context was edited (compare `previous` and `cohort`,
 * e.g. the timezone), or it was paused, resumed or archived.
 */
export interface CohortChanged {
  type: 'cohort.changed';
  change: 'edited' | 'paused' | 'resumed' | 'archived';
  /** As it is now. */
  cohort: Cohort;
  /** As it was before. */
  previous: Cohort;
}

/**
 * A person deleted everything the bot held on them (/forgetme). Published
 * after the account row and all that hangs off it is gone: only the ids are
 * left, for whatever a feature keeps elsewhere under them.
 */
export interface PersonForgotten {
  type: 'person.forgotten';
  accountId: string;
  platform: Platform;
  platformUserId: string;
}

/**
 * Someone asks for a survey to be sent (a gathering's follow-up step, a
 * coordinator's schedule): the surveys feature subscribes and sends it.
 * `template` names a survey template or a saved survey; the audience is
 * membership ids (ids only, never names); `key` makes a repeat harmless.
 */
export interface SurveyRequested {
  type: 'survey.requested';
  cohort: Cohort;
  template: string;
  membershipIds: string[];
  /** What asked for it, e.g. { kind: 'gathering', id } (shown to coordinators, used in reports). */
  source: { kind: string; id: string };
  key: string;
}

/**
 * A member wrote something they might offer to others: a reflection, a
 * check-in answer, or how a commitment went. Published after the row is
 * written, in-process only (the text never enters a job); the network feature
 * offers it, privately to its author, to their cohort's networks.
 */
export interface LearningWritten {
  type: 'learning.written';
  cohort: Cohort;
  membershipId: string;
  kind: 'reflection' | 'checkin' | 'commitment';
  /** The row's id (reflection, check-in answer, commitment). */
  id: string;
  /** What was written, as its author wrote it (a preview in the offer). */
  text: string;
}

export type DomainEvent =
  | LearningWritten
  | MembershipEnded
  | MembershipPaused
  | MembershipResumed
  | CohortChanged
  | PersonForgotten
  | SurveyRequested;
export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
