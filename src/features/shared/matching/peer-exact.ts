// Small peer rounds, solved exactly: the best split of n <= 18 people into
// pairs (+ one triad when n is odd) by dynamic programming over subsets.

/** Exact best split into pairs (+ one triad if odd) by memoised subset DP. */
export function exactSplit(n: number, w: Float64Array): number[][] {
  const size = 1 << n;
  const best = new Float64Array(size).fill(Number.NaN);
  const choice = new Int32Array(size);
  best[0] = 0;
  // Memoised recursion: depth is at most n/2, and only masks reachable by
  // "always group the lowest member first" are ever visited.
  const solve = (mask: number): number => {
    const cached = best[mask]!;
    if (!Number.isNaN(cached)) return cached;
    const i = 31 - Math.clz32(mask & -mask);
    const rest = mask & ~(1 << i);
    const odd = popcount(mask) % 2 === 1;
    let value = Number.NEGATIVE_INFINITY;
    let pick = -1;
    for (let j = i + 1; j < n; j++) {
      if (!(rest & (1 << j))) continue;
      const restJ = rest & ~(1 << j);
      if (!(odd && popcount(restJ) === 1)) {
        const v = w[i * n + j]! + solve(restJ);
        if (v > value) {
          value = v;
          pick = j;
        }
      }
      if (odd) {
        for (let k = j + 1; k < n; k++) {
          if (!(restJ & (1 << k))) continue;
          const restK = restJ & ~(1 << k);
          const v = w[i * n + j]! + w[i * n + k]! + w[j * n + k]! + solve(restK);
          if (v > value) {
            value = v;
            pick = j | (k << 8);
          }
        }
      }
    }
    best[mask] = value;
    choice[mask] = pick;
    return value;
  };
  const full = size - 1;
  solve(full);
  const groups: number[][] = [];
  let mask = full;
  while (mask !== 0) {
    const i = 31 - Math.clz32(mask & -mask);
    const c = choice[mask]!;
    const j = c & 0xff;
    const k = c >> 8;
    const g = k > 0 ? [i, j, k] : [i, j];
    groups.push(g);
    for (const x of g) mask &= ~(1 << x);
  }
  return groups;
}

function popcount(x: number): number {
  let v = x - ((x >> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >> 2) & 0x33333333);
  return (((v + (v >> 4)) & 0xf0f0f0f) * 0x1010101) >> 24;
}
