import { describe, expect, it } from 'vitest';
import { assignMentors } from '../../src/features/shared/matching/assign-mentors.ts';
import { evaluatePair, MatchSpace } from '../../src/features/shared/matching/compatibility.ts';
import { maxWeightAssignment } from '../../src/features/shared/matching/min-cost-assignment.ts';
import { utcOffsetMinutes, wakingOverlapMinutes } from '../../src/features/shared/matching/timezone.ts';
import type { MatchProfile } from '../../src/features/shared/matching/types.ts';
import { bruteForceMentors, randomContext, randomProfile, seededRandom } from './pairing-matching-fixtures.ts';

const JAN = new Date('2026-01-15T12:00:00Z');

const mentor: MatchProfile = {
  id: 'ada',
  languages: ['yo', 'en'],
  region: 'West Africa',
  topics: ['wikidata', 'translation', 'photos'],
  timezone: 'Africa/Lagos',
  stage: 'experienced',
  mentoringCapacity: 2,
};
const mentee: MatchProfile = {
  id: 'bayo',
  languages: ['yo', 'fr'],
  region: 'west africa',
  topics: ['translation', 'events', 'wikidata'],
  timezone: 'Europe/Paris',
  stage: 'newcomer',
};

describe('compatibility', () => {
  it('explains a pair with the shared language, region and topics', () => {
    const e = evaluatePair(mentor, mentee, 'mentor', { referenceDate: JAN });
    expect(e.feasible).toBe(true);
    const byCode = Object.fromEntries(e.reasons.map((r) => [r.code, r]));
    expect(byCode['shared-language']).toEqual({ code: 'shared-language', values: ['yo'], points: 20 });
    expect(byCode['same-region']?.values).toEqual(['west africa']);
    // Mentee's order of priority: translation (1st, 12) and wikidata (3rd, 7).
    expect(byCode['shared-topics']).toEqual({ code: 'shared-topics', values: ['translation', 'wikidata'], points: 19 });
    // Lagos and Paris are both UTC+1 in January: the whole 14 h window is shared.
    expect(byCode['timezone-overlap']).toEqual({ code: 'timezone-overlap', values: ['14'], points: 15 });
    expect(byCode['stage-fit']?.points).toBe(8);
    expect(e.score).toBe(20 + 15 + 19 + 15 + 8);
    // Largest contributions first.
    expect(e.reasons[0]?.code).toBe('shared-language');
  });

  it('requires a shared language unless bridging is allowed, then penalises it', () => {
    const other = { ...mentee, languages: ['sw'] };
    const strict = evaluatePair(mentor, other, 'mentor', { referenceDate: JAN });
    expect(strict).toEqual({
      feasible: false,
      score: Number.NEGATIVE_INFINITY,
      reasons: [{ code: 'no-shared-language', values: [], points: 0 }],
    });
    const bridged = evaluatePair(mentor, other, 'mentor', { referenceDate: JAN, allowBridging: true });
    expect(bridged.feasible).toBe(true);
    expect(bridged.reasons.find((r) => r.code === 'language-bridging')?.points).toBe(-40);
    const shared = evaluatePair(mentor, mentee, 'mentor', { referenceDate: JAN });
    expect(shared.score - bridged.score).toBe(60);
  });

  it('weighs a person who gave no languages as unknown: possible, no language points, below a shared language', () => {
    const silent = { ...mentee, languages: [] };
    const unknown = evaluatePair(mentor, silent, 'mentor', { referenceDate: JAN });
    expect(unknown.feasible).toBe(true);
    expect(unknown.reasons).toContainEqual({ code: 'language-unknown', values: [], points: 0 });
    expect(unknown.reasons.map((r) => r.code)).not.toContain('shared-language');
    const shared = evaluatePair(mentor, mentee, 'mentor', { referenceDate: JAN });
    expect(shared.score - unknown.score).toBe(20);
    // Not taken as a mismatch either: no bridging penalty, even where bridging is allowed.
    const bridged = evaluatePair(mentor, silent, 'mentor', { referenceDate: JAN, allowBridging: true });
    expect(bridged.score).toBe(unknown.score);
  });

  it('enforces safe-space preferences, exclusions and never pairs someone with themselves', () => {
    const safe = { ...mentee, preferences: ['safe-space:women'] };
    const mismatch = evaluatePair(mentor, safe, 'mentor', { referenceDate: JAN });
    expect(mismatch.feasible).toBe(false);
    expect(mismatch.reasons).toEqual([{ code: 'preference-mismatch', values: ['safe-space:women'], points: 0 }]);
    const both = evaluatePair({ ...mentor, preferences: ['Safe-Space:Women'] }, safe, 'mentor', { referenceDate: JAN });
    expect(both.feasible).toBe(true);
    expect(both.reasons.find((r) => r.code === 'shared-preference')?.values).toEqual(['safe-space:women']);
    const excluded = evaluatePair(mentor, mentee, 'mentor', { exclusions: [['bayo', 'ada']] });
    expect(excluded.reasons[0]?.code).toBe('excluded');
    expect(evaluatePair(mentor, mentor, 'peer').reasons[0]?.code).toBe('same-person');
  });

  it('penalises repeats, more when they were the previous round', () => {
    const base = evaluatePair(mentor, mentee, 'mentor', { referenceDate: JAN, round: 5 }).score;
    const old = evaluatePair(mentor, mentee, 'mentor', {
      referenceDate: JAN,
      round: 5,
      history: [['ada', 'bayo', { count: 1, lastRound: 1 }]],
    });
    const recent = evaluatePair(mentor, mentee, 'mentor', {
      referenceDate: JAN,
      round: 5,
      history: [['ada', 'bayo', { count: 1, lastRound: 4 }]],
    });
    expect(old.score).toBe(base - 30);
    expect(recent.score).toBe(base - 50);
    expect(recent.reasons.find((r) => r.code === 'repeat')?.values).toEqual(['1', '4']);
  });

  it('computes waking-hours overlap from IANA offsets, across midnight', () => {
    expect(utcOffsetMinutes('Asia/Kolkata', JAN)).toBe(330);
    expect(utcOffsetMinutes('America/Los_Angeles', JAN)).toBe(-480);
    expect(utcOffsetMinutes('America/Los_Angeles', new Date('2026-07-01T12:00:00Z'))).toBe(-420);
    expect(utcOffsetMinutes('Not/AZone', JAN)).toBeNull();
    // Tokyo (+9) and Los Angeles (-8): 23:00–13:00 vs 16:00–06:00 UTC share 23:00–06:00.
    expect(wakingOverlapMinutes(540, -480, 480, 1320)).toBe(7 * 60);
    expect(wakingOverlapMinutes(0, 0, 480, 1320)).toBe(14 * 60);
    // 12 hours apart: 08–22 and 20–10 UTC share 20–22 and 08–10.
    expect(wakingOverlapMinutes(0, 720, 480, 1320)).toBe(4 * 60);
    const e = evaluatePair(
      { ...mentor, timezone: 'Asia/Tokyo' },
      { ...mentee, timezone: 'America/Los_Angeles' },
      'mentor',
      { referenceDate: JAN },
    );
    expect(e.reasons.find((r) => r.code === 'timezone-overlap')).toEqual({
      code: 'timezone-overlap',
      values: ['7'],
      points: 7.5,
    });
  });
});

describe('maxWeightAssignment', () => {
  it('equals brute force on random capacitated graphs', () => {
    const random = seededRandom('graphs');
    for (let t = 0; t < 300; t++) {
      const rows = 1 + Math.floor(random() * 6);
      const cols = 1 + Math.floor(random() * 4);
      const capacity = Int32Array.from({ length: cols }, () => Math.floor(random() * 3));
      const rowStart = new Int32Array(rows + 1);
      const edgeCol: number[] = [];
      const edgeWeight: number[] = [];
      const w: (number | null)[][] = [];
      for (let r = 0; r < rows; r++) {
        w.push([]);
        for (let c = 0; c < cols; c++) {
          const has = random() < 0.7;
          w[r]!.push(has ? 1 + Math.floor(random() * 20) : null);
          if (has) {
            edgeCol.push(c);
            edgeWeight.push(w[r]![c]!);
          }
        }
        rowStart[r + 1] = edgeCol.length;
      }
      const graph = {
        rows,
        cols,
        capacity,
        rowStart,
        edgeCol: Int32Array.from(edgeCol),
        edgeWeight: Float64Array.from(edgeWeight),
      };
      const order = Int32Array.from({ length: rows }, (_, i) => rows - 1 - i);
      const got = maxWeightAssignment(graph, order);
      let best = 0;
      const load = new Array(cols).fill(0);
      const walk = (r: number, total: number): void => {
        if (r === rows) {
          best = Math.max(best, total);
          return;
        }
        walk(r + 1, total);
        for (let c = 0; c < cols; c++) {
          if (w[r]![c] === null || load[c] >= capacity[c]!) continue;
          load[c]++;
          walk(r + 1, total + w[r]![c]!);
          load[c]--;
        }
      };
      walk(0, 0);
      expect(got.totalWeight).toBe(best);
      const used = new Array(cols).fill(0);
      for (const e of got.rowEdge) if (e >= 0) used[graph.edgeCol[e]!]++;
      for (let c = 0; c < cols; c++) expect(used[c]).toBeLessThanOrEqual(capacity[c]!);
    }
  });
});

describe('assignMentors', () => {
  it('matches the brute-force optimum (most pairs, then best total) on random instances', () => {
    const random = seededRandom('mentors');
    let nonTrivial = 0;
    for (let t = 0; t < 150; t++) {
      const nMentees = 1 + Math.floor(random() * 7);
      const nMentors = 1 + Math.floor(random() * 4);
      const mentees = Array.from({ length: nMentees }, (_, i) => randomProfile(random, `e${i}`));
      const mentors = Array.from({ length: nMentors }, (_, i) => randomProfile(random, `m${i}`));
      const context = randomContext(
        random,
        [...mentees, ...mentors].map((p) => p.id),
        0.2,
      );
      const result = assignMentors(mentees, mentors, { seed: t, context });
      const best = bruteForceMentors(mentees, mentors, context);
      expect({ matched: result.stats.matched, totalScaled: result.stats.totalScaled }).toEqual(best);
      // Pruned to one mentor per mentee, the pricing rounds must still reach the optimum.
      const priced = assignMentors(mentees, mentors, { seed: t, context, topK: 1 });
      expect({ matched: priced.stats.matched, totalScaled: priced.stats.totalScaled }).toEqual(best);
      expect(priced.stats.certified).toBe(true);
      if (best.matched > 1) nonTrivial++;

      // Capacities never exceeded, infeasible pairs never made, everyone accounted for once.
      const space = new MatchSpace(context);
      const byId = new Map([...mentees, ...mentors].map((p) => [p.id, p]));
      const load = new Map<string, number>();
      for (const p of result.pairs) {
        load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
        const e = space.evaluate(space.compile(byId.get(p.mentorId)!), space.compile(byId.get(p.menteeId)!), 'mentor');
        expect(e.feasible).toBe(true);
        expect(p.score).toBe(e.score);
      }
      for (const m of mentors) expect(load.get(m.id) ?? 0).toBeLessThanOrEqual(m.mentoringCapacity!);
      const seen = [...result.pairs.map((p) => p.menteeId), ...result.unmatched.map((u) => u.menteeId)].sort();
      expect(seen).toEqual(mentees.map((m) => m.id).sort());
    }
    expect(nonTrivial).toBeGreaterThan(50);
  });

  it('is deterministic per seed, and the seed only breaks ties', () => {
    const random = seededRandom('determinism');
    const mentees = Array.from({ length: 60 }, (_, i) => randomProfile(random, `e${i}`));
    const mentors = Array.from({ length: 12 }, (_, i) => randomProfile(random, `m${i}`, 6));
    const context = { referenceDate: JAN };
    const a = assignMentors(mentees, mentors, { seed: 'x', context });
    const b = assignMentors(mentees, mentors, { seed: 'x', context });
    expect(b).toEqual(a);
    const c = assignMentors(mentees, mentors, { seed: 'y', context });
    expect(c.stats.totalScaled).toBe(a.stats.totalScaled);
    expect(c.stats.matched).toBe(a.stats.matched);
  });

  it('says why a mentee is unmatched', () => {
    const mentees: MatchProfile[] = [
      { ...mentee, id: 'x1' },
      { ...mentee, id: 'x2' },
      { ...mentee, id: 'x3' },
      { ...mentee, id: 'lonely', languages: ['ar'] },
    ];
    const result = assignMentors(mentees, [mentor], { seed: 1, context: { referenceDate: JAN } });
    expect(result.stats.matched).toBe(2);
    expect(result.pairs.every((p) => p.mentorId === 'ada')).toBe(true);
    expect(result.unmatched.find((u) => u.menteeId === 'lonely')).toEqual({
      menteeId: 'lonely',
      reason: 'no-feasible-mentor',
      feasibleMentors: 0,
    });
    expect(result.unmatched.filter((u) => u.reason === 'all-feasible-mentors-full')).toHaveLength(1);
    expect(result.pairs[0]?.reasons.find((r) => r.code === 'shared-language')?.values).toEqual(['yo']);
  });

  it('never pairs a mentor with themselves, and skips mentors without capacity', () => {
    const both = { ...mentor, id: 'both', mentoringCapacity: 1 };
    const full = { ...mentor, id: 'off', mentoringCapacity: 0 };
    const result = assignMentors([both, { ...mentee, id: 'm' }], [both, full], {
      seed: 1,
      context: { referenceDate: JAN },
    });
    expect(result.pairs.map((p) => `${p.menteeId}-${p.mentorId}`)).toEqual(['m-both']);
    expect(result.unmatched).toEqual([{ menteeId: 'both', reason: 'no-feasible-mentor', feasibleMentors: 0 }]);
  });

  it('prefers one more pair over a better total', () => {
    // A is great with M1 and fine with M2; B only fits M1. Max score alone
    // would give M1 to A (and leave B out if M2 is full of nobody); we match both.
    const m1 = { ...mentor, id: 'm1', mentoringCapacity: 1 };
    const m2 = { ...mentor, id: 'm2', mentoringCapacity: 1, languages: ['fr'], region: null, topics: [] };
    const a = { ...mentee, id: 'a' };
    const b = { ...mentee, id: 'b', languages: ['yo'] };
    const result = assignMentors([a, b], [m1, m2], { seed: 3, context: { referenceDate: JAN } });
    expect(result.pairs.map((p) => `${p.menteeId}-${p.mentorId}`).sort()).toEqual(['a-m2', 'b-m1']);
  });

  it('pruning to top K then pricing left-out edges reaches the full-graph optimum', () => {
    const random = seededRandom('prune');
    const mentees = Array.from({ length: 300 }, (_, i) => randomProfile(random, `e${i}`));
    const mentors = Array.from({ length: 40 }, (_, i) => randomProfile(random, `m${i}`, 8));
    const context = { referenceDate: JAN };
    const full = assignMentors(mentees, mentors, { seed: 1, context, topK: Number.POSITIVE_INFINITY });
    expect(full.stats.pruned).toBe(false);
    for (const topK of [1, 2, 4, 8]) {
      const priced = assignMentors(mentees, mentors, { seed: 1, context, topK });
      expect(priced.stats.pruned).toBe(true);
      expect(priced.stats.matched).toBe(full.stats.matched);
      expect(priced.stats.totalScaled).toBe(full.stats.totalScaled);
      const rough = assignMentors(mentees, mentors, { seed: 1, context, topK, exact: false });
      expect(rough.stats.certified).toBe(false);
      expect(rough.stats.matched).toBeLessThanOrEqual(full.stats.matched);
      if (rough.stats.matched === full.stats.matched) {
        expect(rough.stats.totalScaled).toBeLessThanOrEqual(full.stats.totalScaled);
      }
    }
  });
});
