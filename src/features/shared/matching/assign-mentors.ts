// Longer than 300 lines on purpose: one optimisation (objective, graph, solver
// calls, tie-breaks) that reads best in one place.
//
// Mentor assignment: each mentee gets at most one mentor, each mentor at most
// their capacity, and the pairs maximise total compatibility.
//
// Objective (lexicographic): first as many mentees matched as possible, then
// the largest total score among those. A coordinator's first question is
// "who is left without a mentor?"; trading a matched mentee for slightly
// better pairs elsewhere would surprise them. It is implemented by adding a
// constant BIG to every edge, larger than any total score difference
// (BIG = score range × (mentees + 1)), so one more pair always wins.
//
// Exactness and speed: maxWeightAssignment is exact on the graph it is given,
// but on 10,000 × 1,000 the full graph has millions of feasible edges and a
// single solve takes ~8 s. So we solve on each mentee's `topK` best mentors
// first, then check every left-out edge against the solution's dual
// potentials (its reduced cost): if none could improve the total, the pruned
// optimum is the full optimum (LP duality); otherwise we add the violating
// edges and solve again. This "pricing" loop is exact and, on realistic
// profiles, needs one or two rounds (bench/RESULTS.md). With `exact: false`
// the pruned optimum is kept and unmatched mentees are offered any feasible
// mentor with room, for measuring what pruning alone costs.

import { type CompiledProfile, MATCHING_CONFIG, type MatchingConfig, MatchSpace } from './compatibility.ts';
import { type BipartiteGraph, maxWeightAssignment } from './min-cost-assignment.ts';
import { seededPermutation, seededRandom } from './random.ts';
import type { MatchContext, MatchProfile, Reason } from './types.ts';

export interface AssignMentorsOptions {
  /** Same seed, same input: same pairs. Breaks ties between equally good optima. */
  seed?: string | number;
  context?: MatchContext;
  config?: MatchingConfig;
  /** Start from each mentee's K best feasible mentors (default 16; Infinity: the full graph at once). */
  topK?: number;
  /**
   * Certify the pruned solve against every feasible pair and add what could
   * improve it until nothing can (default true: the result is exact). False
   * keeps the pruned optimum, for measuring what pruning alone loses.
   */
  exact?: boolean;
  /** Build the reason lists for every pair (on by default; the bench turns it off). */
  explain?: boolean;
}

/** Measured on 10,000 × 1,000 (bench/RESULTS.md): 16 needs the least total time of 8, 16, 32. */
export const DEFAULT_TOP_K = 16;

export interface MentorPair {
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: Reason[];
}

export type UnmatchedReason = 'no-feasible-mentor' | 'all-feasible-mentors-full';

export interface UnmatchedMentee {
  menteeId: string;
  reason: UnmatchedReason;
  /** How many mentors (with capacity) could have taken this mentee. */
  feasibleMentors: number;
}

export interface MentorAssignment {
  pairs: MentorPair[];
  unmatched: UnmatchedMentee[];
  stats: {
    matched: number;
    totalScore: number;
    /** Sum of the integer-scaled scores: what the optimiser maximised. */
    totalScaled: number;
    /** Feasible (mentor, mentee) pairs, and how many the final solve used. */
    feasibleEdges: number;
    edges: number;
    /** True when some mentee had more than topK feasible mentors. */
    pruned: boolean;
    /** True when the result is optimal on the full graph. */
    certified: boolean;
    /** Solves run (1 + certification rounds that added edges). */
    rounds: number;
    /** Without certification: mentees matched afterwards, outside their top K. */
    filledAfterPruning: number;
    settledNodes: number;
  };
}

/**
 * Keeps the K best (key, mentor) candidates of one mentee: a small sorted
 * array, because K is small and most candidates lose to the current worst.
 */
class TopK {
  readonly keys: Float64Array;
  readonly items: Int32Array;
  size = 0;
  constructor(k: number) {
    this.keys = new Float64Array(k);
    this.items = new Int32Array(k);
  }
  offer(key: number, item: number): void {
    const cap = this.keys.length;
    if (this.size === cap && key <= this.keys[cap - 1]!) return;
    let i = this.size < cap ? this.size++ : cap - 1;
    while (i > 0 && this.keys[i - 1]! < key) {
      this.keys[i] = this.keys[i - 1]!;
      this.items[i] = this.items[i - 1]!;
      i--;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }
}

export function assignMentors(
  mentees: readonly MatchProfile[],
  mentors: readonly MatchProfile[],
  options: AssignMentorsOptions = {},
): MentorAssignment {
  const space = new MatchSpace(options.context, options.config ?? MATCHING_CONFIG);
  const random = seededRandom(options.seed ?? 0);
  const mentorC = mentors.map((m) => space.compile(m));
  const menteeC = mentees.map((m) => space.compile(m));
  const M = mentorC.length;
  const N = menteeC.length;
  // Mentors in a seeded order: it decides between equally good candidates,
  // so ties are not always resolved in favour of whoever joined first.
  const active = [...seededPermutation(M, random)].filter((m) => mentorC[m]!.capacity > 0);

  // 1. Score every (mentor, mentee) pair once and keep the feasible ones.
  const all = scoreAllPairs(space, menteeC, mentorC, active);
  const { rowStart: allStart, col: allCol, scaled: allScaled, minS, maxS } = all;
  const feasibleCount = new Int32Array(N);
  for (let r = 0; r < N; r++) feasibleCount[r] = allStart[r + 1]! - allStart[r]!;

  // Positive weights with "one more pair beats any score gain" built in.
  const range = maxS - minS + 1;
  const big = range * (N + 1);
  const weightOf = (s: number) => big + (s - minS + 1);
  const maxWeight = weightOf(maxS);

  // 2. Start from each mentee's K best mentors.
  const K = options.topK ?? DEFAULT_TOP_K;
  const inGraph = new Uint8Array(allCol.length);
  const top = new TopK(Math.max(1, Math.min(K, active.length)));
  let pruned = false;
  for (let r = 0; r < N; r++) {
    const start = allStart[r]!;
    const end = allStart[r + 1]!;
    if (end - start <= top.keys.length) {
      inGraph.fill(1, start, end);
      continue;
    }
    pruned = true;
    top.size = 0;
    // Position in the row (seeded mentor order) breaks ties: earlier wins.
    for (let e = start; e < end; e++) top.offer(allScaled[e]! * (end - start + 1) + (end - e), e);
    for (let i = 0; i < top.size; i++) inGraph[top.items[i]!] = 1;
  }

  // 3. Solve; then, unless told not to, add every left-out edge that the
  // solution's dual potentials say could improve it, and solve again, until
  // none is left: the result is then optimal on the full graph (certified by
  // the potentials), usually after one or two rounds.
  const order = seededPermutation(N, random);
  const exact = options.exact ?? true;
  let rounds = 0;
  let settled = 0;
  let graph: BipartiteGraph;
  let edgeIndex: Int32Array;
  let solved: ReturnType<typeof maxWeightAssignment>;
  for (;;) {
    rounds++;
    ({ graph, edgeIndex } = subgraph(all, inGraph, weightOf, mentorC, N, M));
    solved = maxWeightAssignment(graph, order, maxWeight);
    settled += solved.settled;
    if (!exact || !pruned) break;
    const added = addViolatedEdges(all, inGraph, solved, edgeIndex, weightOf, N);
    if (added === 0) break;
  }

  const mentorOf = new Int32Array(N).fill(-1);
  const load = new Int32Array(M);
  for (let r = 0; r < N; r++) {
    const e = solved.rowEdge[r]!;
    if (e < 0) continue;
    mentorOf[r] = graph.edgeCol[e]!;
    load[graph.edgeCol[e]!]!++;
  }
  const filled = pruned && !exact ? fillOutsideTopK(all, mentorC, mentorOf, load) : 0;

  const explain = options.explain ?? true;
  const pairs: MentorPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  let totalScore = 0;
  let totalScaled = 0;
  for (let r = 0; r < N; r++) {
    const mentee = menteeC[r]!;
    const m = mentorOf[r]!;
    if (m < 0) {
      const feasible = feasibleCount[r]!;
      unmatched.push({
        menteeId: mentee.id,
        reason: feasible === 0 ? 'no-feasible-mentor' : 'all-feasible-mentors-full',
        feasibleMentors: feasible,
      });
      continue;
    }
    const mentor = mentorC[m]!;
    const evaluation = explain
      ? space.evaluate(mentor, mentee, 'mentor')
      : { score: space.scoreCompiled(mentor, mentee, 'mentor', null), reasons: [] };
    totalScore += evaluation.score;
    totalScaled += space.scaled(evaluation.score);
    pairs.push({ mentorId: mentor.id, menteeId: mentee.id, score: evaluation.score, reasons: evaluation.reasons });
  }
  return {
    pairs,
    unmatched,
    stats: {
      matched: pairs.length,
      totalScore,
      totalScaled,
      feasibleEdges: allCol.length,
      edges: graph.edgeCol.length,
      pruned,
      certified: !pruned || exact,
      rounds,
      filledAfterPruning: filled,
      settledNodes: settled,
    },
  };
}

interface AllPairs {
  /** CSR over mentees: feasible mentors and integer-scaled scores. */
  rowStart: Int32Array;
  col: Int32Array;
  scaled: Int32Array;
  minS: number;
  maxS: number;
}

function scoreAllPairs(
  space: MatchSpace,
  mentees: readonly CompiledProfile[],
  mentors: readonly CompiledProfile[],
  active: readonly number[],
): AllPairs {
  const N = mentees.length;
  const rowStart = new Int32Array(N + 1);
  let col = new Int32Array(1 << 16);
  let scaled = new Int32Array(1 << 16);
  let n = 0;
  let minS = 0;
  let maxS = 0;
  for (let r = 0; r < N; r++) {
    const mentee = mentees[r]!;
    if (n + active.length > col.length) {
      const grow = Math.max(col.length * 2, n + active.length);
      const c = new Int32Array(grow);
      c.set(col.subarray(0, n));
      col = c;
      const s = new Int32Array(grow);
      s.set(scaled.subarray(0, n));
      scaled = s;
    }
    for (const m of active) {
      const s = space.scoreCompiled(mentors[m]!, mentee, 'mentor', null);
      if (s === Number.NEGATIVE_INFINITY) continue;
      const v = space.scaled(s);
      if (n === 0 || v < minS) minS = v;
      if (n === 0 || v > maxS) maxS = v;
      col[n] = m;
      scaled[n] = v;
      n++;
    }
    rowStart[r + 1] = n;
  }
  return { rowStart, col: col.slice(0, n), scaled: scaled.slice(0, n), minS, maxS };
}

/** The graph of the edges marked in `inGraph`, and each graph edge's index in `all`. */
function subgraph(
  all: AllPairs,
  inGraph: Uint8Array,
  weightOf: (s: number) => number,
  mentors: readonly CompiledProfile[],
  N: number,
  M: number,
): { graph: BipartiteGraph; edgeIndex: Int32Array } {
  let count = 0;
  for (let e = 0; e < inGraph.length; e++) count += inGraph[e]!;
  const rowStart = new Int32Array(N + 1);
  const edgeCol = new Int32Array(count);
  const edgeWeight = new Float64Array(count);
  const edgeIndex = new Int32Array(count);
  let k = 0;
  for (let r = 0; r < N; r++) {
    for (let e = all.rowStart[r]!; e < all.rowStart[r + 1]!; e++) {
      if (!inGraph[e]) continue;
      edgeCol[k] = all.col[e]!;
      edgeWeight[k] = weightOf(all.scaled[e]!);
      edgeIndex[k] = e;
      k++;
    }
    rowStart[r + 1] = k;
  }
  const capacity = new Int32Array(M);
  for (let m = 0; m < M; m++) capacity[m] = mentors[m]!.capacity;
  return { graph: { rows: N, cols: M, capacity, rowStart, edgeCol, edgeWeight }, edgeIndex };
}

/**
 * Marks every left-out edge with a negative reduced cost under the solution's
 * potentials; returns how many. None means the pruned optimum is optimal on
 * the full graph: the potentials are a feasible dual for every edge.
 */
function addViolatedEdges(
  all: AllPairs,
  inGraph: Uint8Array,
  solved: ReturnType<typeof maxWeightAssignment>,
  edgeIndex: Int32Array,
  weightOf: (s: number) => number,
  N: number,
): number {
  const pot = solved.potentials;
  let added = 0;
  for (let r = 0; r < N; r++) {
    const own = solved.rowEdge[r]!;
    const assigned = own >= 0 ? edgeIndex[own]! : -1;
    for (let e = all.rowStart[r]!; e < all.rowStart[r + 1]!; e++) {
      if (inGraph[e] || e === assigned) continue;
      const reduced = solved.maxWeight - weightOf(all.scaled[e]!) + pot[r]! - pot[N + all.col[e]!]!;
      if (reduced < 0) {
        inGraph[e] = 1;
        added++;
      }
    }
  }
  return added;
}

/** Without certification: give unmatched mentees the best feasible mentor that still has room. */
function fillOutsideTopK(
  all: AllPairs,
  mentors: readonly CompiledProfile[],
  mentorOf: Int32Array,
  load: Int32Array,
): number {
  let filled = 0;
  for (let r = 0; r < mentorOf.length; r++) {
    if (mentorOf[r]! >= 0) continue;
    let best = -1;
    for (let e = all.rowStart[r]!; e < all.rowStart[r + 1]!; e++) {
      const m = all.col[e]!;
      if (load[m]! >= mentors[m]!.capacity) continue;
      if (best < 0 || all.scaled[e]! > all.scaled[best]!) best = e;
    }
    if (best >= 0) {
      mentorOf[r] = all.col[best]!;
      load[all.col[best]!]!++;
      filled++;
    }
  }
  return filled;
}
