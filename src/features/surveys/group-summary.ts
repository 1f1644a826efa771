// /survey results ID --group: a summary posted to the cohort's group, in the
// cohort's language. Only what passes the cohort's threshold, and never a
// written answer (of an anonymous survey or a named one): a group sees
// counts, shares and means, nothing a person wrote.

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import type { Cohort, Survey } from '../../core/store.ts';
import { answersOf, questionLines } from './results.ts';

export async function postGroupSummary(ctx: Context, cohort: Cohort, survey: Survey, k: number): Promise<void> {
  const t = (id: string, args?: Record<string, string | number>) => ctx.job.t(cohort.locale, id, args);
  const latest = (await answersOf(ctx.store, survey)).filter((v) => v.answers.length > 0).at(-1);
  if (!latest || latest.answers.length < k) throw new UserError('survey-error-summary-too-few', { k });
  const chat = await ctx.job.cohortChat(cohort);
  if (!chat) throw new UserError('error-no-cohort-here');
  const lines = [t('survey-summary-title', { title: survey.title, n: latest.answers.length })];
  for (const q of latest.def.questions)
    if (q.type !== 'text') lines.push('', ...questionLines(q, latest.answers, cohort.locale, t, false, k));
  await ctx.job.post(chat, { html: lines.join('\n') }, `survey-summary-${survey.id}-${ctx.event.id}`);
  await ctx.audit('survey.summary', { surveyId: survey.id });
  await ctx.say('survey-summary-posted', { number: survey.number });
}
