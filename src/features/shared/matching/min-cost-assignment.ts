// Exact maximum-weight capacitated bipartite assignment ("b-matching"):
// rows (mentees) take at most one column (mentor), column c takes at most
// capacity[c] rows, and the total weight of the chosen edges is maximal.
//
// Method: successive shortest paths with potentials (the Hungarian method
// generalised to capacities), one row at a time. Every row also gets a
// private "stay unmatched" column of weight 0, so each row is always
// assigned to something and the problem is a complete assignment, for which
// adding rows one by one with a shortest augmenting path keeps the partial
// solution optimal (Dijkstra with reduced costs c + p(u) - p(v) >= 0). The
// search from a row stops at the first column with free capacity or at a
// private unmatched column, so most searches touch a handful of nodes.
//
// Weights must be positive integers (callers add a large constant per edge to
// prefer more pairs; see assign-mentors.ts). All arithmetic stays exact in
// doubles as long as row count × max weight < 2^53.

export interface BipartiteGraph {
  rows: number;
  cols: number;
  capacity: Int32Array;
  /** CSR adjacency: the edges of row r are rowStart[r] .. rowStart[r+1]-1. */
  rowStart: Int32Array;
  edgeCol: Int32Array;
  edgeWeight: Float64Array;
}

export interface AssignmentResult {
  /** For each row, the index of its chosen edge, or -1 when unmatched. */
  rowEdge: Int32Array;
  /**
   * Dual potentials of rows (0..rows-1) then columns (rows..rows+cols-1) for
   * costs maxWeight - weight. An edge (r, c) not in the graph could improve
   * the optimum only if maxWeight - w + pot[r] - pot[rows + c] < 0 (see
   * assign-mentors.ts, which uses this to certify a pruned solve).
   */
  potentials: Float64Array;
  maxWeight: number;
  totalWeight: number;
  /** Nodes settled over all searches (a measure of work). */
  settled: number;
}

/** A binary min-heap of (key, node) with lazy deletion. */
class Heap {
  private keys = new Float64Array(1024);
  private vals = new Int32Array(1024);
  size = 0;
  clear(): void {
    this.size = 0;
  }
  push(key: number, val: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    let i = this.size++;
    const keys = this.keys;
    const vals = this.vals;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      vals[i] = vals[p]!;
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }
  topKey(): number {
    return this.keys[0]!;
  }
  /** Removes the minimum and returns its node. */
  pop(): number {
    const keys = this.keys;
    const vals = this.vals;
    const top = vals[0]!;
    const n = --this.size;
    if (n > 0) {
      const key = keys[n]!;
      const val = vals[n]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1]! < keys[c]!) c++;
        if (keys[c]! >= key) break;
        keys[i] = keys[c]!;
        vals[i] = vals[c]!;
        i = c;
      }
      keys[i] = key;
      vals[i] = val;
    }
    return top;
  }
}

/**
 * Solve the assignment, processing rows in `order` (a permutation; it only
 * decides which of several equally good optima is returned).
 */
export function maxWeightAssignment(g: BipartiteGraph, order: Int32Array, maxWeight = 0): AssignmentResult {
  const { rows, cols, capacity, rowStart, edgeCol, edgeWeight } = g;
  // Cost of an edge = maxW - weight >= 0; staying unmatched costs maxW. A
  // caller may fix maxW above the graph's weights, to compare potentials with
  // edges that are not in the graph.
  let maxW = maxWeight;
  for (let e = 0; e < edgeWeight.length; e++) if (edgeWeight[e]! > maxW) maxW = edgeWeight[e]!;
  // Node ids: rows 0..rows-1, columns rows..rows+cols-1, a row's unmatched
  // column rows+cols+r (its potential stays 0: it is only ever a terminal).
  const colBase = rows;
  const dummyBase = rows + cols;
  const nodes = rows + cols + rows;
  const pot = new Float64Array(rows + cols);
  const dist = new Float64Array(nodes);
  const seen = new Int32Array(nodes); // search stamp when dist was set
  const done = new Int32Array(nodes); // search stamp when settled
  const prevEdge = new Int32Array(rows + cols); // for a column: the edge it was reached by
  const rowEdge = new Int32Array(rows).fill(-1);
  // Column slots: the rows currently assigned to each column.
  const slotStart = new Int32Array(cols + 1);
  for (let c = 0; c < cols; c++) slotStart[c + 1] = slotStart[c]! + Math.max(0, capacity[c]!);
  const slots = new Int32Array(slotStart[cols]!);
  const used = new Int32Array(cols);
  const slotOf = new Int32Array(rows).fill(-1);
  const edgeRow = new Int32Array(edgeCol.length);
  for (let r = 0; r < rows; r++) for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) edgeRow[e] = r;

  const heap = new Heap();
  const settledList: number[] = [];
  let settledTotal = 0;

  const assignRow = (r: number, e: number): void => {
    // Detach r from its current column, if any.
    const old = rowEdge[r]!;
    if (old >= 0) {
      const c = edgeCol[old]!;
      const s = slotOf[r]!;
      const lastSlot = slotStart[c]! + --used[c]!;
      const moved = slots[lastSlot]!;
      slots[s] = moved;
      slotOf[moved] = s;
    }
    rowEdge[r] = e;
    slotOf[r] = -1;
    if (e >= 0) {
      const c = edgeCol[e]!;
      const s = slotStart[c]! + used[c]!++;
      slots[s] = r;
      slotOf[r] = s;
    }
  };

  for (let k = 0; k < rows; k++) {
    const root = order[k]!;
    const stamp = k + 1;
    heap.clear();
    settledList.length = 0;
    dist[root] = 0;
    seen[root] = stamp;
    heap.push(0, root);
    let terminal = -1;
    let D = 0;
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.pop();
      if (done[u] === stamp) continue;
      done[u] = stamp;
      if (u >= dummyBase || (u >= colBase && used[u - colBase]! < capacity[u - colBase]!)) {
        terminal = u;
        D = d;
        break;
      }
      settledList.push(u);
      if (u < colBase) {
        // Row: forward edges to columns it is not assigned to, and its unmatched column.
        const pu = pot[u]!;
        const cur = rowEdge[u]!;
        for (let e = rowStart[u]!; e < rowStart[u + 1]!; e++) {
          if (e === cur) continue;
          const v = colBase + edgeCol[e]!;
          if (done[v] === stamp) continue;
          const nd = d + (maxW - edgeWeight[e]!) + pu - pot[v]!;
          if (seen[v] !== stamp || nd < dist[v]!) {
            seen[v] = stamp;
            dist[v] = nd;
            prevEdge[v] = e;
            heap.push(nd, v);
          }
        }
        if (cur >= 0 || u === root) {
          const v = dummyBase + u;
          const nd = d + maxW + pu;
          if (seen[v] !== stamp || nd < dist[v]!) {
            seen[v] = stamp;
            dist[v] = nd;
            heap.push(nd, v);
          }
        }
      } else {
        // Full column: backward edges to the rows it holds (they could move elsewhere).
        const c = u - colBase;
        const pu = pot[u]!;
        for (let s = slotStart[c]!; s < slotStart[c]! + used[c]!; s++) {
          const v = slots[s]!;
          if (done[v] === stamp) continue;
          const e = rowEdge[v]!;
          const nd = d - (maxW - edgeWeight[e]!) + pu - pot[v]!;
          if (seen[v] !== stamp || nd < dist[v]!) {
            seen[v] = stamp;
            dist[v] = nd;
            heap.push(nd, v);
          }
        }
      }
    }
    settledTotal += settledList.length;
    // Potentials: p(v) += dist(v) - D for every node settled before the terminal.
    for (const v of settledList) pot[v] = pot[v]! + dist[v]! - D;
    // Augment: walk back from the terminal, moving each row along the path.
    if (terminal >= dummyBase) {
      let r = terminal - dummyBase;
      if (r === root) continue; // the root stays unmatched; nothing moves
      // r leaves its column for its unmatched column; the freed slot is taken
      // by the row that reached that column, and so on back to the root.
      let c = colBase + edgeCol[rowEdge[r]!]!;
      assignRow(r, -1);
      for (;;) {
        const e = prevEdge[c]!;
        r = edgeRow[e]!;
        const next = rowEdge[r]!;
        assignRow(r, e);
        if (r === root) break;
        c = colBase + edgeCol[next]!;
      }
    } else {
      let c = terminal;
      for (;;) {
        const e = prevEdge[c]!;
        const r = edgeRow[e]!;
        const next = rowEdge[r]!;
        assignRow(r, e);
        if (r === root) break;
        c = colBase + edgeCol[next]!;
      }
    }
  }
  let totalWeight = 0;
  for (let r = 0; r < rows; r++) if (rowEdge[r]! >= 0) totalWeight += edgeWeight[rowEdge[r]!]!;
  return { rowEdge, potentials: pot, maxWeight: maxW, totalWeight, settled: settledTotal };
}
