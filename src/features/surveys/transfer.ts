// /survey import (a pasted JSON or short-format definition), /survey export
// (the same formats back), /survey delete (asks first, with a button).
// Import validates everything before anything is stored (parse.ts, model.ts).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { escapeHtml } from '../../core/markup.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { ActionToken } from '../../core/store.ts';
import { toJsonText, toShortText } from './export-format.ts';
import { definitionOf } from './model.ts';
import { parseDefinition } from './parse.ts';
import { cohortOf, surveyArg } from './survey-arg.ts';

export const DELETE_KIND = 'surveys.delete';

export async function importSurvey(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = cohortOf(ctx);
  const anonymous = args.flags.has('anonymous');
  const raw = (args.raw ?? '').replace(/(?:^|\s)--anonymous\b/u, '').trim();
  if (!raw) throw new UsageError('error-missing-argument', { argument: 'JSON' });
  const def = parseDefinition(raw, anonymous ? { anonymous } : {});
  const { survey } = await ctx.store.surveys.create({
    cohortId: cohort.id,
    title: def.title,
    template: null,
    anonymous: def.anonymous,
    definition: def,
  });
  await ctx.audit('survey.import', { surveyId: survey.id });
  await ctx.say('survey-created', {
    number: survey.number,
    title: survey.title,
    questions: def.questions.length,
    anonymous: survey.anonymous ? 'yes' : 'no',
  });
}

export async function exportSurvey(ctx: Context, args: ParsedArgs): Promise<void> {
  const survey = await surveyArg(ctx, args);
  const def = definitionOf((await ctx.store.surveys.latestVersion(survey.id)).definition);
  const wanted = String(args.flags.get('format') ?? '').toLowerCase();
  if (wanted && wanted !== 'json' && wanted !== 'text')
    throw new UserError('survey-error-format', { value: wanted.slice(0, 20) });
  const short = wanted === 'json' ? null : toShortText(def);
  if (wanted === 'text' && short === null) throw new UserError('survey-error-export-text');
  const body = short ?? toJsonText(def);
  // In private, a JSON file where the platform takes files; else the text to copy.
  if (!ctx.isGroup && short === null && ctx.adapter.sendFile) {
    await ctx.adapter.sendFile(ctx.chat, {
      data: Buffer.from(body, 'utf8'),
      fileName: `survey-${survey.number}.json`,
      mimeType: 'application/json',
      caption: `survey-${survey.number}.json`,
    });
    await ctx.say('survey-exported-file', { number: survey.number });
    return;
  }
  await replyPrivately(ctx, () =>
    [ctx.t('survey-exported', { number: survey.number }), `<pre>${escapeHtml(body)}</pre>`].join('\n'),
  );
}

export async function deleteSurvey(ctx: Context, args: ParsedArgs): Promise<void> {
  const survey = await surveyArg(ctx, args);
  const answered = survey.anonymous
    ? (await ctx.store.surveys.anonymousResponses(survey.id)).length
    : (await ctx.store.surveys.participants(survey.id)).filter((p) => p.completed).length;
  const buttons = await ctx.choices(
    DELETE_KIND,
    [
      { label: ctx.t('button-survey-delete'), choice: 'yes' },
      { label: ctx.t('button-cancel'), choice: 'no' },
    ],
    { payload: { surveyId: survey.id }, ttlMs: 3_600_000 },
  );
  await ctx.reply({
    html: ctx.t('survey-delete-confirm', { number: survey.number, title: survey.title, answers: answered }),
    buttons: [buttons],
  });
}

/** The confirmation button: delete (everything of the survey goes), or leave it. */
export async function onDeleteButton(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  if (choice !== 'yes') {
    await ctx.say('survey-delete-cancelled');
    return ctx.t('done');
  }
  const survey = await ctx.store.surveys.byId(String(token.payload.surveyId ?? ''));
  if (!survey) return ctx.t('action-stale');
  await ctx.store.surveys.remove(survey.id);
  await ctx.audit('survey.delete', { surveyId: survey.id });
  await ctx.say('survey-deleted', { number: survey.number, title: survey.title });
  return ctx.t('done');
}
