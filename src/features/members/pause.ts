// A member's own break: /pause [--until 2w] and /resume. A paused member stays
// in the cohort (profile, role, history) but gets no check-in prompts,
// reminders or nudges and is left out of pairing, until the break ends (a job)
// or they /resume. A mentor's break of more than three weeks hands their
// mentees to other mentors.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { JobData } from '../../core/jobs.ts';
import type { BotServices } from '../../core/services.ts';
import type { Cohort, Membership } from '../../core/store.ts';
import { formatDateTime, parseUntil } from '../../core/validate.ts';
import { releaseMentorships } from '../pairing/prompts.ts';
import { tellMember } from '../shared/tell-member.ts';

export const MEMBER_RESUME_JOB = 'members.resume';
const resumeJobId = (membershipId: string) => `member-resume-${membershipId}`;
/** A break without --until lasts this long: nobody should vanish by accident. */
const DEFAULT_BREAK = '2w';
/** A break longer than this hands a mentor's mentees to other mentors. */
export const LONG_BREAK_MS = 21 * 86_400_000;

/** Pause a membership until `until`, (re)planning the job that ends the break. */
export async function pauseMembership(
  services: BotServices,
  cohort: Cohort,
  membership: Membership,
  until: Date,
): Promise<Date> {
  await services.store.memberships.update(membership.id, { status: 'paused' });
  await services.scheduler.cancel(resumeJobId(membership.id));
  await services.scheduler.schedule({
    id: resumeJobId(membership.id),
    name: MEMBER_RESUME_JOB,
    data: { cohortId: cohort.id, membershipId: membership.id, until: until.toISOString() },
    runAt: until,
  });
  // A mentor away for long should not leave mentees waiting: they go to the next best mentor.
  if (until.getTime() - services.clock.now().getTime() > LONG_BREAK_MS) {
    await releaseMentorships(services, cohort, membership.id, 'as-mentor');
  }
  return until;
}

function requireMembership(ctx: Context): { cohort: Cohort; membership: Membership } {
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const membership = ctx.membership;
  if (!membership || membership.status === 'left') throw new UserError('leave-not-member', { name: cohort.name });
  return { cohort, membership };
}

export async function pause(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const { cohort, membership } = requireMembership(ctx);
  const untilText = args.flags.get('until') ?? DEFAULT_BREAK;
  if (untilText === true) throw new UsageError('error-flag-needs-value', { flag: '--until' });
  const until = parseUntil(untilText, ctx.services.clock.now(), cohort.timezone);
  await pauseMembership(ctx.services, cohort, membership, until);
  await ctx.say('pause-done-until', {
    name: cohort.name,
    until: formatDateTime(until, ctx.locale, cohort.timezone),
  });
}

export async function resume(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const { cohort, membership } = requireMembership(ctx);
  if (membership.status !== 'paused') throw new UserError('resume-not-paused', { name: cohort.name });
  ctx.membership = await ctx.store.memberships.update(membership.id, { status: 'active' });
  await ctx.services.scheduler.cancel(resumeJobId(membership.id));
  await ctx.say('resume-done', { name: cohort.name });
}

/** The break is over: active again, and told so in private where possible. */
export async function resumeJob(data: JobData, services: BotServices): Promise<void> {
  const cohort = await services.store.cohorts.byId(String(data.cohortId));
  if (!cohort) return;
  const members = await services.store.memberships.list(cohort.id, { status: ['paused'] });
  const member = members.find((m) => m.id === String(data.membershipId));
  // Resumed by hand, left, or paused again with another end: this job is stale.
  if (!member) return;
  await services.store.memberships.update(member.id, { status: 'active' });
  await tellMember(
    services,
    cohort,
    member,
    `member-resumed-${member.id}-${String(data.until)}`,
    async (locale) => ({ html: services.i18n.t(locale, 'pause-ended-dm', { name: cohort.name }) }),
    { inGroup: false },
  );
}
