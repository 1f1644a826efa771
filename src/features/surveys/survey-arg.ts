// What several /survey subcommands read from their arguments: the cohort and
// the survey number.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Cohort, Survey } from '../../core/store.ts';

export function cohortOf(ctx: Context): Cohort {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  return ctx.cohort;
}

/** "3" or "#3": a survey of this cohort. */
export async function surveyArg(ctx: Context, args: ParsedArgs): Promise<Survey> {
  const word = args.positional[0];
  if (!word) throw new UsageError('error-missing-argument', { argument: 'ID' });
  const n = /^#?(\d{1,6})$/.exec(word);
  const survey = n ? await ctx.store.surveys.byNumber(cohortOf(ctx).id, Number(n[1])) : null;
  if (!survey) throw new UserError('survey-error-not-found', { id: word.slice(0, 20) });
  return survey;
}
