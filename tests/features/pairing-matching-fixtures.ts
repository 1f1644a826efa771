// Seeded random profiles and brute-force optima for the matching tests.

import { MatchSpace } from '../../src/features/shared/matching/compatibility.ts';
import { seededRandom } from '../../src/features/shared/matching/random.ts';
import type { HistoryEntry, MatchContext, MatchProfile, Stage } from '../../src/features/shared/matching/types.ts';

const LANGS = ['en', 'fr', 'yo', 'sw', 'ar'];
const REGIONS = ['west-africa', 'east-africa', 'europe'];
const TOPICS = ['wikidata', 'translation', 'photos', 'events', 'policy', 'outreach'];
const ZONES = ['Africa/Lagos', 'Africa/Nairobi', 'Europe/Paris', 'America/Sao_Paulo', 'Asia/Kolkata', 'Asia/Tokyo'];
const STAGES: Stage[] = ['newcomer', 'contributor', 'organizer', 'experienced'];

export function pick<T>(random: () => number, xs: readonly T[]): T {
  return xs[Math.floor(random() * xs.length)]!;
}

function some<T>(random: () => number, xs: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(random() * (max - min + 1));
  const out = new Set<T>();
  while (out.size < n) out.add(pick(random, xs));
  return [...out];
}

export function randomProfile(random: () => number, id: string, capacityMax = 3): MatchProfile {
  return {
    id,
    // A small language pool so that some pairs are infeasible and some feasible.
    languages: some(random, LANGS.slice(0, 4), 1, 2),
    region: random() < 0.8 ? pick(random, REGIONS) : null,
    topics: some(random, TOPICS, 0, 3),
    timezone: random() < 0.9 ? pick(random, ZONES) : null,
    stage: random() < 0.8 ? pick(random, STAGES) : null,
    preferences: random() < 0.15 ? ['safe-space:women'] : random() < 0.2 ? ['quiet'] : [],
    mentoringCapacity: Math.floor(random() * (capacityMax + 1)),
  };
}

/** Random exclusions and history among the given ids. */
export function randomContext(random: () => number, ids: readonly string[], density = 0.1): MatchContext {
  const exclusions: [string, string][] = [];
  const history: [string, string, HistoryEntry][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      if (random() < density / 2) exclusions.push([ids[i]!, ids[j]!]);
      else if (random() < density) {
        history.push([
          ids[i]!,
          ids[j]!,
          { count: 1 + Math.floor(random() * 2), lastRound: 1 + Math.floor(random() * 3) },
        ]);
      }
    }
  }
  return { exclusions, history, referenceDate: new Date('2026-01-15T12:00:00Z') };
}

/** Lexicographic optimum (max pairs, then max scaled total) by enumerating every assignment. */
export function bruteForceMentors(
  mentees: readonly MatchProfile[],
  mentors: readonly MatchProfile[],
  context: MatchContext,
): { matched: number; totalScaled: number } {
  const space = new MatchSpace(context);
  const me = mentees.map((m) => space.compile(m));
  const mo = mentors.map((m) => space.compile(m));
  const w = me.map((x) =>
    mo.map((y) => {
      const s = space.scoreCompiled(y, x, 'mentor', null);
      return s === Number.NEGATIVE_INFINITY || y.capacity === 0 ? null : space.scaled(s);
    }),
  );
  const load = mo.map(() => 0);
  let best = { matched: -1, totalScaled: Number.NEGATIVE_INFINITY };
  const walk = (i: number, matched: number, total: number): void => {
    if (i === me.length) {
      if (matched > best.matched || (matched === best.matched && total > best.totalScaled)) {
        best = { matched, totalScaled: total };
      }
      return;
    }
    walk(i + 1, matched, total);
    for (let m = 0; m < mo.length; m++) {
      const s = w[i]![m];
      if (s === null || s === undefined || load[m]! >= mo[m]!.capacity) continue;
      load[m]!++;
      walk(i + 1, matched + 1, total + s);
      load[m]!--;
    }
  };
  walk(0, 0, 0);
  return best;
}

/** Every split of 0..n-1 into pairs (one triad when n is odd). */
export function allSplits(items: readonly number[]): number[][][] {
  if (items.length === 0) return [[]];
  if (items.length === 3) return [[[...items]]];
  const [first, ...rest] = items as [number, ...number[]];
  const out: number[][][] = [];
  const odd = items.length % 2 === 1;
  for (let a = 0; a < rest.length; a++) {
    const others = rest.filter((_, x) => x !== a);
    if (!(odd && others.length === 1)) {
      for (const s of allSplits(others)) out.push([[first, rest[a]!], ...s]);
    }
    if (odd) {
      for (let b = a + 1; b < rest.length; b++) {
        const remaining = rest.filter((_, x) => x !== a && x !== b);
        if (remaining.length % 2 === 1) continue; // only one triad
        for (const s of allSplitsEven(remaining)) out.push([[first, rest[a]!, rest[b]!], ...s]);
      }
    }
  }
  return out;
}

function allSplitsEven(items: readonly number[]): number[][][] {
  if (items.length === 0) return [[]];
  const [first, ...rest] = items as [number, ...number[]];
  const out: number[][][] = [];
  for (let a = 0; a < rest.length; a++) {
    for (const s of allSplitsEven(rest.filter((_, x) => x !== a))) out.push([[first, rest[a]!], ...s]);
  }
  return out;
}

export { seededRandom };
