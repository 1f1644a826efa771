// Peer rounds: split a cohort's active members into pairs (one triad when
// the count is odd), avoiding repeats of earlier rounds for as long as possible.
//
// Objective (lexicographic, over all groups' member pairs; a triad counts its
// three pairs): 1) fewest pairs that break a hard constraint (exclusions,
// no common language, safe-space tags), 2) fewest pairs of the same team
// (members may carry a `team`: a network round gives each person's cohort,
// so two people of one cohort meet only when nothing else is possible),
// 3) fewest repeated pairs, 4) fewest
// repeats of the previous round, 5) the largest total compatibility (which
// also penalises frequent and recent repeats, so unavoidable repeats fall on
// the pairs that met longest ago). Tiers are folded
// into one integer weight with constants bigger than everything below them.
//
// Method: exact dynamic programming over subsets for up to EXACT_LIMIT people
// (f(S) = best split of S, always grouping the lowest member of S first: with
// a partner, or into the triad when |S| is odd); beyond that, greedy by weight
// followed by iterated local search: re-split any two groups in every possible
// way while that improves (2-opt), then "kick" three random groups and search
// again, keeping the best. Not guaranteed optimal (exact maximum-weight
// matching on general graphs needs Edmonds' blossom algorithm, with a triad on
// top); bench/RESULTS.md records how often it misses the exact optimum.
//
// Hard constraints can make a single triad impossible (three safe-space
// members in an even cohort): a group holding an infeasible pair is then
// dissolved and its members join feasible pairs as extra triads, or are
// reported unplaced when nobody fits them.

import { MATCHING_CONFIG, type MatchingConfig, MatchSpace } from './compatibility.ts';
import { exactSplit } from './peer-exact.ts';
import { heuristicSplit } from './peer-search.ts';
import { seededPermutation, seededRandom } from './random.ts';
import type { MatchContext, MatchProfile, Reason } from './types.ts';

export const EXACT_LIMIT = 18;

export interface PeerMember extends MatchProfile {
  status?: 'active' | 'paused' | 'left';
  /** Opted out of peer rounds (but still in the cohort). */
  optedOut?: boolean;
  /**
   * A team (a cross-cohort round: the person's cohort). Two members of one
   * team are grouped only when no split without such a pair exists.
   */
  team?: string;
}

export interface PeerPairDetail {
  a: string;
  b: string;
  feasible: boolean;
  repeat: boolean;
  score: number;
  reasons: Reason[];
}

export interface PeerGroup {
  memberIds: string[];
  /** Sum of the member pairs' scores. */
  score: number;
  pairs: PeerPairDetail[];
}

export interface PeerRound {
  groups: PeerGroup[];
  skipped: { memberId: string; reason: 'paused' | 'left' | 'opted-out' }[];
  /** Active members who could not be placed: alone, or only infeasible partners. */
  unplaced: { memberId: string; reason: 'alone' | 'no-feasible-partner' }[];
  stats: { repeats: number; totalScore: number; exact: boolean; improvements: number };
}

export interface PeerRoundOptions {
  seed?: string | number;
  context?: MatchContext;
  config?: MatchingConfig;
  /** Largest cohort solved exactly (default EXACT_LIMIT; tests lower it to check the heuristic). */
  exactLimit?: number;
}

/** Pair weights as a dense n×n matrix of integers (higher is better). */
function weightMatrix(
  space: MatchSpace,
  people: ReturnType<MatchSpace['compile']>[],
  teams: ReadonlyArray<string | undefined>,
) {
  const n = people.length;
  const sameTeam = new Uint8Array(n * n);
  const hasTeams = teams.some((t) => t !== undefined);
  const scaled = new Float64Array(n * n);
  const infeasible = new Uint8Array(n * n);
  const repeat = new Uint8Array(n * n);
  const previous = new Uint8Array(n * n);
  let minS = 0;
  let maxS = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = space.scoreCompiled(people[i]!, people[j]!, 'peer', null);
      const bad = s === Number.NEGATIVE_INFINITY;
      const past = people[i]!.history?.get(people[j]!.id);
      const rep = (past?.count ?? 0) > 0;
      const prev = rep && past!.lastRound >= space.round - 1;
      const v = bad ? 0 : space.scaled(s);
      minS = Math.min(minS, v);
      maxS = Math.max(maxS, v);
      scaled[i * n + j] = scaled[j * n + i] = v;
      infeasible[i * n + j] = infeasible[j * n + i] = bad ? 1 : 0;
      repeat[i * n + j] = repeat[j * n + i] = rep ? 1 : 0;
      previous[i * n + j] = previous[j * n + i] = prev ? 1 : 0;
      const same = teams[i] !== undefined && teams[i] === teams[j];
      sameTeam[i * n + j] = sameTeam[j * n + i] = same ? 1 : 0;
    }
  }
  // Each tier's constant exceeds the largest possible total of the tiers below.
  // A repeat of the previous round is its own tier (below "fewest repeats"), so
  // an unavoidable repeat falls on people who met longer ago whatever the
  // scores say (the score's recency penalty alone can be outweighed).
  const pairsMax = n + 3; // a split has at most n/2 + 2 pairs
  const previousBig = (maxS - minS + 1) * pairsMax;
  const repeatBig = previousBig * pairsMax;
  // The team tier exists only when teams are given: without it the weights stay
  // as small as before (large cohorts keep their precision).
  const teamBig = hasTeams ? repeatBig * pairsMax : 0;
  const infeasibleBig = (hasTeams ? teamBig : repeatBig) * pairsMax;
  const w = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) {
    w[k] =
      (infeasible[k] ? minS : scaled[k]!) -
      previousBig * previous[k]! -
      repeatBig * repeat[k]! -
      teamBig * sameTeam[k]! -
      infeasibleBig * infeasible[k]!;
  }
  return { w, infeasible, repeat };
}

/** Who takes part, and who is skipped (on a break, gone, opted out) with the reason. */
export function eligibleOf(members: readonly PeerMember[]): { skipped: PeerRound['skipped']; eligible: PeerMember[] } {
  const skipped: PeerRound['skipped'] = [];
  const eligible: PeerMember[] = [];
  for (const m of members) {
    if (m.status === 'paused' || m.status === 'left') skipped.push({ memberId: m.id, reason: m.status });
    else if (m.optedOut) skipped.push({ memberId: m.id, reason: 'opted-out' });
    else eligible.push(m);
  }
  return { skipped, eligible };
}

export function planPeerRound(members: readonly PeerMember[], options: PeerRoundOptions = {}): PeerRound {
  const { skipped, eligible } = eligibleOf(members);
  const unplaced: PeerRound['unplaced'] = [];
  const stats = { repeats: 0, totalScore: 0, exact: true, improvements: 0 };
  if (eligible.length < 2) {
    for (const m of eligible) unplaced.push({ memberId: m.id, reason: 'alone' });
    return { groups: [], skipped, unplaced, stats };
  }
  const space = new MatchSpace(options.context, options.config ?? MATCHING_CONFIG);
  // People are indexed in a seeded order: it decides between equally good splits.
  const order = seededPermutation(eligible.length, seededRandom(options.seed ?? 0));
  const people = [...order].map((i) => space.compile(eligible[i]!));
  const n = people.length;
  const { w, infeasible, repeat } = weightMatrix(
    space,
    people,
    [...order].map((i) => eligible[i]!.team),
  );
  let split: number[][];
  if (n <= Math.min(options.exactLimit ?? EXACT_LIMIT, EXACT_LIMIT)) split = exactSplit(n, w);
  else {
    const random = seededRandom(`${options.seed ?? 0}:search`);
    const h = heuristicSplit(n, w, seededPermutation(n, random), random);
    split = h.groups;
    stats.exact = false;
    stats.improvements = h.improvements;
  }

  // A group holding a pair that breaks a hard constraint is dissolved. Its
  // members then join an existing pair as a second (or further) triad when they
  // fit both people, e.g. when safe-space tags split the cohort into two odd
  // parts; otherwise they are reported as unplaced.
  const isBad = (x: number, y: number) => infeasible[x * n + y] === 1;
  const kept = split.filter((g) => !g.some((x, a) => g.some((y, b) => b > a && isBad(x, y))));
  const loose = split.filter((g) => !kept.includes(g)).flat();
  for (const x of loose) {
    let best = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    kept.forEach((g, idx) => {
      if (g.length !== 2 || isBad(x, g[0]!) || isBad(x, g[1]!)) return;
      const gain = w[x * n + g[0]!]! + w[x * n + g[1]!]!;
      if (gain > bestGain) {
        bestGain = gain;
        best = idx;
      }
    });
    if (best >= 0) kept[best] = [...kept[best]!, x];
    else unplaced.push({ memberId: people[x]!.id, reason: 'no-feasible-partner' });
  }

  const groups: PeerGroup[] = [];
  for (const g of kept) {
    const pairs: PeerPairDetail[] = [];
    let score = 0;
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        const x = people[g[a]!]!;
        const y = people[g[b]!]!;
        const evaluation = space.evaluate(x, y, 'peer');
        const rep = repeat[g[a]! * n + g[b]!] === 1;
        if (rep) stats.repeats++;
        score += evaluation.score;
        pairs.push({
          a: x.id,
          b: y.id,
          feasible: true,
          repeat: rep,
          score: evaluation.score,
          reasons: evaluation.reasons,
        });
      }
    }
    stats.totalScore += score;
    groups.push({ memberIds: g.map((x) => people[x]!.id), score, pairs });
  }
  return { groups, skipped, unplaced, stats };
}
