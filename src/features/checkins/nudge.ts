// A gentle word to someone who has gone quiet: after a schedule's number of
// missed check-ins in a row, one DM asking whether they are still in, would
// like a break, or would rather leave — each a button that does it. Sent once
// per quiet stretch (when the count reaches the threshold, not after), never
// to paused members, never in the group.

import type { Context } from '../../core/context.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { ActionToken, CheckIn, CheckInSchedule, Cohort, MemberWithAccount } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { leaveCohort, pauseMembership } from '../shared/membership.ts';
import { closedOccurrences, participation } from './participation.ts';

export const NUDGE_CHOICE = 'checkins.nudge';
/** How long the buttons of a nudge stay valid, and how long its break lasts. */
const NUDGE_TTL_MS = 14 * 86_400_000;
export const NUDGE_BREAK_MS = 14 * 86_400_000;

/** After a close: DM the members whose missed-in-a-row count just reached the schedule's threshold. */
export async function nudgeInactive(
  job: JobContext,
  schedule: CheckInSchedule,
  cohort: Cohort,
  checkIn: CheckIn,
  members: MemberWithAccount[],
): Promise<number> {
  if (schedule.inactiveAfter <= 0 || members.length === 0) return 0;
  const closed = await closedOccurrences(job.services, cohort.id);
  const quiet = participation(members, closed).filter((row) => row.missedInARow === schedule.inactiveAfter);
  let sent = 0;
  for (const row of quiet) {
    const member = members.find((m) => m.id === row.membershipId)!;
    const told = await job.tell(
      cohort,
      member,
      `checkin-nudge-${checkIn.id}-${member.id}`,
      async (to) => {
        const [stillIn, pause, leave] = await to.choices(
          NUDGE_CHOICE,
          (['in', 'pause', 'leave'] as const).map((choice) => ({ label: to.t(`button-nudge-${choice}`), choice })),
          { payload: { cohortId: cohort.id }, ttlMs: NUDGE_TTL_MS },
        );
        return {
          html: to.t('checkin-nudge', {
            person: member.account.displayName,
            name: cohort.name,
            count: row.missedInARow,
          }),
          buttons: [[stillIn!], [pause!], [leave!]],
        };
      },
      // Nobody's quietness is announced in the group.
      { inGroup: false },
    );
    if (told) sent++;
  }
  return sent;
}

/** The person's answer to a nudge: still in, a two-week break, or leaving. */
export async function answerNudge(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (choice !== 'in' && choice !== 'pause' && choice !== 'leave') return ctx.t('action-stale');
  const now = ctx.services.clock.now();
  const cohort = await ctx.store.cohorts.byId(String(token.payload.cohortId));
  const membership = cohort ? await ctx.store.memberships.get(cohort.id, ctx.account.id) : null;
  if (!cohort || !membership || membership.status === 'left') return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, now))) return ctx.t('action-stale');
  if (choice === 'in') {
    await ctx.say('nudge-still-in', { name: cohort.name });
  } else if (choice === 'pause') {
    const until = await pauseMembership(ctx.job, cohort, membership, new Date(now.getTime() + NUDGE_BREAK_MS));
    await ctx.say('pause-done-until', { name: cohort.name, until: formatDateTime(until, ctx.locale, cohort.timezone) });
  } else {
    await leaveCohort(ctx.job, cohort, membership);
    await ctx.say('nudge-left', { name: cohort.name });
  }
  return ctx.t('done');
}
