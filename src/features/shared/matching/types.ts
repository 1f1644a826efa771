// Input and output shapes of the pure matching engine. The pairing feature
// turns memberships into MatchProfile values; nothing here touches storage,
// so the engine can be tested exhaustively and benchmarked in isolation.

import type { Stage } from '../../../core/stages.ts';
import type { Profile } from '../../../core/store.ts';

// Stages of experience are shared vocabulary (profiles set them): a mentor should be ahead of their mentee.
export { STAGES, type Stage } from '../../../core/stages.ts';

/**
 * What the engine needs to know about one person. It extends the stored
 * Profile (languages, region, topics, timezone, capacity) with the
 * matching-only fields: a stable id, a stage, and opt-in preference tags.
 * For a mentee `topics` are topics wanted (most wanted first); for a mentor,
 * topics offered.
 */
export interface MatchProfile extends Pick<Profile, 'languages' | 'region' | 'topics' | 'timezone'> {
  id: string;
  mentoringCapacity?: number;
  stage?: Stage | null;
  /**
   * Self-declared, opt-in tags, e.g. `safe-space:women`. Tags whose prefix is
   * listed in the config's `requiredTagPrefixes` must be shared by both people
   * when either sets one; other shared tags give a small bonus.
   */
  preferences?: readonly string[];
}

export type PairKind = 'mentor' | 'peer';

/** How often two people were paired before, and the last round they were. */
export interface HistoryEntry {
  count: number;
  /** Round number of the latest pairing (larger = more recent). */
  lastRound: number;
}

export interface MatchContext {
  /** The coordinator allows pairs without a common language (heavily penalised). */
  allowBridging?: boolean;
  /** Pairs that must never be made, as [idA, idB] (order does not matter). */
  exclusions?: ReadonlyArray<readonly [string, string]>;
  /** Earlier pairings, as [idA, idB, entry]. */
  history?: ReadonlyArray<readonly [string, string, HistoryEntry]>;
  /** The round being planned (for recency of repeats); defaults to max lastRound + 1. */
  round?: number;
  /** Date at which timezone offsets are taken (DST); defaults to now. */
  referenceDate?: Date;
}

/**
 * One reason in an explanation. The feature localizes it later: `code` picks
 * the message, `values` fills it (language codes, topics, hours...), `points`
 * is the contribution to the score (negative for penalties).
 */
export interface Reason {
  code: ReasonCode;
  values: string[];
  points: number;
}

export type ReasonCode =
  // Positive or neutral contributions.
  | 'shared-language'
  | 'language-bridging'
  // Someone gave no languages: unknown, neither shared nor missing (no points).
  | 'language-unknown'
  | 'same-region'
  | 'shared-topics'
  | 'timezone-overlap'
  | 'timezone-unknown'
  | 'stage-fit'
  | 'stage-mismatch'
  | 'shared-preference'
  | 'repeat'
  // Hard constraints (feasible = false).
  | 'same-person'
  | 'excluded'
  | 'no-shared-language'
  | 'preference-mismatch';

export interface PairEvaluation {
  feasible: boolean;
  /** Total score; -Infinity when infeasible. */
  score: number;
  /** Contributions, largest first; for an infeasible pair, the failed constraint. */
  reasons: Reason[];
}
