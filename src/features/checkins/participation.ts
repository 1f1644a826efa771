// Participation: per member, how many of the latest closed check-ins they
// answered, their current streak, and who missed several in a row (the
// coordinators' inactive list). Paused members are neither prompted nor listed.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';

const LOOK_BACK = 8;
/** Missed this many closed check-ins in a row: inactive. */
export const INACTIVE_AFTER = 3;

export interface Participation {
  membershipId: string;
  answered: number;
  total: number;
  /** Answered in a row, counting back from the latest. */
  streak: number;
  /** Missed in a row, counting back from the latest. */
  missedInARow: number;
}

/** Latest closed occurrences first; `answered` holds the membership ids that answered each one. */
export function participation(membershipIds: string[], answered: Array<Set<string>>): Participation[] {
  return membershipIds.map((membershipId) => {
    const flags = answered.map((set) => set.has(membershipId));
    const streak = flags.findIndex((f) => !f);
    const missed = flags.findIndex((f) => f);
    return {
      membershipId,
      answered: flags.filter(Boolean).length,
      total: flags.length,
      streak: streak === -1 ? flags.length : streak,
      missedInARow: missed === -1 ? flags.length : missed,
    };
  });
}

export async function stats(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const closed = (await ctx.store.checkins.recentOccurrences(cohort.id, LOOK_BACK * 2))
    .filter((c) => c.state === 'closed')
    .slice(0, LOOK_BACK);
  if (closed.length === 0) {
    await ctx.say('checkin-stats-none');
    return;
  }
  const answered: Array<Set<string>> = [];
  for (const checkIn of closed) {
    const answers = await ctx.store.checkins.answers(checkIn.id);
    answered.push(new Set(answers.filter((a) => a.answers.some((x) => x)).map((a) => a.membershipId)));
  }
  const members = await ctx.store.memberships.list(cohort.id, { status: ['active'] });
  const byId = new Map(members.map((m) => [m.id, m]));
  const name = (id: string) => {
    const account = byId.get(id)!.account;
    return account.username ? `@${account.username}` : account.displayName;
  };
  const rows = participation(
    members.map((m) => m.id),
    answered,
  );
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
  const inactive = rows.filter((r) => r.missedInARow >= Math.min(INACTIVE_AFTER, closed.length));
  if (inactive.length > 0) {
    lines.push(
      '',
      ctx.t('checkin-stats-inactive', {
        count: INACTIVE_AFTER,
        names: inactive.map((r) => name(r.membershipId)).join(', '),
      }),
    );
  }
  await ctx.reply(lines.join('\n'));
}
