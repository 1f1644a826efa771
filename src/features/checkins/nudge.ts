// A gentle word to someone who has gone quiet: after a schedule's number of
// missed check-ins in a row, one DM asking whether they are still in, would
// like a break, or would rather leave — each a button that does it. Sent once
// per quiet stretch (when the count reaches the threshold, not after), never
// to paused members. Someone the bot may not write to first (Telegram) gets a
// neutral line in the group with a link that opens the private chat, where the
// nudge itself is asked: the group never reads that they went quiet.

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import type { JobContext, Recipient } from '../../core/job-context.ts';
import { mention } from '../../core/mention.ts';
import type { ActionToken, CheckIn, CheckInSchedule, Cohort, MemberWithAccount } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { leaveCohort, pauseMembership } from '../shared/membership.ts';
import { closedOccurrences, participation } from './participation.ts';

export const NUDGE_CHOICE = 'checkins.nudge';
/** The deep-link payload that opens a nudge in private: nudge-<cohort id>. */
export const NUDGE_LINK_PREFIX = 'nudge-';
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
    const told = await job.tell(cohort, member, `checkin-nudge-${checkIn.id}-${member.id}`, async (to) => {
      if (!to.inGroup) return nudgeMessage(to, cohort, member.account.displayName, row.missedInARow);
      // Nobody's quietness is announced in the group: only that the bot has a word for them.
      const link = job.adapterFor(member.account.platform).deepLink(`${NUDGE_LINK_PREFIX}${cohort.id}`);
      const person = mention(member.account);
      return {
        html: link ? to.t('checkin-nudge-group', { person, link }) : to.t('checkin-nudge-group-private', { person }),
      };
    });
    if (told) sent++;
  }
  return sent;
}

type Asker = Pick<Recipient, 't' | 'choices'>;

/** The nudge's question with its three buttons, for the person who went quiet. */
async function nudgeMessage(to: Asker, cohort: Cohort, person: string, count: number) {
  const [stillIn, pause, leave] = await to.choices(
    NUDGE_CHOICE,
    (['in', 'pause', 'leave'] as const).map((choice) => ({ label: to.t(`button-nudge-${choice}`), choice })),
    { payload: { cohortId: cohort.id }, ttlMs: NUDGE_TTL_MS },
  );
  return {
    html: to.t('checkin-nudge', { person, name: cohort.name, count }),
    buttons: [[stillIn!], [pause!], [leave!]],
  };
}

/** /start nudge-<cohort id> in private: the link from the group opens the nudge here. */
export async function startNudgeFromLink(ctx: Context, payload: string): Promise<boolean> {
  if (!payload.startsWith(NUDGE_LINK_PREFIX)) return false;
  const cohortId = payload.slice(NUDGE_LINK_PREFIX.length);
  const cohort = /^[0-9a-f-]{36}$/.test(cohortId) ? await ctx.store.cohorts.byId(cohortId) : null;
  const membership = cohort ? await ctx.store.memberships.get(cohort.id, ctx.account.id) : null;
  if (!cohort || !membership || membership.status === 'left') throw new UserError('start-bad-link');
  const { closed, members } = await quietness(ctx, cohort.id);
  const row = participation(members, closed).find((r) => r.membershipId === membership.id);
  const asker: Asker = {
    t: (id, args) => ctx.t(id, args),
    choices: (kind, choices, options = {}) => ctx.choices(kind, choices, options),
  };
  // They answered a check-in since the link was posted: nothing to ask any more.
  if (!row || row.missedInARow === 0) await ctx.say('nudge-still-in', { name: cohort.name });
  else await ctx.reply(await nudgeMessage(asker, cohort, ctx.account.displayName, row.missedInARow));
  return true;
}

async function quietness(ctx: Context, cohortId: string) {
  const closed = await closedOccurrences(ctx.services, cohortId);
  const members = await ctx.store.memberships.list(cohortId, { status: ['active'] });
  return { closed, members };
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
