// One cross-cohort round of a network: the opted-in members (each person once,
// through the first cohort they opted in with), the engine with their cohort
// as their team, the round stored as history, and an introduction to each
// person in private, in their own language (matching-intro.ts). Someone the
// bot cannot write to first (Telegram, never started the bot) is not told in
// any group: their partner has their contact and writes to them.

import type { JobContext } from '../../core/job-context.ts';
import type { Network, NetworkMeetParticipant, NetworkMeetRound } from '../../core/store.ts';
import { historyOfRounds, planTeamRound } from '../shared/matching/index.ts';
import { introduction, nobodyThisTime } from './matching-intro.ts';
import { avoidancesAcross, meetProfile } from './matching-profile.ts';

/** Rounds of history that keep people from meeting the same person again. */
const HISTORY_ROUNDS = 12;

export interface MeetRoundResult {
  round: NetworkMeetRound;
  people: number;
  unplaced: number;
  /** Groups holding two people of one cohort (nobody else fitted them). */
  sameCohort: number;
  /** People the bot could not write to in private. */
  unreached: number;
  /** Milliseconds per phase (for logs and bench/network.ts). */
  timings: { read: number; plan: number; store: number; introduce: number };
}

/** Each account once: the first of their opted-in memberships (the oldest opt-in). */
function onePerPerson(rows: NetworkMeetParticipant[]): NetworkMeetParticipant[] {
  const seen = new Set<string>();
  return rows.filter((p) => !seen.has(p.accountId) && seen.add(p.accountId));
}

/** Plan and store a round (no messages); null when fewer than two people can take part. */
export async function planMeetRound(job: JobContext, network: Network) {
  const timings = { read: 0, plan: 0, store: 0, introduce: 0 };
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return Math.round(ms);
  };
  const people = onePerPerson(await job.store.networkMeet.participants(network.id));
  if (people.length < 2) return null;
  const earlier = await job.store.networkMeet.recentRounds(network.id, HISTORY_ROUNDS);
  const number = (earlier.at(-1)?.number ?? 0) + 1;
  // Avoided people are memberships of the avoider's own cohort: their accounts.
  const avoided = [...new Set(people.flatMap((p) => p.avoid))];
  const accountOf = await job.store.networkMeet.accountsOf(avoided);
  const now = job.clock.now();
  timings.read = lap();
  const plan = planTeamRound(people.map(meetProfile), {
    seed: `${network.id}:${number}`,
    context: {
      history: historyOfRounds(earlier),
      exclusions: avoidancesAcross(people, accountOf),
      round: number,
      referenceDate: now,
    },
  });
  timings.plan = lap();
  if (plan.groups.length === 0) return { people, plan, round: null, timings };
  const round = await job.store.networkMeet.createRound({
    networkId: network.id,
    groups: plan.groups.map((g) => g.memberIds),
    at: now,
  });
  timings.store = lap();
  return { people, plan, round, timings };
}

/** Plan, store and introduce; null when nobody could be grouped. */
export async function runMeetRound(job: JobContext, network: Network): Promise<MeetRoundResult | null> {
  const planned = await planMeetRound(job, network);
  if (!planned?.round) return null;
  const { people, plan, round, timings } = planned;
  const started = performance.now();
  const byId = new Map(people.map((p) => [p.id, p]));
  // Straight to each person's private chat (job.dm: no group fallback, no chat
  // row per person: an introduction has no buttons), in their own language.
  let unreached = 0;
  // Negotiating a language is not free; most people share a few combinations.
  const locales = new Map<string, string>();
  const localeOf = (p: NetworkMeetParticipant) => {
    const key = `${p.account.locale ?? ''}|${p.account.localeHint ?? ''}|${p.cohort.locale}`;
    let locale = locales.get(key);
    if (!locale) {
      locale = job.localeFor(p.account, p.cohort);
      locales.set(key, locale);
    }
    return locale;
  };
  for (const group of plan.groups) {
    for (const id of group.memberIds) {
      const me = byId.get(id)!;
      const others = group.memberIds.filter((o) => o !== id).map((o) => byId.get(o)!);
      const locale = localeOf(me);
      const html = introduction(job, locale, network, me, others);
      if (!(await job.dm(me.account, { html }, `network-meet-${round.id}-${me.id}`))) unreached++;
    }
  }
  for (const left of plan.unplaced) {
    const me = byId.get(left.memberId)!;
    const html = nobodyThisTime(job, localeOf(me), network, me);
    if (!(await job.dm(me.account, { html }, `network-meet-${round.id}-${me.id}-nobody`))) unreached++;
  }
  timings.introduce = Math.round(performance.now() - started);
  job.log.info({ networkId: network.id, round: round.number, people: people.length, ...timings }, 'network round');
  return {
    round,
    timings,
    people: people.length,
    unplaced: plan.unplaced.length,
    sameCohort: plan.sameTeamPairs,
    unreached,
  };
}

/** The coordinator's summary of a round: counts only. */
export function roundSummary(
  t: (id: string, args: Record<string, string | number>) => string,
  network: Network,
  result: MeetRoundResult,
): string {
  return t('network-round-done', {
    name: network.name,
    number: result.round.number,
    groups: result.round.groups.length,
    people: result.people,
    unplaced: result.unplaced,
    same: result.sameCohort,
    unreached: result.unreached,
  });
}
