// A member's own break: /pause [--until 2w] and /resume. A paused member stays
// in the cohort (profile, role, history) but gets no check-in prompts,
// reminders or nudges and is left out of pairing, until the break ends (a job,
// features/shared/membership.ts) or they /resume. Pairing hears of the break
// (membership.paused) and hands a long-absent mentor's mentees to others.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { englishSpan } from '../../core/spans.ts';
import type { Cohort, Membership } from '../../core/store.ts';
import { formatDateTime, parseUntil } from '../../core/validate.ts';
import { pauseMembership, resumeMembership } from '../shared/membership.ts';

/** A break without --until lasts this long: nobody should vanish by accident. */
const DEFAULT_BREAK = '2w';

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
  const until = parseUntil(
    englishSpan(ctx.services.i18n, ctx.locale, untilText),
    ctx.services.clock.now(),
    cohort.timezone,
  );
  await pauseMembership(ctx.job, cohort, membership, until);
  await ctx.say('pause-done-until', {
    name: cohort.name,
    until: formatDateTime(until, ctx.locale, cohort.timezone),
  });
}

export async function resume(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const { cohort, membership } = requireMembership(ctx);
  if (membership.status !== 'paused') throw new UserError('resume-not-paused', { name: cohort.name });
  ctx.membership = await resumeMembership(ctx.job, cohort, membership);
  await ctx.say('resume-done', { name: cohort.name });
}
