// /survey poll "Question?" "A" "B" [--anonymous] [--deadline 2d]: one question
// in the group. It is a survey of its own (template "poll", one single-choice
// question), so results, the threshold, the report, /mydata and /forgetme
// treat it like any other.
//
// Named: a native poll where the platform has them (Telegram sendPoll, Matrix
// MSC3381; core/context.ts `poll`), else buttons; each vote is the voter's
// answer and may change or be retracted. Anonymous: a native anonymous poll
// where the platform has one (Telegram is_anonymous: the bot receives only
// totals, `poll` updates, which become the survey's anonymous rows, see
// onPollTotals); elsewhere (Matrix MSC3381 polls show every voter) buttons,
// each press stored like an anonymous survey answer, once, without the person.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { JobContext } from '../../core/job-context.ts';
import { escapeHtml } from '../../core/markup.ts';
import { englishSpan } from '../../core/spans.ts';
import type { ActionToken, Survey } from '../../core/store.ts';
import type { PollTotalsEvent } from '../../core/types.ts';
import { parseUntil } from '../../core/validate.ts';
import { dayOf, isOpen } from './answering.ts';
import { LIMITS, validateDefinition } from './model.ts';
import { DEFAULT_DEADLINE_MS, openSurvey } from './send.ts';
import { cohortOf } from './survey-arg.ts';

export const POLL_KIND = 'surveys.poll';
export const POLL_TEMPLATE = 'poll';
const QUESTION_ID = 'q1';

export async function quickPoll(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = cohortOf(ctx);
  const [question, ...options] = args.positional;
  if (!question || options.length < 2) throw new UsageError('error-missing-argument', { argument: '"A" "B"' });
  const anonymous = args.flags.has('anonymous');
  // Validated like any definition: 2–10 options, lengths, hostile text stays text.
  const def = validateDefinition({
    title: question.slice(0, LIMITS.title),
    anonymous,
    questions: [{ id: QUESTION_ID, type: 'single', text: question, options }],
  });
  const now = ctx.services.clock.now();
  const deadlineFlag = args.flags.get('deadline');
  const deadline =
    deadlineFlag === undefined
      ? new Date(now.getTime() + DEFAULT_DEADLINE_MS)
      : parseUntil(englishSpan(ctx.services.i18n, ctx.locale, String(deadlineFlag)), now, cohort.timezone);
  const { survey } = await ctx.store.surveys.create({
    cohortId: cohort.id,
    title: def.title,
    template: POLL_TEMPLATE,
    anonymous,
    definition: def,
  });
  const opened = await openSurvey(ctx.job, survey, deadline, survey.remindMs);
  const ttlMs = deadline.getTime() - now.getTime();
  const texts = def.questions[0]!.options!.map(String);
  const nativeAnonymous = ctx.adapter.capabilities.polls && ctx.adapter.capabilities.anonymousPolls === true;
  if (anonymous && nativeAnonymous) {
    const sent = await ctx.poll(
      POLL_KIND,
      { question, options: texts, anonymous: true },
      { payload: { surveyId: opened.id }, ttlMs },
    );
    if (sent) await ctx.store.surveys.update(opened.id, { pollMessageId: sent.nativePollMessageId });
  } else if (anonymous) {
    const buttons = await ctx.choices(
      POLL_KIND,
      texts.map((label, i) => ({ label: escapeHtml(label), choice: String(i) })),
      { onlyCaller: false, payload: { surveyId: opened.id }, ttlMs },
    );
    await ctx.reply({
      html: [escapeHtml(question), ctx.t('survey-poll-anonymous-note')].join('\n'),
      buttons: buttons.map((b) => [b]),
    });
  } else {
    const sent = await ctx.poll(POLL_KIND, { question, options: texts }, { payload: { surveyId: opened.id }, ttlMs });
    // Closed on the platform too when the survey closes (send.ts closeSurvey).
    if (sent) await ctx.store.surveys.update(opened.id, { pollMessageId: sent.nativePollMessageId });
  }
  await ctx.audit('survey.poll', { surveyId: survey.id, anonymous });
}

/** A vote (native poll) or a press (buttons): the voter's answer to the poll's one question. */
export async function onPollVote(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  const survey = await ctx.store.surveys.byId(String(token.payload.surveyId ?? ''));
  if (!survey) return ctx.t('survey-error-unknown');
  if (!isOpen(survey, ctx.services.clock.now())) return ctx.t('survey-error-closed');
  const membership = await ctx.store.memberships.get(survey.cohortId, ctx.account.id);
  if (membership?.status !== 'active') return ctx.t('survey-error-not-member');
  const version = await ctx.store.surveys.latestVersion(survey.id);
  const picked = choice === undefined || choice === '' ? [] : choice.split(',').map(Number);
  const options = (version.definition as { questions: Array<{ options?: unknown[] }> }).questions[0]?.options ?? [];
  if (picked.some((i) => !Number.isInteger(i) || i < 0 || i >= options.length) || picked.length > 1)
    return ctx.t('action-stale');
  return survey.anonymous
    ? anonymousVote(ctx, survey, version.id, membership.id, picked)
    : namedVote(ctx, survey, version.id, membership.id, picked);
}

async function namedVote(
  ctx: Context,
  survey: Survey,
  versionId: string,
  membershipId: string,
  picked: number[],
): Promise<string | undefined> {
  if (picked.length === 0) {
    await ctx.store.surveys.removeParticipant(survey.id, membershipId);
    return undefined;
  }
  const p = await ctx.store.surveys.invite(survey.id, membershipId, versionId);
  await ctx.store.surveys.updateParticipant(p.id, {
    answers: { [QUESTION_ID]: picked[0]! },
    completed: true,
    cursor: null,
    versionId,
  });
  return ctx.t('survey-answer-saved');
}

/**
 * The totals of an anonymous native poll: they become the survey's anonymous
 * rows, one per vote, without anyone (the platform never said who voted).
 * Everyone in the group can vote in such a poll, members or not: the totals
 * are the group's. The results apply the cohort's smallest group shown like
 * any anonymous answers. Totals after the close count only when the platform
 * says the poll is closed too (its final count, sent when the bot stops it).
 */
export async function onPollTotals(job: JobContext, token: ActionToken, totals: PollTotalsEvent): Promise<void> {
  const survey = await job.store.surveys.byId(String(token.payload.surveyId ?? ''));
  if (!survey?.anonymous || survey.template !== POLL_TEMPLATE) return;
  if (!isOpen(survey, job.clock.now()) && !totals.closed) return;
  const version = await job.store.surveys.latestVersion(survey.id);
  const options = (version.definition as { questions: Array<{ options?: unknown[] }> }).questions[0]?.options ?? [];
  const counts = options.map((_, i) => Math.max(0, Math.floor(totals.counts[i] ?? 0)));
  await job.store.surveys.setPollTotals(survey.id, version.id, QUESTION_ID, counts, dayOf(job.clock.now()));
}

async function anonymousVote(
  ctx: Context,
  survey: Survey,
  versionId: string,
  membershipId: string,
  picked: number[],
): Promise<string | undefined> {
  if (picked.length === 0) return ctx.t('action-stale');
  const p = await ctx.store.surveys.invite(survey.id, membershipId, versionId);
  const stored =
    !p.completed &&
    (await ctx.store.surveys.submitAnonymous(
      p.id,
      versionId,
      { [QUESTION_ID]: picked[0]! },
      dayOf(ctx.services.clock.now()),
    ));
  if (!stored) throw new UserError('survey-already-answered');
  return ctx.t('survey-poll-counted');
}
