import { describe, expect, it } from 'vitest';
import { MatchSpace } from '../../src/features/shared/matching/compatibility.ts';
import { type PeerMember, planPeerRound } from '../../src/features/shared/matching/peer-rounds.ts';
import type { HistoryEntry, MatchContext } from '../../src/features/shared/matching/types.ts';
import { allSplits, randomProfile, seededRandom } from './pairing-matching-fixtures.ts';

const JAN = new Date('2026-01-15T12:00:00Z');

function peers(random: () => number, n: number): PeerMember[] {
  // Everyone shares English so every split is feasible; the rest varies.
  return Array.from({ length: n }, (_, i) => {
    const p = randomProfile(random, `p${i}`);
    return { ...p, languages: [...p.languages, 'en'], preferences: [] };
  });
}

function denseHistory(random: () => number, people: readonly PeerMember[], density: number): MatchContext {
  const history: [string, string, HistoryEntry][] = [];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      if (random() < density)
        history.push([people[i]!.id, people[j]!.id, { count: 1, lastRound: 1 + Math.floor(random() * 4) }]);
    }
  }
  return { history, referenceDate: JAN, round: 6 };
}

function checkShape(round: ReturnType<typeof planPeerRound>, ids: readonly string[]): void {
  const placed = round.groups.flatMap((g) => g.memberIds).sort();
  expect(placed).toEqual([...ids].sort());
  const triads = round.groups.filter((g) => g.memberIds.length === 3).length;
  expect(triads).toBe(ids.length % 2);
  for (const g of round.groups) expect([2, 3]).toContain(g.memberIds.length);
}

describe('planPeerRound', () => {
  it('never repeats a pair while a repeat-free split exists, and is optimal (brute force, ≤ 8 people)', () => {
    const random = seededRandom('peers');
    let forcedRepeats = 0;
    for (let t = 0; t < 120; t++) {
      const n = 2 + Math.floor(random() * 7);
      const people = peers(random, n);
      const context = denseHistory(random, people, 0.2 + random() * 0.6);
      const round = planPeerRound(people, { seed: t, context });
      checkShape(
        round,
        people.map((p) => p.id),
      );

      const space = new MatchSpace(context);
      const c = people.map((p) => space.compile(p));
      const repeatOf = (i: number, j: number) => ((c[i]!.history?.get(c[j]!.id)?.count ?? 0) > 0 ? 1 : 0);
      const scoreOf = (i: number, j: number) => space.scaled(space.scoreCompiled(c[i]!, c[j]!, 'peer', null));
      let best = { repeats: Number.POSITIVE_INFINITY, score: Number.NEGATIVE_INFINITY };
      for (const split of allSplits(people.map((_, i) => i))) {
        let repeats = 0;
        let score = 0;
        for (const g of split) {
          for (let a = 0; a < g.length; a++) {
            for (let b = a + 1; b < g.length; b++) {
              repeats += repeatOf(g[a]!, g[b]!);
              score += scoreOf(g[a]!, g[b]!);
            }
          }
        }
        if (repeats < best.repeats || (repeats === best.repeats && score > best.score)) best = { repeats, score };
      }
      expect(round.stats.repeats).toBe(best.repeats);
      const got = round.groups.flatMap((g) => g.pairs).reduce((s, p) => s + space.scaled(p.score), 0);
      expect(got).toBe(best.score);
      if (best.repeats > 0) forcedRepeats++;
    }
    expect(forcedRepeats).toBeGreaterThan(5); // the instances do exercise unavoidable repeats
  });

  it('the heuristic for large cohorts matches the exact repeats on mid-sized ones', () => {
    const random = seededRandom('heuristic');
    let scoreMisses = 0;
    for (let t = 0; t < 40; t++) {
      const people = peers(random, 10 + Math.floor(random() * 7));
      const context = denseHistory(random, people, 0.3 + random() * 0.5);
      const exact = planPeerRound(people, { seed: t, context });
      const heuristic = planPeerRound(people, { seed: t, context, exactLimit: 0 });
      expect(heuristic.stats.exact).toBe(false);
      checkShape(
        heuristic,
        people.map((p) => p.id),
      );
      expect(heuristic.stats.repeats).toBe(exact.stats.repeats);
      expect(heuristic.stats.totalScore).toBeLessThanOrEqual(exact.stats.totalScore + 1e-9);
      if (heuristic.stats.totalScore < exact.stats.totalScore - 1e-9) scoreMisses++;
    }
    expect(scoreMisses).toBeLessThanOrEqual(4);
  });

  it('skips paused, departed and opted-out members', () => {
    const random = seededRandom('skip');
    const people = peers(random, 6);
    people[0]!.status = 'paused';
    people[1]!.status = 'left';
    people[2]!.optedOut = true;
    const round = planPeerRound(people, { seed: 1, context: { referenceDate: JAN } });
    expect(round.skipped).toEqual([
      { memberId: 'p0', reason: 'paused' },
      { memberId: 'p1', reason: 'left' },
      { memberId: 'p2', reason: 'opted-out' },
    ]);
    checkShape(round, ['p3', 'p4', 'p5']);
    const alone = planPeerRound([people[3]!], {});
    expect(alone.unplaced).toEqual([{ memberId: 'p3', reason: 'alone' }]);
  });

  it('keeps a cohort repeat-free over rounds for as long as it can (large cohort, heuristic path)', () => {
    const random = seededRandom('large');
    const people = peers(random, 31);
    const history = new Map<string, HistoryEntry>();
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    for (let r = 1; r <= 6; r++) {
      const context: MatchContext = {
        referenceDate: JAN,
        round: r,
        history: [...history].map(([k, e]) => [...(k.split('|') as [string, string]), e] as const),
      };
      const round = planPeerRound(people, { seed: r, context });
      expect(round.stats.exact).toBe(false);
      checkShape(
        round,
        people.map((p) => p.id),
      );
      // 31 people have 465 pairs; six rounds use about 100: no repeat is needed.
      expect(round.stats.repeats).toBe(0);
      for (const g of round.groups) {
        for (const p of g.pairs) {
          const old = history.get(key(p.a, p.b));
          history.set(key(p.a, p.b), { count: (old?.count ?? 0) + 1, lastRound: r });
        }
      }
    }
  });

  it('is deterministic per seed and explains pairs', () => {
    const random = seededRandom('det');
    const people = peers(random, 9);
    const a = planPeerRound(people, { seed: 's', context: { referenceDate: JAN } });
    expect(planPeerRound(people, { seed: 's', context: { referenceDate: JAN } })).toEqual(a);
    for (const g of a.groups) {
      for (const p of g.pairs) expect(p.reasons.find((r) => r.code === 'shared-language')?.values).toContain('en');
    }
  });

  it('uses a second triad when safe-space tags split the cohort into two odd parts', () => {
    const random = seededRandom('safe');
    const people = peers(random, 8).map((p, i) => ({ ...p, preferences: i < 3 ? ['safe-space:women'] : [] }));
    const round = planPeerRound(people, { seed: 2, context: { referenceDate: JAN } });
    expect(round.unplaced).toEqual([]);
    expect(round.groups.flatMap((g) => g.memberIds).sort()).toEqual(people.map((p) => p.id).sort());
    expect(round.groups.map((g) => g.memberIds.length).sort()).toEqual([2, 3, 3]);
    const tagged = new Set(['p0', 'p1', 'p2']);
    for (const g of round.groups) {
      const n = g.memberIds.filter((id) => tagged.has(id)).length;
      expect([0, g.memberIds.length]).toContain(n);
    }
  });

  it('leaves out people who cannot be paired with anyone', () => {
    const random = seededRandom('excl');
    const people = peers(random, 4);
    const context: MatchContext = {
      referenceDate: JAN,
      exclusions: [
        ['p0', 'p1'],
        ['p0', 'p2'],
        ['p0', 'p3'],
      ],
    };
    const round = planPeerRound(people, { seed: 1, context });
    expect(round.unplaced.map((u) => u.memberId)).toContain('p0');
    for (const g of round.groups) expect(g.memberIds).not.toContain('p0');
  });
});
