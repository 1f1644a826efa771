// /survey threshold [N]: the fewest answers a result needs to be shown in this
// cohort (per question, per version, per before/after pairing, in the group
// summary and the report). 5 unless set; never below 3, so a result cannot
// single out one or two people.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { cohortOf } from './survey-arg.ts';

export const MIN_THRESHOLD = 3;
const MAX_THRESHOLD = 100;

export async function threshold(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = cohortOf(ctx);
  const word = args.positional[0];
  if (word === undefined) {
    await ctx.say('survey-threshold-is', { k: await ctx.store.surveys.threshold(cohort.id) });
    return;
  }
  const n = /^\d{1,3}$/.test(word) ? Number(word) : Number.NaN;
  if (!(n >= MIN_THRESHOLD && n <= MAX_THRESHOLD))
    throw new UserError('survey-error-threshold', { min: MIN_THRESHOLD, max: MAX_THRESHOLD });
  await ctx.store.surveys.setThreshold(cohort.id, n);
  await ctx.audit('survey.threshold', { threshold: n });
  await ctx.say('survey-threshold-set', { k: n });
}
