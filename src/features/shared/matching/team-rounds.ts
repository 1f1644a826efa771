// Rounds across teams (a network's cross-cohort rounds, where a member's team
// is their cohort): the peer-round engine, made to scale. planPeerRound builds
// an n×n weight matrix (10,000 people would need several GB), so people are
// first cut into blocks of at most `blockSize` who are likely to fit: by
// first language, then by first topic, and within a topic taking the teams in
// turn, so that every block mixes teams; up to `blockSize` people are one block. Each block is one ordinary peer round
// (same-team pairs only when the block allows nothing else). A repair pass then
// re-plans together everyone who was left alone or grouped with someone of their
// own team, across blocks, and keeps that only when it does better.
//
// Small rounds (up to one block) are a single exact-tier peer round.

import type { PeerGroup, PeerMember, PeerRound, PeerRoundOptions } from './peer-rounds.ts';
import { eligibleOf, planPeerRound } from './peer-rounds.ts';
import type { HistoryEntry, MatchContext } from './types.ts';

/** Largest block one peer round plans (its weight matrix is blockSize² entries). */
export const TEAM_BLOCK_SIZE = 200;

export interface TeamRoundOptions extends PeerRoundOptions {
  blockSize?: number;
}

export interface TeamRound extends PeerRound {
  /** Groups holding two people of one team (0 whenever another split was possible within a block). */
  sameTeamPairs: number;
  blocks: number;
}

/** Pairs of one team inside a group. */
function sameTeamPairsOf(group: PeerGroup, teamOf: Map<string, string | undefined>): number {
  let count = 0;
  const ids = group.memberIds;
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const t = teamOf.get(ids[a]!);
      if (t !== undefined && t === teamOf.get(ids[b]!)) count++;
    }
  }
  return count;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Cut people into blocks of similar people: first language, first topic, teams taken in turn. */
export function blocksOf(members: readonly PeerMember[], blockSize: number): PeerMember[][] {
  const byLanguage = new Map<string, PeerMember[]>();
  for (const m of members) {
    const key = m.languages[0] ?? '';
    pushTo(byLanguage, key, m);
  }
  // One sequence (languages, largest first; topics; teams in turn), cut into
  // blocks of equal size: a block may hold the end of one language and the
  // start of the next (the engine keeps them apart where they share nothing).
  const ordered: PeerMember[] = [];
  const languages = [...byLanguage.values()].sort((a, b) => b.length - a.length);
  for (const list of languages) {
    const byTopic = new Map<string, Map<string, PeerMember[]>>();
    for (const m of list) {
      const topic = m.topics[0]?.toLocaleLowerCase() ?? '';
      const teams = byTopic.get(topic) ?? new Map<string, PeerMember[]>();
      byTopic.set(topic, teams);
      pushTo(teams, m.team ?? m.id, m);
    }
    // Topics in a stable order, the unknown last; within one, teams in turn.
    const topics = [...byTopic.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
    for (const topic of topics) {
      const queues = [...byTopic.get(topic)!.values()];
      for (let i = 0, left = true; left; i++) {
        left = false;
        for (const q of queues) {
          if (i < q.length) {
            ordered.push(q[i]!);
            left = true;
          }
        }
      }
    }
  }
  const blocks: PeerMember[][] = [];
  const count = Math.max(1, Math.ceil(ordered.length / blockSize));
  // Even blocks, so that only the last can be odd: one triad in the round, as in a cohort's.
  const even = (x: number) => x + (x % 2);
  const size = count === 1 ? ordered.length : even(Math.ceil(ordered.length / count));
  for (let at = 0; at < ordered.length; at += size) blocks.push(ordered.slice(at, at + size));
  const last = blocks.at(-1);
  if (blocks.length > 1 && last && last.length < 2) blocks[blocks.length - 2]!.push(...blocks.pop()!);
  return blocks;
}

/** Index history and exclusions by block once, so each block gets only its own. */
function splitContext(context: MatchContext | undefined, blockOf: Map<string, number>, blocks: number) {
  const exclusions: Array<Array<readonly [string, string]>> = Array.from({ length: blocks }, () => []);
  const history: Array<Array<readonly [string, string, HistoryEntry]>> = Array.from({ length: blocks }, () => []);
  for (const pair of context?.exclusions ?? []) {
    const b = blockOf.get(pair[0]);
    if (b !== undefined && b === blockOf.get(pair[1])) exclusions[b]!.push(pair);
  }
  for (const entry of context?.history ?? []) {
    const b = blockOf.get(entry[0]);
    if (b !== undefined && b === blockOf.get(entry[1])) history[b]!.push(entry);
  }
  return (b: number): MatchContext => ({ ...context, exclusions: exclusions[b], history: history[b] });
}

function planBlocks(members: readonly PeerMember[], options: TeamRoundOptions, tag: string) {
  const blockSize = options.blockSize ?? TEAM_BLOCK_SIZE;
  const blocks = blocksOf(members, blockSize);
  const blockOf = new Map<string, number>();
  blocks.forEach((block, b) => {
    for (const m of block) blockOf.set(m.id, b);
  });
  const contextOf = splitContext(options.context, blockOf, blocks.length);
  const groups: PeerGroup[] = [];
  const unplaced: PeerRound['unplaced'] = [];
  let exact = true;
  let improvements = 0;
  blocks.forEach((block, b) => {
    const round = planPeerRound(block, { ...options, seed: `${options.seed ?? 0}:${tag}${b}`, context: contextOf(b) });
    groups.push(...round.groups);
    unplaced.push(...round.unplaced);
    exact &&= round.stats.exact;
    improvements += round.stats.improvements;
  });
  return { groups, unplaced, blocks: blocks.length, exact, improvements };
}

export function planTeamRound(members: readonly PeerMember[], options: TeamRoundOptions = {}): TeamRound {
  const { skipped, eligible } = eligibleOf(members);
  const teamOf = new Map(eligible.map((m) => [m.id, m.team]));
  const first = planBlocks(eligible, options, '');
  let { groups, unplaced } = first;
  const badness = (gs: PeerGroup[], un: PeerRound['unplaced']) => ({
    unplaced: un.length,
    same: gs.reduce((s, g) => s + sameTeamPairsOf(g, teamOf), 0),
  });

  // Repair across blocks: the people left alone or grouped within their team, planned together.
  if (first.blocks > 1) {
    const bad = groups.filter((g) => sameTeamPairsOf(g, teamOf) > 0);
    const again = new Set([...bad.flatMap((g) => g.memberIds), ...unplaced.map((u) => u.memberId)]);
    if (again.size >= 2) {
      const second = planBlocks(
        eligible.filter((m) => again.has(m.id)),
        options,
        'repair',
      );
      const before = badness(bad, unplaced);
      const after = badness(second.groups, second.unplaced);
      if (after.unplaced < before.unplaced || (after.unplaced === before.unplaced && after.same < before.same)) {
        groups = [...groups.filter((g) => !bad.includes(g)), ...second.groups];
        unplaced = second.unplaced;
      }
    }
  }
  const stats = { repeats: 0, totalScore: 0, exact: first.exact, improvements: first.improvements };
  for (const g of groups) {
    stats.totalScore += g.score;
    stats.repeats += g.pairs.filter((p) => p.repeat).length;
  }
  return { groups, skipped, unplaced, stats, sameTeamPairs: badness(groups, []).same, blocks: first.blocks };
}
