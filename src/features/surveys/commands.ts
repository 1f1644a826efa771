// /survey for coordinators (templates, create, edit, show, send, results,
// close, list) and /surveys for members (their open surveys, in private).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { SubcommandSpec } from '../../core/feature.ts';
import { escapeHtml } from '../../core/markup.ts';
import { maySee, smallestGroupOf } from '../../core/privacy.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import { englishSpan, parseLocalSpanMs } from '../../core/spans.ts';
import type { ActionToken, Cohort, Survey } from '../../core/store.ts';
import { formatDateTime, parseUntil } from '../../core/validate.ts';
import { isOpen, startAnswering } from './answering.ts';
import { audienceOf } from './audience.ts';
import { startAuthoring } from './authoring.ts';
import { postGroupSummary } from './group-summary.ts';
import { definitionOf, type SurveyDefinition, scaleOf, textIn } from './model.ts';
import { parseDefinition } from './parse.ts';
import { POLL_TEMPLATE, quickPoll } from './quick-poll.ts';
import { resultsText } from './results.ts';
import { closeSurvey, DEFAULT_DEADLINE_MS, openSurvey, sendTo } from './send.ts';
import { cohortOf, surveyArg } from './survey-arg.ts';
import { isTemplate, TEMPLATES, templateDefinition } from './templates.ts';
import { threshold } from './threshold.ts';
import { deleteSurvey, exportSurvey, importSurvey } from './transfer.ts';

export const OPEN_KIND = 'surveys.open';

async function templates(ctx: Context): Promise<void> {
  const lines = [ctx.t('survey-templates-title')];
  for (const name of TEMPLATES)
    lines.push(ctx.t('survey-template-line', { name, about: ctx.t(`survey-tpl-${name}-about`) }));
  lines.push('', ctx.t('survey-templates-hint'));
  await ctx.reply(lines.join('\n'));
}

/** The definition from the command's text: a template name, JSON, or the short format. */
function definitionFrom(
  ctx: Context,
  cohort: Cohort,
  args: ParsedArgs,
  raw: string,
): { def: SurveyDefinition; template: string | null } {
  const anonymous = args.flags.has('anonymous');
  const cleaned = raw.replace(/(?:^|\s)--anonymous\b/u, '').trim();
  if (!cleaned) throw new UsageError('error-missing-argument', { argument: 'template' });
  const word = cleaned.toLowerCase();
  if (isTemplate(word)) return { def: templateDefinition(word, ctx.services.i18n, cohort, anonymous), template: word };
  if (!cleaned.includes('\n') && !cleaned.startsWith('{') && /^[\p{L}-]+$/u.test(cleaned))
    throw new UserError('survey-error-no-template', { name: cleaned.slice(0, 30), templates: TEMPLATES.join(', ') });
  return { def: parseDefinition(cleaned, anonymous ? { anonymous } : {}), template: null };
}

async function create(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = cohortOf(ctx);
  const { def, template } = definitionFrom(ctx, cohort, args, args.raw ?? '');
  const { survey } = await ctx.store.surveys.create({
    cohortId: cohort.id,
    title: def.title,
    template,
    anonymous: def.anonymous,
    definition: def,
  });
  await ctx.audit('survey.create', { surveyId: survey.id, template });
  await ctx.say('survey-created', {
    number: survey.number,
    title: survey.title,
    questions: def.questions.length,
    anonymous: survey.anonymous ? 'yes' : 'no',
  });
}

/** A new definition: the same version while nobody answered it, else a new version. */
async function edit(ctx: Context, args: ParsedArgs): Promise<void> {
  const survey = await surveyArg(ctx, args);
  if (survey.status === 'closed') throw new UserError('survey-error-closed');
  const raw = (args.raw ?? '').replace(/^\s*#?\d+/, '');
  const { def } = definitionFrom(ctx, cohortOf(ctx), args, raw);
  // Anonymity is promised when people answer: an edit cannot change it.
  const kept = { ...def, anonymous: survey.anonymous };
  const latest = await ctx.store.surveys.latestVersion(survey.id);
  const version = (await ctx.store.surveys.hasAnswers(latest.id))
    ? await ctx.store.surveys.addVersion(survey.id, kept)
    : await ctx.store.surveys.replaceVersion(latest.id, kept);
  await ctx.store.surveys.update(survey.id, { title: def.title });
  await ctx.audit('survey.edit', { surveyId: survey.id, version: version.number });
  await ctx.say('survey-edited', { number: survey.number, version: version.number });
}

function preview(ctx: Context, survey: Survey, def: SurveyDefinition): string {
  const lines = [
    ctx.t('survey-show-title', {
      number: survey.number,
      title: survey.title,
      status: ctx.t('survey-status-word', { status: survey.status }),
      anonymous: survey.anonymous ? 'yes' : 'no',
    }),
  ];
  def.questions.forEach((q, i) => {
    const scale = scaleOf(q.type);
    const kind = scale ? `${scale.min}–${scale.max}` : q.type;
    const options = q.options ? ` [${q.options.map((o) => escapeHtml(textIn(o, ctx.locale))).join(' / ')}]` : '';
    const cond = q.if ? ` ${ctx.t('survey-show-if', { question: q.if.question, equals: q.if.equals })}` : '';
    const optional = q.required ? '' : ` ${ctx.t('survey-show-optional')}`;
    lines.push(`${i + 1}. (${q.id}, ${kind}) ${escapeHtml(textIn(q.text, ctx.locale))}${options}${optional}${cond}`);
  });
  if (survey.deadline)
    lines.push(ctx.t('survey-show-deadline', { at: formatDateTime(survey.deadline, ctx.locale, ctx.timezone) }));
  return lines.join('\n');
}

async function show(ctx: Context, args: ParsedArgs): Promise<void> {
  const survey = await surveyArg(ctx, args);
  const def = definitionOf((await ctx.store.surveys.latestVersion(survey.id)).definition);
  await replyPrivately(ctx, () => preview(ctx, survey, def));
}

async function send(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = cohortOf(ctx);
  const survey = await surveyArg(ctx, args);
  if (survey.status === 'closed') throw new UserError('survey-error-closed');
  // A quick poll lives in the group: sent again in private it would ask everyone a second time.
  if (survey.template === POLL_TEMPLATE) throw new UserError('survey-error-send-poll', { number: survey.number });
  const to = String(args.flags.get('to') ?? 'cohort');
  // Whom it goes to is checked before the survey opens: a wrong --to changes nothing.
  const members = await audienceOf(ctx.store, cohort, to);
  if (members.length === 0) throw new UserError('survey-error-nobody', { value: to.slice(0, 30) });
  const now = ctx.services.clock.now();
  const deadlineFlag = args.flags.get('deadline');
  const deadline =
    deadlineFlag === undefined
      ? survey.deadline && survey.deadline > now
        ? survey.deadline
        : new Date(now.getTime() + DEFAULT_DEADLINE_MS)
      : parseUntil(englishSpan(ctx.services.i18n, ctx.locale, String(deadlineFlag)), now, cohort.timezone);
  const remindFlag = args.flags.get('remind');
  const remindMs =
    remindFlag === undefined ? survey.remindMs : parseLocalSpanMs(ctx.services.i18n, ctx.locale, String(remindFlag));
  if (remindMs === null) throw new UserError('survey-error-remind', { value: String(remindFlag).slice(0, 20) });
  const opened = await openSurvey(ctx.job, survey, deadline, remindMs);
  const counts = await sendTo(ctx.job, cohort, opened, members);
  await ctx.audit('survey.send', { surveyId: survey.id, to: to.split(':')[0] });
  await ctx.say('survey-sent', {
    number: survey.number,
    dm: counts.private,
    group: counts.group,
    deadline: formatDateTime(deadline, ctx.locale, cohort.timezone),
  });
}

async function results(ctx: Context, args: ParsedArgs): Promise<void> {
  const survey = await surveyArg(ctx, args);
  const k = smallestGroupOf(await ctx.store.cohorts.byId(survey.cohortId));
  if (args.flags.has('group')) {
    await postGroupSummary(ctx, cohortOf(ctx), survey, k);
    return;
  }
  // Built for the coordinator in private: free texts only where privacy.ts lets a coordinator read answers.
  await replyPrivately(ctx, () =>
    resultsText(
      ctx.store,
      survey,
      ctx.locale,
      (id, a) => ctx.t(id, a),
      maySee('survey-answer', ctx.readerAs('coordinator')),
      k,
    ),
  );
}

async function close(ctx: Context, args: ParsedArgs): Promise<void> {
  const survey = await surveyArg(ctx, args);
  if (survey.status === 'closed') throw new UserError('survey-error-closed');
  await closeSurvey(ctx.job, survey);
  await ctx.audit('survey.close', { surveyId: survey.id });
  await ctx.say('survey-closed', { number: survey.number });
}

async function list(ctx: Context): Promise<void> {
  const surveys = await ctx.store.surveys.ofCohort(cohortOf(ctx).id);
  if (surveys.length === 0) {
    await ctx.say('survey-list-none');
    return;
  }
  const lines = [ctx.t('survey-list-title')];
  for (const s of surveys)
    lines.push(
      ctx.t('survey-list-line', {
        number: s.number,
        title: s.title,
        status: ctx.t('survey-status-word', { status: s.status }),
        anonymous: s.anonymous ? 'yes' : 'no',
      }),
    );
  await ctx.reply(lines.join('\n'));
}

export const SURVEY_SUBCOMMANDS: Record<string, SubcommandSpec> = {
  templates: { where: 'any', access: 'coordinator', privateCohort: true, run: templates },
  create: {
    where: 'any',
    access: 'coordinator',
    privateCohort: true,
    flags: { anonymous: 'boolean' },
    freeText: true,
    run: create,
  },
  edit: { where: 'any', access: 'coordinator', privateCohort: true, freeText: true, run: edit },
  show: { where: 'any', access: 'coordinator', privateCohort: true, run: show },
  send: {
    where: 'any',
    access: 'coordinator',
    privateCohort: true,
    flags: { to: 'value', deadline: 'value', remind: 'value' },
    run: send,
  },
  results: {
    where: 'any',
    access: 'coordinator',
    privateCohort: true,
    flags: { group: 'boolean' },
    run: results,
  },
  close: { where: 'any', access: 'coordinator', privateCohort: true, run: close },
  list: { where: 'any', access: 'coordinator', privateCohort: true, run: list },
  new: { where: 'private', access: 'coordinator', privateCohort: true, run: startAuthoring },
  import: {
    where: 'any',
    access: 'coordinator',
    privateCohort: true,
    flags: { anonymous: 'boolean' },
    freeText: true,
    run: importSurvey,
  },
  export: { where: 'any', access: 'coordinator', privateCohort: true, flags: { format: 'value' }, run: exportSurvey },
  delete: { where: 'any', access: 'coordinator', privateCohort: true, run: deleteSurvey },
  poll: {
    where: 'group',
    access: 'coordinator',
    flags: { anonymous: 'boolean', deadline: 'value' },
    run: quickPoll,
  },
  threshold: { where: 'any', access: 'coordinator', privateCohort: true, run: threshold },
};

/** /surveys in private: the open surveys of my cohorts, each with a button to answer. */
export async function mySurveys(ctx: Context): Promise<void> {
  const now = ctx.services.clock.now();
  const lines: string[] = [];
  const buttons = [];
  for (const m of await ctx.store.memberships.forAccount(ctx.account.id)) {
    if (m.status !== 'active') continue;
    for (const s of await ctx.store.surveys.ofCohort(m.cohortId)) {
      if (!isOpen(s, now) || s.template === POLL_TEMPLATE) continue;
      const p = await ctx.store.surveys.participant(s.id, m.id);
      if (!p) continue;
      const state = p.completed ? 'done' : p.cursor !== null || Object.keys(p.answers).length > 0 ? 'started' : 'new';
      lines.push(
        ctx.t('surveys-line', {
          cohort: m.cohort.name,
          title: s.title,
          state,
          // In private there is no cohort in context: the person's own zone, else their cohort's (as in the group).
          deadline: formatDateTime(s.deadline!, ctx.locale, ctx.account.timezone ?? m.timezone ?? m.cohort.timezone),
        }),
      );
      if (p.completed && s.anonymous) continue;
      buttons.push([
        await ctx.button(
          OPEN_KIND,
          ctx.t(p.completed ? 'button-survey-change' : 'button-survey-answer', { title: s.title.slice(0, 40) }),
          {
            payload: { surveyId: s.id, membershipId: m.id },
            ttlMs: Math.max(60_000, s.deadline!.getTime() - now.getTime()),
          },
        ),
      ]);
    }
  }
  if (lines.length === 0) {
    await ctx.say('surveys-none');
    return;
  }
  await ctx.reply({ html: [ctx.t('surveys-title'), ...lines].join('\n'), buttons });
}

/** "Answer" under /surveys. */
export async function openFromButton(ctx: Context, token: ActionToken): Promise<string | undefined> {
  const survey = await ctx.store.surveys.byId(String(token.payload.surveyId));
  const membershipId = String(token.payload.membershipId);
  const mine = (await ctx.store.memberships.forAccount(ctx.account.id)).some((m) => m.id === membershipId);
  if (!survey || !mine) return ctx.t('action-stale');
  await startAnswering(ctx, survey, membershipId);
  return ctx.t('done');
}

/** /start survey-<id>: the link of the group message, in private. */
export async function startFromLink(ctx: Context, payload: string, prefix: string): Promise<boolean> {
  if (!payload.startsWith(prefix)) return false;
  const id = payload.slice(prefix.length);
  const survey = /^[0-9a-f-]{36}$/.test(id) ? await ctx.store.surveys.byId(id) : null;
  if (!survey) throw new UserError('start-bad-link');
  const membership = await ctx.store.memberships.get(survey.cohortId, ctx.account.id);
  if (membership?.status !== 'active') throw new UserError('survey-error-not-member');
  await startAnswering(ctx, survey, membership.id);
  return true;
}
