// Longer than 300 lines on purpose: the score and its explanation must stay
// one function (see below), with the compiled profiles it reads.
//
// How well two people fit: a numeric score for the optimiser and a list of
// reason codes for the human explanation. Both come from the same function
// (scoreCompiled), so an explanation can never disagree with the score.
//
// Profiles are first "compiled" into a MatchSpace: strings become small
// integers and timezones become offsets, because the benchmark scores ten
// million pairs and string work per pair would dominate.

import { utcOffsetMinutes, wakingOverlapMinutes } from './timezone.ts';
import type { HistoryEntry, MatchContext, MatchProfile, PairEvaluation, PairKind, Reason, Stage } from './types.ts';
import { STAGES } from './types.ts';

/**
 * All weights in one place. Points are "compatibility points": a typical good
 * pair scores 50–90. The optimiser works on Math.round(score * scoreScale).
 */
export const MATCHING_CONFIG = {
  /** Having at least one language in common (required unless bridging is allowed). */
  sharedLanguage: 20,
  /** Each further common language: more room to switch when one is hard. */
  extraSharedLanguage: 2,
  /** No common language, allowed by the coordinator: worse than almost any other pair. */
  bridgingPenalty: -40,
  sameRegion: 15,
  /**
   * Topics: for a mentor pair, the k-th topic the mentee listed (most wanted
   * first) earns topicRankWeights[k] when the mentor offers it; for peers, the
   * k-th shared topic earns it. Capped at topicMax so topics cannot drown language.
   */
  topicRankWeights: [12, 9, 7, 5] as readonly number[],
  topicMax: 30,
  /** Points at full overlap of the waking windows, proportional below. */
  timezoneOverlap: 15,
  wakingStartHour: 8,
  wakingEndHour: 22,
  /** A mentor a stage ahead of the mentee fits; a mentor behind does not. */
  stageMentorAhead: 8,
  stageMentorBehind: -10,
  /** Peers at the same stage learn side by side; far-apart stages less so. */
  stagePeerSame: 5,
  stagePeerFar: -5,
  /** Each shared opt-in preference tag. */
  sharedPreference: 4,
  /** Tags with these prefixes must be shared when either person sets one. */
  requiredTagPrefixes: ['safe-space:'] as readonly string[],
  /** Per earlier pairing of these two, and extra when it was the previous round. */
  repeatPenalty: -30,
  recentRepeatPenalty: -20,
  /** Scores are scaled to integers for the exact optimiser (2 decimals kept). */
  scoreScale: 100,
};
export type MatchingConfig = typeof MATCHING_CONFIG;

/** A profile with its strings interned to integers and its timezone resolved. */
export interface CompiledProfile {
  readonly index: number;
  readonly id: string;
  readonly source: MatchProfile;
  /** Sorted language ids. */
  readonly languages: Int32Array;
  readonly region: number;
  /** Topic ids in the order the person listed them. */
  readonly topics: Int32Array;
  readonly offset: number | null;
  readonly stage: number;
  /** Sorted tag ids; required tags separately. */
  readonly tags: Int32Array;
  readonly requiredTags: Int32Array;
  readonly capacity: number;
  readonly excluded: Set<string> | null;
  readonly history: Map<string, HistoryEntry> | null;
}

class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

function normalize(value: string): string {
  return value.trim().toLowerCase();
}

function sortedIds(values: readonly string[], interner: Interner): Int32Array {
  const ids = [...new Set(values.map(normalize).filter((v) => v !== ''))].map((v) => interner.id(v));
  return Int32Array.from(ids).sort();
}

function addToIndex<T>(index: Map<string, Map<string, T>>, a: string, b: string, value: T): void {
  let m = index.get(a);
  if (!m) {
    m = new Map();
    index.set(a, m);
  }
  m.set(b, value);
}

/** Shared interners and context for a set of profiles compared with each other. */
export class MatchSpace {
  readonly config: MatchingConfig;
  readonly allowBridging: boolean;
  readonly round: number;
  readonly referenceDate: Date;
  readonly languages = new Interner();
  readonly regions = new Interner();
  readonly topics = new Interner();
  readonly tags = new Interner();
  private readonly exclusions = new Map<string, Map<string, true>>();
  private readonly history = new Map<string, Map<string, HistoryEntry>>();
  private readonly wakeStart: number;
  private readonly wakeEnd: number;
  private compiledCount = 0;

  constructor(context: MatchContext = {}, config: MatchingConfig = MATCHING_CONFIG) {
    this.config = config;
    this.allowBridging = context.allowBridging ?? false;
    this.referenceDate = context.referenceDate ?? new Date();
    this.wakeStart = config.wakingStartHour * 60;
    this.wakeEnd = config.wakingEndHour * 60;
    for (const [a, b] of context.exclusions ?? []) {
      addToIndex(this.exclusions, a, b, true);
      addToIndex(this.exclusions, b, a, true);
    }
    let lastRound = 0;
    for (const [a, b, entry] of context.history ?? []) {
      addToIndex(this.history, a, b, entry);
      addToIndex(this.history, b, a, entry);
      lastRound = Math.max(lastRound, entry.lastRound);
    }
    this.round = context.round ?? lastRound + 1;
  }

  compile(profile: MatchProfile): CompiledProfile {
    const tags = sortedIds(profile.preferences ?? [], this.tags);
    const required = [...tags].filter((t) =>
      this.config.requiredTagPrefixes.some((p) => this.tags.names[t]!.startsWith(p)),
    );
    const topicIds: number[] = [];
    for (const t of profile.topics) {
      const n = normalize(t);
      if (n === '') continue;
      const id = this.topics.id(n);
      if (!topicIds.includes(id)) topicIds.push(id);
    }
    const stage = profile.stage ? STAGES.indexOf(profile.stage as Stage) : -1;
    const excluded = this.exclusions.get(profile.id);
    return {
      index: this.compiledCount++,
      id: profile.id,
      source: profile,
      languages: sortedIds(profile.languages, this.languages),
      region: profile.region && normalize(profile.region) !== '' ? this.regions.id(normalize(profile.region)) : -1,
      topics: Int32Array.from(topicIds),
      offset: profile.timezone ? utcOffsetMinutes(profile.timezone, this.referenceDate) : null,
      stage,
      tags,
      requiredTags: Int32Array.from(required),
      capacity: Math.max(0, Math.floor(profile.mentoringCapacity ?? 0)),
      excluded: excluded ? new Set(excluded.keys()) : null,
      history: this.history.get(profile.id) ?? null,
    };
  }

  /**
   * The score of a pair, or -Infinity when a hard constraint fails. For
   * kind 'mentor', `a` is the mentor and `b` the mentee. When `reasons` is
   * given, every contribution (or the failed constraint) is appended to it.
   */
  scoreCompiled(a: CompiledProfile, b: CompiledProfile, kind: PairKind, reasons: Reason[] | null): number {
    const cfg = this.config;
    // Hard constraints first: they are cheap and most pairs fail on language.
    if (a.id === b.id) return fail(reasons, 'same-person', []);
    if (a.excluded?.has(b.id)) return fail(reasons, 'excluded', []);
    const mismatch = missingTag(a.requiredTags, b.tags) ?? missingTag(b.requiredTags, a.tags);
    if (mismatch !== null) return fail(reasons, 'preference-mismatch', [this.tags.names[mismatch]!]);
    const shared = countShared(a.languages, b.languages);
    let score = 0;
    if (a.languages.length === 0 || b.languages.length === 0) {
      // Nobody may be taken to speak what they never said: unknown, so the pair is
      // possible but scores nothing for language, and says so.
      reasons?.push({ code: 'language-unknown', values: [], points: 0 });
    } else if (shared === 0) {
      if (!this.allowBridging) return fail(reasons, 'no-shared-language', []);
      score += cfg.bridgingPenalty;
      reasons?.push({ code: 'language-bridging', values: [], points: cfg.bridgingPenalty });
    } else {
      const points = cfg.sharedLanguage + cfg.extraSharedLanguage * (shared - 1);
      score += points;
      reasons?.push({ code: 'shared-language', values: sharedNames(a.languages, b.languages, this.languages), points });
    }

    if (a.region >= 0 && a.region === b.region) {
      score += cfg.sameRegion;
      reasons?.push({ code: 'same-region', values: [this.regions.names[a.region]!], points: cfg.sameRegion });
    }

    score += this.topicPoints(a, b, kind, reasons);

    if (a.offset !== null && b.offset !== null) {
      const minutes = wakingOverlapMinutes(a.offset, b.offset, this.wakeStart, this.wakeEnd);
      const points = (cfg.timezoneOverlap * minutes) / (this.wakeEnd - this.wakeStart);
      score += points;
      reasons?.push({ code: 'timezone-overlap', values: [String(Math.round(minutes / 30) / 2)], points });
    } else if (reasons) {
      reasons.push({ code: 'timezone-unknown', values: [], points: 0 });
    }

    if (a.stage >= 0 && b.stage >= 0) {
      const diff = a.stage - b.stage;
      let points = 0;
      if (kind === 'mentor') points = diff > 0 ? cfg.stageMentorAhead : diff < 0 ? cfg.stageMentorBehind : 0;
      else points = diff === 0 ? cfg.stagePeerSame : Math.abs(diff) >= 2 ? cfg.stagePeerFar : 0;
      if (points !== 0) {
        score += points;
        const values = [STAGES[a.stage]!, STAGES[b.stage]!];
        reasons?.push({ code: points > 0 ? 'stage-fit' : 'stage-mismatch', values, points });
      }
    }

    if (a.tags.length > 0 && b.tags.length > 0) {
      const n = countShared(a.tags, b.tags);
      if (n > 0) {
        const points = cfg.sharedPreference * n;
        score += points;
        reasons?.push({ code: 'shared-preference', values: sharedNames(a.tags, b.tags, this.tags), points });
      }
    }

    const past = a.history?.get(b.id);
    if (past && past.count > 0) {
      const points = cfg.repeatPenalty * past.count + (past.lastRound >= this.round - 1 ? cfg.recentRepeatPenalty : 0);
      score += points;
      reasons?.push({ code: 'repeat', values: [String(past.count), String(past.lastRound)], points });
    }
    return score;
  }

  private topicPoints(a: CompiledProfile, b: CompiledProfile, kind: PairKind, reasons: Reason[] | null): number {
    const cfg = this.config;
    const weights = cfg.topicRankWeights;
    const last = weights[weights.length - 1]!;
    // Mentor pairs: walk the mentee's wanted topics in their order of priority.
    const wanted = kind === 'mentor' ? b.topics : a.topics;
    const offered = kind === 'mentor' ? a.topics : b.topics;
    let points = 0;
    let matched = 0;
    let names: string[] | null = null;
    for (let i = 0; i < wanted.length; i++) {
      const t = wanted[i]!;
      if (!offered.includes(t)) continue;
      const rank = kind === 'mentor' ? i : matched;
      points += weights[rank] ?? last;
      matched++;
      if (reasons) {
        names ??= [];
        names.push(this.topics.names[t]!);
      }
    }
    if (matched === 0) return 0;
    points = Math.min(points, cfg.topicMax);
    if (reasons && names) reasons.push({ code: 'shared-topics', values: names, points });
    return points;
  }

  /** Score and explanation of one pair (for previews and tests). */
  evaluate(a: CompiledProfile, b: CompiledProfile, kind: PairKind): PairEvaluation {
    const reasons: Reason[] = [];
    const score = this.scoreCompiled(a, b, kind, reasons);
    if (score === Number.NEGATIVE_INFINITY) return { feasible: false, score, reasons };
    reasons.sort((x, y) => y.points - x.points);
    return { feasible: true, score, reasons };
  }

  /** The integer the optimiser maximises for a score. */
  scaled(score: number): number {
    return Math.round(score * this.config.scoreScale);
  }
}

function fail(reasons: Reason[] | null, code: Reason['code'], values: string[]): number {
  reasons?.push({ code, values, points: 0 });
  return Number.NEGATIVE_INFINITY;
}

/** Size of the intersection of two sorted id arrays. */
function countShared(x: Int32Array, y: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) {
      n++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return n;
}

function sharedNames(x: Int32Array, y: Int32Array, interner: Interner): string[] {
  const out: string[] = [];
  for (const id of x) if (y.includes(id)) out.push(interner.names[id]!);
  return out;
}

/** The first required tag of `required` missing from `tags`, or null. */
function missingTag(required: Int32Array, tags: Int32Array): number | null {
  for (const t of required) if (!tags.includes(t)) return t;
  return null;
}

/** Convenience for one pair: compile both into a fresh space and evaluate. */
export function evaluatePair(
  a: MatchProfile,
  b: MatchProfile,
  kind: PairKind,
  context: MatchContext = {},
  config: MatchingConfig = MATCHING_CONFIG,
): PairEvaluation {
  const space = new MatchSpace(context, config);
  return space.evaluate(space.compile(a), space.compile(b), kind);
}
