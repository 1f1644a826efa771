// The cross-cohort round's engine (features/shared/matching/team-rounds.ts):
// no same-cohort pair when another split exists, also in blocks above 200
// people; same-cohort pairs only as many as the numbers force; /avoid holds
// across cohorts (by person).

import { describe, expect, it } from 'vitest';
import type { NetworkMeetParticipant } from '../../src/core/store.ts';
import { avoidancesAcross } from '../../src/features/network/matching-profile.ts';
import { type PeerMember, planTeamRound } from '../../src/features/shared/matching/index.ts';

const member = (id: string, team: string, languages = ['en'], topics: string[] = []): PeerMember => ({
  id,
  team,
  languages,
  topics,
  region: null,
  timezone: 'UTC',
});

describe('cross-cohort rounds', () => {
  it('places 1,001 people of 50 cohorts in blocks without one same-cohort pair', () => {
    const langs = ['en', 'fr', 'sw'];
    const people = Array.from({ length: 1001 }, (_, i) =>
      member(`p${i}`, `c${i % 50}`, i % 4 === 0 ? [langs[i % 3]!, 'en'] : [langs[(i % 50) % 3]!], [`t${i % 7}`]),
    );
    const round = planTeamRound(people, { seed: 'x', blockSize: 200 });
    expect(round.blocks).toBeGreaterThan(1);
    expect(round.unplaced).toEqual([]);
    expect(round.sameTeamPairs).toBe(0);
    expect(round.groups.flatMap((g) => g.memberIds).sort()).toEqual(people.map((p) => p.id).sort());
    expect(round.groups.filter((g) => g.memberIds.length === 3)).toHaveLength(1);
  });

  it('makes only the same-cohort pairs the numbers force', () => {
    // Ten of A and two of B: B's two meet two of A; the other eight of A can only meet each other.
    const people = [
      ...Array.from({ length: 10 }, (_, i) => member(`a${i}`, 'A')),
      member('b0', 'B'),
      member('b1', 'B'),
    ];
    const round = planTeamRound(people, { seed: 'y' });
    expect(round.sameTeamPairs).toBe(4);
    for (const g of round.groups) {
      if (g.memberIds.some((id) => id.startsWith('b')))
        expect(g.memberIds.filter((id) => id.startsWith('a'))).toHaveLength(1);
    }
  });

  it('keeps an /avoid across cohorts: the avoided person, wherever they opted in', () => {
    const p = (id: string, cohortId: string, accountId: string, avoid: string[] = []) =>
      ({ id, cohortId, accountId, avoid }) as unknown as NetworkMeetParticipant;
    // Bob avoids Carol's Lagos membership; Carol opted in through Accra.
    const people = [
      p('bob-l', 'lagos', 'bob', ['carol-l']),
      p('carol-a', 'accra', 'carol'),
      p('dan-l', 'lagos', 'dan'),
      p('esi-a', 'accra', 'esi'),
    ];
    const exclusions = avoidancesAcross(people, new Map([['carol-l', 'carol']]));
    expect(exclusions).toEqual([['bob-l', 'carol-a']]);
    const round = planTeamRound(
      people.map((x) => member(x.id, x.cohortId)),
      { seed: 'z', context: { exclusions } },
    );
    expect(round.groups.map((g) => [...g.memberIds].sort())).toContainEqual(['bob-l', 'esi-a']);
    expect(round.groups.map((g) => [...g.memberIds].sort())).toContainEqual(['carol-a', 'dan-l']);
  });
});
