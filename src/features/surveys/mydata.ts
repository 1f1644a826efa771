// /mydata: the answers of named surveys are the person's and shown to them
// (and deleted with /forgetme, with their membership). Answers of anonymous
// surveys point at no one: they cannot be shown or deleted, and /mydata says so.

import type { Context } from '../../core/context.ts';
import { escapeHtml } from '../../core/markup.ts';
import type { Account, SurveyAnswers } from '../../core/store.ts';
import { definitionOf, type Question, textIn } from './model.ts';

function answerText(ctx: Context, q: Question, value: SurveyAnswers[string] | undefined): string {
  if (value === null || value === undefined) return ctx.t('survey-mydata-skipped');
  if (Array.isArray(value)) return value.map((i) => textIn(q.options?.[i], ctx.locale)).join(', ');
  if (q.type === 'single' && typeof value === 'number') return textIn(q.options?.[value], ctx.locale);
  if (q.type === 'yesno') return ctx.t(`button-survey-${value === 'yes' ? 'yes' : 'no'}`);
  return String(value);
}

export async function describeSurveyData(ctx: Context, account: Account): Promise<string[]> {
  const memberships = await ctx.store.memberships.forAccount(account.id);
  if (memberships.length === 0) return [];
  const lines: string[] = [];
  for (const p of await ctx.store.surveys.ofMembers(memberships.map((m) => m.id))) {
    const survey = await ctx.store.surveys.byId(p.surveyId);
    const version = await ctx.store.surveys.version(p.versionId);
    if (!survey || !version || survey.anonymous || Object.keys(p.answers).length === 0) continue;
    const def = definitionOf(version.definition);
    lines.push(ctx.t('survey-mydata-named', { title: survey.title }));
    for (const q of def.questions)
      if (q.id in p.answers)
        lines.push(`  ${escapeHtml(textIn(q.text, ctx.locale))}: ${escapeHtml(answerText(ctx, q, p.answers[q.id]))}`);
  }
  let anonymous = false;
  for (const m of memberships)
    if ((await ctx.store.surveys.ofCohort(m.cohortId)).some((s) => s.anonymous)) anonymous = true;
  if (anonymous) lines.push(ctx.t('survey-mydata-anonymous'));
  return lines;
}
