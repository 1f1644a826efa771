// Participation: per member, how many of the latest closed check-ins they
// answered, their current streak, and who missed several in a row (the
// coordinators' inactive list). Paused members are neither prompted nor listed.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { maySee } from '../../core/privacy.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { BotServices } from '../../core/services.ts';
import type { CheckIn, CheckInSchedule, Cohort } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { listOf } from '../../core/words.ts';
import { openOccurrences } from './occurrences.ts';

const LOOK_BACK = 8;
/** When a cohort has no schedule that says otherwise. */
export const DEFAULT_INACTIVE_AFTER = 3;

export interface Participation {
  membershipId: string;
  answered: number;
  /** Closed check-ins since the member joined (of the latest LOOK_BACK). */
  total: number;
  /** Answered in a row, counting back from the latest. */
  streak: number;
  /** Missed in a row, counting back from the latest. */
  missedInARow: number;
}

/** A closed occurrence: when it was due and who answered it. */
export interface ClosedOccurrence {
  dueAt: Date;
  /** When the prompt went out (a /checkin now is due at the start of its minute, posted later in it). */
  postedAt?: Date | null;
  answered: Set<string>;
  /** On a break when it closed: not counted for them. */
  excused: Set<string>;
}

/**
 * Latest closed occurrences first. A member is counted only for the check-ins
 * posted after they joined (someone who joined yesterday has missed nothing),
 * and for every one they answered.
 * Those that closed while they were on a break count neither way: a streak
 * goes on over a break, and a run of misses starts afresh after it.
 */
export function participation(
  members: ReadonlyArray<{ id: string; joinedAt: Date }>,
  closed: ClosedOccurrence[],
): Participation[] {
  return members.map((member) => {
    const marks = closed
      .filter((c) => c.answered.has(member.id) || (c.postedAt ?? c.dueAt) >= member.joinedAt)
      .map((c) => (c.excused.has(member.id) ? 'break' : c.answered.has(member.id) ? 'answered' : 'missed'));
    const counted = marks.filter((m) => m !== 'break');
    const streak = counted.indexOf('missed');
    const missed = marks.findIndex((m) => m !== 'missed');
    return {
      membershipId: member.id,
      answered: counted.filter((m) => m === 'answered').length,
      total: counted.length,
      streak: streak === -1 ? counted.length : streak,
      missedInARow: missed === -1 ? marks.length : missed,
    };
  });
}

/** The cohort's latest closed check-ins (all schedules), newest first, with who answered. */
export async function closedOccurrences(services: BotServices, cohortId: string): Promise<ClosedOccurrence[]> {
  const closed = (await services.store.checkins.recentOccurrences(cohortId, LOOK_BACK * 2))
    .filter((c) => c.state === 'closed')
    .slice(0, LOOK_BACK);
  const result: ClosedOccurrence[] = [];
  for (const checkIn of closed) {
    const answers = await services.store.checkins.answers(checkIn.id);
    result.push({
      dueAt: checkIn.dueAt,
      postedAt: checkIn.postedAt,
      answered: new Set(answers.filter((a) => a.answers.some((x) => x)).map((a) => a.membershipId)),
      excused: new Set(checkIn.excused),
    });
  }
  return result;
}

/** The cohort's inactivity threshold: the strictest of its schedules' (0: every schedule turned it off). */
export function inactiveAfterOf(schedules: ReadonlyArray<Pick<CheckInSchedule, 'inactiveAfter'>>): number {
  if (schedules.length === 0) return DEFAULT_INACTIVE_AFTER;
  const set = schedules.map((s) => s.inactiveAfter).filter((n) => n > 0);
  return set.length > 0 ? Math.min(...set) : 0;
}

/** /checkin stats: who took part, by name: a coordinator's view, sent in private (docs/privacy.md). */
export async function stats(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const closed = await closedOccurrences(ctx.services, cohort.id);
  const open = await openOccurrences(ctx.services, cohort.id);
  if (closed.length === 0 && open.length === 0) {
    await ctx.say('checkin-stats-none');
    return;
  }
  await replyPrivately(ctx, async () => {
    const members = await ctx.store.memberships.list(cohort.id, { status: ['active'] });
    const progress = await openProgress(ctx, cohort, open, members.length);
    if (closed.length === 0) return progress.join('\n');
    return [...progress, ...(progress.length > 0 ? [''] : []), await statsText(ctx, cohort, closed, members)].join(
      '\n',
    );
  });
}

/** How far the open check-ins are: answered so far of the active members, and when each closes. */
async function openProgress(ctx: Context, cohort: Cohort, open: CheckIn[], total: number): Promise<string[]> {
  const lines: string[] = [];
  for (const checkIn of open) {
    const answers = await ctx.store.checkins.answers(checkIn.id);
    const schedule = await ctx.store.checkins.schedule(checkIn.scheduleId);
    lines.push(
      ctx.t('checkin-stats-open', {
        id: schedule?.number ?? '?',
        answered: answers.filter((a) => a.answers.some((x) => x)).length,
        total,
        closes: formatDateTime(checkIn.closesAt, ctx.locale, cohort.timezone),
      }),
    );
  }
  return lines;
}

async function statsText(
  ctx: Context,
  cohort: Cohort,
  closed: ClosedOccurrence[],
  members: Awaited<ReturnType<Context['store']['memberships']['list']>>,
): Promise<string> {
  // Names next to answered / missed counts: participation, for coordinators (core/privacy.ts).
  if (!maySee('participation', ctx.readerAs('coordinator')))
    return ctx.t('checkin-stats-title', { count: closed.length });
  const byId = new Map(members.map((m) => [m.id, m]));
  const name = (id: string) => {
    const account = byId.get(id)!.account;
    return account.username ? `@${account.username}` : account.displayName;
  };
  const rows = participation(members, closed);
  const lines = [ctx.t('checkin-stats-title', { count: closed.length })];
  for (const row of rows) {
    lines.push(
      ctx.t('checkin-stats-line', {
        name: name(row.membershipId),
        answered: row.answered,
        total: row.total,
        streak: row.streak,
      }),
    );
  }
  const threshold = inactiveAfterOf(await ctx.store.checkins.schedules(cohort.id));
  const inactive = threshold > 0 ? rows.filter((r) => r.missedInARow >= threshold) : [];
  if (inactive.length > 0) {
    lines.push(
      '',
      ctx.t('checkin-stats-inactive', {
        count: threshold,
        names: listOf(
          ctx.locale,
          inactive.map((r) => name(r.membershipId)),
        ),
      }),
    );
  }
  return lines.join('\n');
}
