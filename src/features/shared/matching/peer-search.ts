// Large peer rounds: greedy plus iterated local search over splits into
// pairs (and triads). Used above the exact solver's size limit; see
// peer-rounds.ts for the objective these weights encode.

/** Sum of the pair weights inside one group (a triad has three pairs). */
export function groupWeight(g: readonly number[], n: number, w: Float64Array): number {
  let s = 0;
  for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) s += w[g[x]! * n + g[y]!]!;
  return s;
}

/**
 * Every way to split 4 or 5 people into groups of 2 (and one of 3), as
 * positions in the pooled list: for 4, the three pairings; for 5, each pair
 * and the three left. Positions, not people, so the search allocates nothing
 * per candidate (it runs millions of times in a large round).
 */
const SPLITS_4: ReadonlyArray<readonly [readonly number[], readonly number[]]> = [
  [
    [0, 1],
    [2, 3],
  ],
  [
    [0, 2],
    [1, 3],
  ],
  [
    [0, 3],
    [1, 2],
  ],
];
const SPLITS_5: ReadonlyArray<readonly [readonly number[], readonly number[]]> = (() => {
  const out: Array<[number[], number[]]> = [];
  for (let x = 0; x < 5; x++) {
    for (let y = x + 1; y < 5; y++) {
      out.push([[x, y], [0, 1, 2, 3, 4].filter((z) => z !== x && z !== y)]);
    }
  }
  return out;
})();

/** Sum of the pair weights of the pooled people at these positions. */
function pooledWeight(at: readonly number[], pool: Int32Array, n: number, w: Float64Array): number {
  let s = 0;
  for (let x = 0; x < at.length; x++)
    for (let y = x + 1; y < at.length; y++) s += w[pool[at[x]!]! * n + pool[at[y]!]!]!;
  return s;
}

/** Greedy by weight: the heaviest free pair first; an odd one out joins the group it fits best. */
function greedySplit(n: number, w: Float64Array, order: Int32Array): number[][] {
  const edges: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) edges.push(i * n + j);
  // Seeded order position breaks weight ties.
  const pos = new Int32Array(n);
  for (let i = 0; i < n; i++) pos[order[i]!] = i;
  const key = (e: number) => pos[Math.floor(e / n)]! * n + pos[e % n]!;
  edges.sort((x, y) => w[y]! - w[x]! || key(x) - key(y));
  const placed = new Uint8Array(n);
  const groups: number[][] = [];
  for (const e of edges) {
    const i = Math.floor(e / n);
    const j = e % n;
    if (placed[i] || placed[j]) continue;
    placed[i] = placed[j] = 1;
    groups.push([i, j]);
  }
  const left = [...order].find((i) => !placed[i]);
  if (left !== undefined) {
    let bestG = 0;
    let bestGain = Number.NEGATIVE_INFINITY;
    groups.forEach((g, idx) => {
      const gain = w[left * n + g[0]!]! + w[left * n + g[1]!]!;
      if (gain > bestGain) {
        bestGain = gain;
        bestG = idx;
      }
    });
    groups[bestG]!.push(left);
  }
  return groups;
}

/**
 * 2-opt local search: re-split any two groups in every possible way while
 * that improves the total. A worklist of changed groups keeps each round after
 * the first linear in the number of groups. Returns the number of improvements.
 */
function localSearch(groups: number[][], n: number, w: Float64Array, dirty: number[]): number {
  const inQueue = new Uint8Array(groups.length);
  for (const x of dirty) inQueue[x] = 1;
  const pool = new Int32Array(5);
  let improvements = 0;
  while (dirty.length > 0) {
    const x = dirty.pop()!;
    inQueue[x] = 0;
    for (let y = 0; y < groups.length; y++) {
      if (y === x) continue;
      const gx = groups[x]!;
      const gy = groups[y]!;
      const current = groupWeight(gx, n, w) + groupWeight(gy, n, w);
      let size = 0;
      for (const p of gx) pool[size++] = p;
      for (const p of gy) pool[size++] = p;
      let best = current;
      let bestSplit: readonly [readonly number[], readonly number[]] | null = null;
      for (const split of size === 4 ? SPLITS_4 : SPLITS_5) {
        const v = pooledWeight(split[0], pool, n, w) + pooledWeight(split[1], pool, n, w);
        if (v > best) {
          best = v;
          bestSplit = split;
        }
      }
      if (!bestSplit) continue;
      groups[x] = bestSplit[0].map((at) => pool[at]!);
      groups[y] = bestSplit[1].map((at) => pool[at]!);
      improvements++;
      if (!inQueue[y]) {
        inQueue[y] = 1;
        dirty.push(y);
      }
    }
  }
  return improvements;
}

function totalWeight(groups: readonly number[][], n: number, w: Float64Array): number {
  let s = 0;
  for (const g of groups) s += groupWeight(g, n, w);
  return s;
}

/**
 * Iterated local search: greedy, 2-opt, then repeated "kicks" that shuffle
 * the members of three random groups and re-run 2-opt from there, keeping
 * the best split found. Kicks escape the 2-opt local optima that, with dense
 * history, still hold avoidable repeats. The budget shrinks with cohort size.
 */
export function heuristicSplit(
  n: number,
  w: Float64Array,
  order: Int32Array,
  random: () => number,
): { groups: number[][]; improvements: number } {
  let best = greedySplit(n, w, order);
  let improvements = localSearch(
    best,
    n,
    w,
    best.map((_, i) => i),
  );
  let bestValue = totalWeight(best, n, w);
  const kicks = Math.min(400, Math.floor(40_000 / n));
  for (let k = 0; k < kicks && best.length >= 3; k++) {
    const groups = best.map((g) => [...g]);
    const picked = seededSample(groups.length, 3, random);
    const pool = picked.flatMap((x) => groups[x]!);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    let at = 0;
    for (const x of picked) {
      const size = groups[x]!.length;
      groups[x] = pool.slice(at, at + size);
      at += size;
    }
    const gained = localSearch(groups, n, w, [...picked]);
    const value = totalWeight(groups, n, w);
    if (value > bestValue) {
      best = groups;
      bestValue = value;
      improvements += gained;
    }
  }
  return { groups: best.map((g) => [...g].sort((p, q) => p - q)), improvements };
}

/** `count` distinct indices below `n`. */
function seededSample(n: number, count: number, random: () => number): number[] {
  const out: number[] = [];
  while (out.length < count) {
    const x = Math.floor(random() * n);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}
