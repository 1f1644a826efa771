// Peer rounds: every N weeks (or on /pair peers) the cohort's active members
// are split into pairs, with one triad when the count is odd, avoiding the
// pairs of earlier rounds for as long as possible. The round is announced in
// the group and by DM; after the follow-up days each member is asked "did you
// meet?" with Yes / No / Not yet, and /pair stats counts the answers.
//
// Like check-ins, the rhythm is one delayed job per round
// ("peer-round-<cohort>-<ms>"), planned from PeerRoundSettings.nextDueAt; the
// job moves nextDueAt on before it runs the round, so a repeated or stale job
// (rounds turned off, or re-planned) finds another time there and does nothing.

import type { Context } from '../../core/context.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import { maySee } from '../../core/privacy.ts';
import type { ActionToken, Cohort, MemberWithAccount, PeerAnswer, PeerRound } from '../../core/store.ts';
import { formatDateTimeZoned } from '../../core/validate.ts';
import { listOf } from '../../core/words.ts';
import { coordinatorsOf } from '../shared/coordinators.ts';
import { historyOfRounds, type PeerMember, planPeerRound } from '../shared/matching/index.ts';
import { avoidances, explain, greetingOf, linkOf, nameOf, profileOf } from './plan.ts';

export const ROUND_JOB = 'pairing.round';
export const FOLLOW_UP_JOB = 'pairing.followup';
export const MET_ACTION = 'pairing.met';

const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
/** How long the "did you meet?" buttons stay valid. */
const MET_TTL_MS = 14 * DAY_MS;
export const DEFAULT_FOLLOW_UP_DAYS = 3;
export const MAX_WEEKS = 12;
export const MAX_FOLLOW_UP_DAYS = 14;
const ANSWERS: readonly PeerAnswer[] = ['yes', 'no', 'not-yet'];

export const roundJobId = (cohortId: string, dueAt: Date) => `peer-round-${cohortId}-${dueAt.getTime()}`;
const followUpJobId = (roundId: string) => `peer-followup-${roundId}`;

export function scheduleRound(job: JobContext, cohortId: string, dueAt: Date): Promise<void> {
  return job.scheduler.schedule({
    id: roundJobId(cohortId, dueAt),
    name: ROUND_JOB,
    data: { cohortId, dueAt: dueAt.toISOString() },
    runAt: dueAt,
  });
}

function scheduleFollowUp(job: JobContext, round: PeerRound): Promise<void> {
  return job.scheduler.schedule({
    id: followUpJobId(round.id),
    name: FOLLOW_UP_JOB,
    data: { roundId: round.id },
    runAt: round.followUpAt,
  });
}

/** Earlier rounds as the engine's history (features/shared/matching/history.ts). */
function historyOf(rounds: PeerRound[]) {
  return historyOfRounds(
    rounds.map((r) => ({ number: r.number, groups: r.groups.map((g) => g.members.map((m) => m.membershipId)) })),
  );
}

/**
 * Plan, store and announce a round. Null when fewer than two active members
 * can take part.
 */
export async function runPeerRound(job: JobContext, cohort: Cohort): Promise<PeerRound | null> {
  const { store, clock } = job;
  const people = await store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  const members = new Map(people.map((m) => [m.id, m]));
  const earlier = await store.peerRounds.ofCohort(cohort.id);
  const number = (earlier.at(-1)?.number ?? 0) + 1;
  const plan = planPeerRound(
    people.map((m): PeerMember => ({ ...profileOf(m, cohort, 0), status: m.status })),
    {
      seed: `${cohort.id}:${number}`,
      context: {
        history: historyOf(earlier),
        exclusions: avoidances(people),
        round: number,
        referenceDate: clock.now(),
      },
    },
  );
  if (plan.groups.length === 0) return null;
  const settings = await store.peerRounds.settings(cohort.id);
  const followUpDays = settings?.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS;
  const round = await store.peerRounds.create({
    cohortId: cohort.id,
    followUpAt: new Date(clock.now().getTime() + followUpDays * DAY_MS),
    groups: plan.groups.map((g) => g.memberIds),
    createdAt: clock.now(),
  });
  await scheduleFollowUp(job, round);

  const { locale } = cohort;
  const lines = [job.t(locale, 'pair-round-title', { number: round.number, name: cohort.name })];
  for (const group of plan.groups) {
    const names = listOf(
      cohort.locale,
      group.memberIds.map((id) => linkOf(members.get(id)!)),
    );
    // A pair's reasons; a triad is three pairs, so it is only named.
    const pair = group.pairs.length === 1 ? group.pairs[0] : undefined;
    lines.push(
      pair
        ? job.t(locale, 'pair-round-line-why', { names, reasons: explain(job.services, locale, pair.reasons) })
        : job.t(locale, 'pair-round-line', { names }),
    );
  }
  // Who found no partner singles them out (and may follow from their /avoid list
  // or preferences): by name only where the cohort chose so, else a count.
  const unplaced = plan.unplaced.map((left) => members.get(left.memberId)!);
  const named = maySee('participation', { kind: 'group', namesInGroup: cohort.namesInGroup });
  if (named) for (const left of unplaced) lines.push(job.t(locale, 'pair-round-unplaced', { who: nameOf(left) }));
  else if (unplaced.length > 0) lines.push(job.t(locale, 'pair-round-unplaced-count', { count: unplaced.length }));
  // Read by the whole group, whatever their own zone: the offset is part of the time.
  const followUp = formatDateTimeZoned(round.followUpAt, locale, cohort.timezone);
  lines.push('', job.t(locale, 'pair-round-follow-up', { when: followUp }));
  const chat = await job.cohortChat(cohort);
  if (chat) await job.post(chat, { html: lines.join('\n') }, `peer-round-${round.id}`);

  // Each member also hears it in private, where the bot may write to them (the group already knows).
  for (const group of plan.groups) {
    for (const id of group.memberIds) {
      const member = members.get(id)!;
      // Each partner as a link that opens them: someone without a @username is reachable too.
      const others = group.memberIds.filter((o) => o !== id).map((o) => linkOf(members.get(o)!));
      await job.tell(
        cohort,
        member,
        `peer-round-${round.id}-${id}`,
        async (to) => ({
          html: to.t('pair-round-dm', {
            person: member.account.displayName,
            others: listOf(to.locale, others),
            name: cohort.name,
            number: round.number,
          }),
        }),
        { inGroup: false },
      );
    }
  }
  await tellUnplaced(job, cohort, round, unplaced, people, named);
  return round;
}

/**
 * Those who found no partner hear it in private; when the group was not told
 * their names, the coordinators are, in private (never in the group).
 */
async function tellUnplaced(
  job: JobContext,
  cohort: Cohort,
  round: PeerRound,
  unplaced: MemberWithAccount[],
  people: MemberWithAccount[],
  namedInGroup: boolean,
): Promise<void> {
  if (unplaced.length === 0) return;
  for (const member of unplaced) {
    await job.tell(
      cohort,
      member,
      `peer-round-${round.id}-unplaced-${member.id}`,
      async (to) => ({
        html: to.t('pair-round-unplaced-dm', {
          person: member.account.displayName,
          name: cohort.name,
          number: round.number,
        }),
      }),
      { inGroup: false },
    );
  }
  if (namedInGroup) return;
  for (const coordinator of await coordinatorsOf(job, cohort, people)) {
    await job.tell(
      cohort,
      coordinator,
      `peer-round-${round.id}-unplaced-to-${coordinator.id}`,
      async (to) => ({
        html: to.t('pair-round-unplaced-coordinators', {
          name: cohort.name,
          number: round.number,
          count: unplaced.length,
          names: listOf(to.locale, unplaced.map(nameOf)),
        }),
      }),
      { inGroup: false },
    );
  }
}

/** The round's follow-up: each member is asked whether they met, with one token of their own. */
export async function followUpJob(data: JobData, job: JobContext): Promise<void> {
  const { store, clock } = job;
  const round = await store.peerRounds.byId(String(data.roundId));
  const cohort = round ? await store.cohorts.byId(round.cohortId) : null;
  if (!round || !cohort || cohort.status === 'archived') return;
  if (!(await store.peerRounds.markFollowedUp(round.id, clock.now()))) return;
  const people = await store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  const members = new Map(people.map((m) => [m.id, m]));
  const expiresAt = new Date(clock.now().getTime() + MET_TTL_MS);
  for (const group of round.groups) {
    for (const { membershipId } of group.members) {
      const member = members.get(membershipId);
      if (!member) continue;
      const others = group.members
        .filter((o) => o.membershipId !== membershipId)
        .map((o) => members.get(o.membershipId))
        .filter((o): o is MemberWithAccount => o !== undefined)
        .map(linkOf);
      if (others.length === 0) continue;
      await job.tell(cohort, member, `peer-met-${group.id}-${membershipId}`, async (to) => ({
        html: to.t('pair-met-question', {
          person: greetingOf(member, to.inGroup),
          others: listOf(to.locale, others),
          name: cohort.name,
          number: round.number,
        }),
        buttons: [
          await to.choices(
            MET_ACTION,
            ANSWERS.map((answer) => ({ label: to.t(`button-pair-met-${answer}`), choice: answer })),
            { payload: { roundId: round.id, groupId: group.id, membershipId }, expiresAt },
          ),
        ],
      }));
    }
  }
}

/** Yes / No / Not yet, pressed by the member. "Not yet" keeps the buttons for a later answer. */
export async function answerMet(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  const answer = ANSWERS.find((a) => a === choice);
  if (!answer) return ctx.t('action-stale');
  const now = ctx.services.clock.now();
  const recorded = await ctx.store.peerRounds.answer(
    String(token.payload.groupId),
    String(token.payload.membershipId),
    answer,
    now,
  );
  if (!recorded) return ctx.t('action-stale');
  if (answer !== 'not-yet') await ctx.store.actionTokens.consume(token.id, now);
  return ctx.t(`pair-met-thanks-${answer}`);
}

/** The round is due: move the rhythm on, then run it (not in a paused cohort). */
export async function roundJob(data: JobData, job: JobContext): Promise<void> {
  const { store, clock } = job;
  const cohortId = String(data.cohortId);
  const dueAt = new Date(String(data.dueAt));
  const [settings, cohort] = await Promise.all([store.peerRounds.settings(cohortId), store.cohorts.byId(cohortId)]);
  if (!settings || !cohort || cohort.status === 'archived' || settings.everyWeeks <= 0) return;
  if (settings.nextDueAt?.getTime() !== dueAt.getTime()) return;
  // Rounds missed while the bot was down are not made up: the next one is in the future.
  let next = dueAt.getTime() + settings.everyWeeks * WEEK_MS;
  while (next <= clock.now().getTime()) next += settings.everyWeeks * WEEK_MS;
  if (!(await store.peerRounds.advance(cohortId, dueAt, new Date(next)))) return;
  await scheduleRound(job, cohortId, new Date(next));
  if (cohort.status !== 'active') return;
  const round = await runPeerRound(job, cohort);
  if (!round) job.log.info({ cohortId }, 'peer round skipped: fewer than two active members');
}

/**
 * At start: every cohort with rounds on has the job of its next round, and
 * every round whose follow-up has not gone out has its follow-up job.
 * Returns how many were planned.
 */
export async function reconcilePeerRounds(job: JobContext): Promise<number> {
  let planned = 0;
  for (const settings of await job.store.peerRounds.scheduled()) {
    if (!settings.nextDueAt) continue;
    await scheduleRound(job, settings.cohortId, settings.nextDueAt);
    planned++;
  }
  for (const round of await job.store.peerRounds.awaitingFollowUp()) {
    await scheduleFollowUp(job, round);
    planned++;
  }
  return planned;
}
