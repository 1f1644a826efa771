// The commands of peer rounds: /pair peers (a round now), /pair rounds (the
// rhythm) and /pair stats (the "did you meet?" answers per round, a
// coordinator view sent in private). The rounds themselves are in rounds.ts.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { Cohort, PeerAnswer, PeerRound } from '../../core/store.ts';
import { formatDateTime, formatDateTimeZoned } from '../../core/validate.ts';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  MAX_FOLLOW_UP_DAYS,
  MAX_WEEKS,
  roundJobId,
  runPeerRound,
  scheduleRound,
  WEEK_MS,
} from './rounds.ts';

function requireCohort(ctx: Context): Cohort {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  return ctx.cohort;
}

/** /pair peers: a round now. */
export async function peersNow(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = requireCohort(ctx);
  if (cohort.status !== 'active') throw new UserError('pair-peers-error-paused', { name: cohort.name });
  const round = await runPeerRound(ctx.job, cohort);
  if (!round) throw new UserError('pair-peers-error-too-few');
  await ctx.audit('pair.peers', { roundId: round.id, groups: round.groups.length });
}

/** "2w" → 2; null when unreadable or out of range. */
function parseWeeks(text: string | undefined): number | null {
  const match = /^(\d{1,2})\s*w$/i.exec(text?.trim() ?? '');
  const weeks = match ? Number(match[1]) : 0;
  return weeks >= 1 && weeks <= MAX_WEEKS ? weeks : null;
}

/** "5d" or "5" → 5; null when unreadable or out of range. */
function parseDays(text: string | undefined): number | null {
  const match = /^(\d{1,2})\s*d?$/i.exec(text?.trim() ?? '');
  const days = match ? Number(match[1]) : 0;
  return days >= 1 && days <= MAX_FOLLOW_UP_DAYS ? days : null;
}

/** /pair rounds [every 2w | off | follow-up 5d]: the rhythm of rounds (no words: what it is now). */
export async function roundsSetting(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const { store, clock, scheduler } = ctx.services;
  const current = await store.peerRounds.settings(cohort.id);
  const [word, value, ...extra] = args.positional.map((w) => w.toLowerCase());
  if (!word) {
    if (!current || current.everyWeeks === 0 || !current.nextDueAt) {
      await ctx.say('pair-rounds-off', { days: current?.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS });
      return;
    }
    await ctx.say('pair-rounds-on', {
      weeks: current.everyWeeks,
      next: formatDateTimeZoned(current.nextDueAt, ctx.locale, cohort.timezone),
      days: current.followUpDays,
    });
    return;
  }
  if (extra.length > 0) throw new UsageError('pair-rounds-error-usage');
  if (word === 'follow-up' || word === 'followup') {
    const days = parseDays(value);
    if (days === null) throw new UserError('pair-rounds-error-days', { max: MAX_FOLLOW_UP_DAYS });
    await store.peerRounds.saveSettings(cohort.id, { followUpDays: days });
    await ctx.audit('pair.rounds', { followUpDays: days });
    await ctx.say('pair-rounds-follow-up-set', { days });
    return;
  }
  if (word !== 'every' && word !== 'off') throw new UsageError('pair-rounds-error-usage');
  const weeks = word === 'off' ? 0 : parseWeeks(value);
  if (weeks === null) throw new UsageError('pair-rounds-error-weeks', { max: MAX_WEEKS });
  if (word === 'off' && value !== undefined) throw new UsageError('pair-rounds-error-usage');
  if (current?.nextDueAt) await scheduler.cancel(roundJobId(cohort.id, current.nextDueAt));
  const nextDueAt = weeks > 0 ? new Date(clock.now().getTime() + weeks * WEEK_MS) : null;
  await store.peerRounds.saveSettings(cohort.id, { everyWeeks: weeks, nextDueAt });
  await ctx.audit('pair.rounds', { everyWeeks: weeks });
  if (!nextDueAt) {
    await ctx.say('pair-rounds-turned-off');
    return;
  }
  await scheduleRound(ctx.job, cohort.id, nextDueAt);
  await ctx.say('pair-rounds-set', {
    weeks,
    next: formatDateTimeZoned(nextDueAt, ctx.locale, cohort.timezone),
  });
}

/**
 * /pair stats: per round, its groups and how many said they met. Counts of a
 * few people single them out (core/privacy.ts), so it is a coordinator's view,
 * sent in private.
 */
export async function roundStats(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = requireCohort(ctx);
  const rounds = await ctx.store.peerRounds.ofCohort(cohort.id);
  if (rounds.length === 0) {
    await ctx.say('pair-stats-none');
    return;
  }
  await replyPrivately(ctx, () => statsText(ctx, cohort, rounds));
}

function statsText(ctx: Context, cohort: Cohort, rounds: PeerRound[]): string {
  const lines = [ctx.t('pair-stats-title', { count: rounds.length })];
  for (const round of rounds) {
    const answers = round.groups.flatMap((g) => g.members.map((m) => m.answer));
    const count = (a: PeerAnswer | null) => answers.filter((x) => x === a).length;
    lines.push(
      ctx.t('pair-stats-line', {
        number: round.number,
        date: formatDateTime(round.createdAt, ctx.locale, cohort.timezone),
        groups: round.groups.length,
        people: answers.length,
        yes: count('yes'),
        no: count('no'),
        notYet: count('not-yet'),
        unanswered: count(null),
      }),
    );
  }
  return lines.join('\n');
}
