// A gentle word to someone who has gone quiet: after a schedule's number of
// missed check-ins in a row, one DM asking whether they are still in, would
// like a break, or would rather leave — each a button that does it. Sent once
// per quiet stretch (when the count reaches the threshold, not after), never
// to paused members, never in the group.

import type { Context } from '../../core/context.ts';
import type { BotServices } from '../../core/services.ts';
import type { ActionToken, CheckIn, CheckInSchedule, Cohort, MemberWithAccount } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { leaveCohort } from '../members/membership.ts';
import { pauseMembership } from '../members/pause.ts';
import { createActionToken, tellMember } from '../shared/tell-member.ts';
import { closedOccurrences, participation } from './participation.ts';

export const NUDGE_CHOICE = 'checkins.nudge';
/** How long the buttons of a nudge stay valid, and how long its break lasts. */
const NUDGE_TTL_MS = 14 * 86_400_000;
export const NUDGE_BREAK_MS = 14 * 86_400_000;

/** After a close: DM the members whose missed-in-a-row count just reached the schedule's threshold. */
export async function nudgeInactive(
  services: BotServices,
  schedule: CheckInSchedule,
  cohort: Cohort,
  checkIn: CheckIn,
  members: MemberWithAccount[],
): Promise<number> {
  if (schedule.inactiveAfter <= 0 || members.length === 0) return 0;
  const closed = await closedOccurrences(services, cohort.id);
  const quiet = participation(members, closed).filter((row) => row.missedInARow === schedule.inactiveAfter);
  let sent = 0;
  for (const row of quiet) {
    const member = members.find((m) => m.id === row.membershipId)!;
    const key = `checkin-nudge-${checkIn.id}-${member.id}`;
    const told = await tellMember(
      services,
      cohort,
      member,
      key,
      async (locale, chatRowId) => {
        const tokenId = await createActionToken(services.store, {
          kind: NUDGE_CHOICE,
          accountId: member.account.id,
          chatId: chatRowId,
          payload: { cohortId: cohort.id },
          expiresAt: new Date(services.clock.now().getTime() + NUDGE_TTL_MS),
        });
        const t = (id: string) => services.i18n.t(locale, id);
        return {
          html: services.i18n.t(locale, 'checkin-nudge', {
            person: member.account.displayName,
            name: cohort.name,
            count: row.missedInARow,
          }),
          buttons: [
            [{ label: t('button-nudge-in'), data: `${tokenId}:in` }],
            [{ label: t('button-nudge-pause'), data: `${tokenId}:pause` }],
            [{ label: t('button-nudge-leave'), data: `${tokenId}:leave` }],
          ],
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
    const until = await pauseMembership(ctx.services, cohort, membership, new Date(now.getTime() + NUDGE_BREAK_MS));
    await ctx.say('pause-done-until', { name: cohort.name, until: formatDateTime(until, ctx.locale, cohort.timezone) });
  } else {
    await leaveCohort(ctx.services, cohort, membership);
    await ctx.say('nudge-left', { name: cohort.name });
  }
  return ctx.t('done');
}
