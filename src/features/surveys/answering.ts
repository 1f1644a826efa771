// Answering in private, one question at a time: a button press or a short
// reply moves the person's cursor on; they can stop and come back (/surveys),
// and change named answers until the deadline. Anonymous answers leave the
// person's row at the end (docs/surveys.md) and cannot be changed after.

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { escapeHtml } from '../../core/markup.ts';
import { smallestGroupOf } from '../../core/privacy.ts';
import type { ActionToken, Survey, SurveyAnswers, SurveyParticipant } from '../../core/store.ts';
import type { MessageEvent } from '../../core/types.ts';
import { asciiDigits, foldWord, keywordSet } from '../../core/words.ts';
import { previousQuestion, questionMessage } from './ask.ts';
import {
  askedAnswers,
  definitionOf,
  LIMITS,
  nextQuestion,
  type Question,
  type SurveyDefinition,
  scaleOf,
  textIn,
} from './model.ts';
import { titleFor } from './templates.ts';

/**
 * The words that skip a question or go back, typed: the reader's language and
 * English (locales: keyword-skip, keyword-back), and the button's own label
 * ("« Atrás" -> "atrás"), folded (case, accents, Arabic vowel marks).
 */
function typedWords(ctx: Context, keyword: string, button: string): Set<string> {
  const words = keywordSet(ctx.services.i18n, ctx.locale, keyword);
  for (const lang of new Set([ctx.locale, 'en'])) {
    const label = foldWord(plainLabel(ctx.services.i18n.t(lang, button)), lang);
    if (label) words.add(label);
  }
  return words;
}

export function isOpen(survey: Survey, now: Date): boolean {
  return survey.status === 'open' && (!survey.deadline || survey.deadline.getTime() > now.getTime());
}

/** The day only (UTC midnight): anonymous answers carry no finer time. */
export function dayOf(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

async function load(ctx: Context, participant: SurveyParticipant) {
  const survey = await ctx.store.surveys.byId(participant.surveyId);
  const version = survey ? await ctx.store.surveys.version(participant.versionId) : null;
  if (!survey || !version) return null;
  return { survey, def: definitionOf(version.definition) };
}

/** Ask question `index` in this private chat. */
export async function ask(
  ctx: Context,
  survey: Survey,
  def: SurveyDefinition,
  p: SurveyParticipant,
  index: number,
  intro = false,
) {
  const message = await questionMessage(ctx, survey, def, p, index, {
    now: ctx.services.clock.now(),
    replyFrom: ctx.account.platformUserId,
    intro,
    title: titleFor(survey, ctx.locale, ctx.services.i18n),
    // The opening line says how many answers a result needs: the cohort's smallest group shown.
    ...(intro ? { smallestGroup: smallestGroupOf(await ctx.store.cohorts.byId(survey.cohortId)) } : {}),
  });
  await ctx.reply(message, { quote: false });
}

/** Record an answer and ask the next question, or finish. */
async function answerAndGoOn(
  ctx: Context,
  survey: Survey,
  def: SurveyDefinition,
  p: SurveyParticipant,
  index: number,
  value: SurveyAnswers[string],
): Promise<void> {
  const answers = { ...p.answers, [def.questions[index]!.id]: value };
  const next = nextQuestion(def, index, answers);
  if (next !== null) {
    const updated = await ctx.store.surveys.updateParticipant(p.id, { answers, cursor: next });
    await ask(ctx, survey, def, updated, next);
    return;
  }
  await finish(ctx, survey, def, p, askedAnswers(def, answers));
}

async function finish(
  ctx: Context,
  survey: Survey,
  def: SurveyDefinition,
  p: SurveyParticipant,
  answers: SurveyAnswers,
) {
  if (survey.anonymous) {
    const day = dayOf(ctx.services.clock.now());
    if (!(await ctx.store.surveys.submitAnonymous(p.id, p.versionId, answers, day))) {
      await ctx.say('survey-already-answered');
      return;
    }
  } else {
    await ctx.store.surveys.updateParticipant(p.id, { answers, cursor: null, completed: true });
  }
  const thanks = textIn(def.thanks, ctx.locale);
  await ctx.reply(
    [
      thanks ? escapeHtml(thanks) : ctx.t('survey-thanks'),
      ctx.t(survey.anonymous ? 'survey-done-anonymous' : 'survey-done-named'),
    ].join('\n'),
    { quote: false },
  );
}

/**
 * Back to the question asked before the current one (a conditional question
 * that was not asked is passed over), its answer kept until it is changed. The
 * answers stay on the participant row, as while answering forward: an
 * anonymous survey's answers still leave it only at the end, without the person.
 * False at the first question.
 */
async function goBack(ctx: Context, survey: Survey, def: SurveyDefinition, p: SurveyParticipant): Promise<boolean> {
  const previous = p.cursor === null ? null : previousQuestion(def, p.cursor, p.answers);
  if (previous === null) return false;
  const updated = await ctx.store.surveys.updateParticipant(p.id, { cursor: previous });
  await ask(ctx, survey, def, updated, previous);
  return true;
}

/** A button of a question: a choice, a scale value, yes/no, a toggle, done, skip. */
export async function onAnswerButton(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  const p = await participantById(ctx, String(token.payload.p ?? ''));
  if (!p || p.cursor !== Number(token.payload.q) || p.versionId !== token.payload.v) return ctx.t('action-stale');
  const loaded = await load(ctx, p);
  if (!loaded) return ctx.t('survey-error-unknown');
  const { survey, def } = loaded;
  if (!isOpen(survey, ctx.services.clock.now())) return ctx.t('survey-error-closed');
  const q = def.questions[p.cursor];
  if (!q || !choice) return ctx.t('action-stale');
  // Every press uses the question's buttons up: a second device's press is stale.
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  if (choice === 'back') return (await goBack(ctx, survey, def, p)) ? ctx.t('done') : ctx.t('survey-back-first');
  const value = valueOfChoice(q, choice, p.answers[q.id]);
  if (value === undefined) return ctx.t('action-stale');
  if (value === 'retoggle') {
    // A multiple choice: show the question again with the new marks.
    const answers = { ...p.answers, [q.id]: toggled(p.answers[q.id], Number(choice.slice(1))) };
    const updated = await ctx.store.surveys.updateParticipant(p.id, { answers });
    await ask(ctx, survey, def, updated, p.cursor);
    return ctx.t('done');
  }
  await answerAndGoOn(ctx, survey, def, p, p.cursor, value);
  return ctx.t('survey-answer-saved');
}

function toggled(current: SurveyAnswers[string] | undefined, i: number): number[] {
  const set = new Set(Array.isArray(current) ? current : []);
  if (set.has(i)) set.delete(i);
  else set.add(i);
  return [...set].sort((a, b) => a - b);
}

/** What a pressed choice means for a question; undefined: not one of its buttons (forged). */
function valueOfChoice(
  q: Question,
  choice: string,
  current: SurveyAnswers[string] | undefined,
): SurveyAnswers[string] | 'retoggle' | undefined {
  if (choice === 'skip') return q.required ? undefined : null;
  const scale = scaleOf(q.type);
  const n = Number(choice.slice(1));
  if (q.type === 'single' && /^o\d+$/.test(choice) && n < (q.options?.length ?? 0)) return n;
  if (q.type === 'multi' && /^m\d+$/.test(choice) && n < (q.options?.length ?? 0)) return 'retoggle';
  if (q.type === 'multi' && choice === 'done') {
    const chosen = Array.isArray(current) ? current : [];
    if (chosen.length === 0) return q.required ? undefined : null;
    return chosen;
  }
  if (scale && /^s\d+$/.test(choice) && n >= scale.min && n <= scale.max) return n;
  if (q.type === 'yesno' && (choice === 'yes' || choice === 'no')) return choice;
  return undefined;
}

async function participantById(ctx: Context, id: string): Promise<SurveyParticipant | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const memberships = await ctx.store.memberships.forAccount(ctx.account.id);
  const rows = await ctx.store.surveys.ofMembers(memberships.map((m) => m.id));
  return rows.find((r) => r.id === id) ?? null;
}

/**
 * A typed answer: free text; or, where buttons are shown, a number (a scale
 * value, an option's number, "1,3" for several) or yes / no in English or
 * the reader's language, for apps that hide buttons.
 */
function typedValue(
  q: Question,
  text: string,
  yesNo: { yes: string; no: string },
  skip: boolean,
): SurveyAnswers[string] {
  const scale = scaleOf(q.type);
  const lower = text.toLowerCase();
  if (skip) {
    if (q.required) throw new UserError('survey-error-required');
    return null;
  }
  if (q.type === 'text') {
    if (text.length > LIMITS.answer) throw new UserError('survey-error-answer-too-long', { max: LIMITS.answer });
    return text;
  }
  // "۵", "٣", "৩": numbers typed in the digits of the reader's script (the question shows them so).
  const typed = asciiDigits(text).replace(/[،٬]/g, ',');
  if (scale) {
    const n = /^\d{1,2}$/.test(typed) ? Number(typed) : Number.NaN;
    if (!(n >= scale.min && n <= scale.max))
      throw new UserError('survey-error-range', { min: scale.min, max: scale.max });
    return n;
  }
  if (q.type === 'yesno') {
    if (lower === 'yes' || lower === yesNo.yes) return 'yes';
    if (lower === 'no' || lower === yesNo.no) return 'no';
    throw new UserError('survey-error-use-buttons');
  }
  const count = q.options?.length ?? 0;
  const picked = /^\d{1,2}(\s*,\s*\d{1,2})*$/.test(typed) ? typed.split(',').map((x) => Number(x.trim()) - 1) : [];
  if (picked.length === 0 || picked.some((i) => i < 0 || i >= count))
    throw new UserError(picked.length === 0 ? 'survey-error-use-buttons' : 'survey-error-range', {
      min: 1,
      max: count,
    });
  if (q.type === 'single') {
    if (picked.length !== 1) throw new UserError('survey-error-use-buttons');
    return picked[0]!;
  }
  return [...new Set(picked)].sort((a, b) => a - b);
}

/** A button label as someone would type it: "« Back" -> "back". */
function plainLabel(label: string): string {
  return label
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, '')
    .trim()
    .toLowerCase();
}

/** A private message while someone is in a survey: the answer to a text question (or a typed number). */
export async function onSurveyMessage(ctx: Context, event: MessageEvent): Promise<boolean> {
  if (ctx.isGroup) return false;
  const memberships = await ctx.store.memberships.forAccount(ctx.account.id);
  if (memberships.length === 0) return false;
  const now = ctx.services.clock.now();
  const typed = foldWord(event.text, ctx.locale);
  const back = typedWords(ctx, 'keyword-back', 'button-survey-back').has(typed);
  const skip = typedWords(ctx, 'keyword-skip', 'button-survey-skip').has(typed);
  let closed = false;
  for (const p of await ctx.store.surveys.answering(memberships.map((m) => m.id))) {
    const loaded = await load(ctx, p);
    if (!loaded || p.cursor === null) continue;
    if (!isOpen(loaded.survey, now)) {
      await ctx.store.surveys.updateParticipant(p.id, { cursor: null });
      closed = true;
      continue;
    }
    const q = loaded.def.questions[p.cursor];
    if (!q) continue;
    if (back) {
      if (!(await goBack(ctx, loaded.survey, loaded.def, p))) await ctx.say('survey-back-first');
      return true;
    }
    const yesNo = { yes: ctx.t('button-survey-yes').toLowerCase(), no: ctx.t('button-survey-no').toLowerCase() };
    const value = typedValue(q, event.text.trim(), yesNo, skip);
    // Typed while buttons were shown: the buttons of that question go stale.
    await answerAndGoOn(ctx, loaded.survey, loaded.def, p, p.cursor, value);
    return true;
  }
  // "back" with no question waiting (the survey closed, or none was open): say so rather than "I answer commands".
  if (back) {
    await ctx.say(closed ? 'survey-error-closed' : 'survey-back-none');
    return true;
  }
  // An answer typed after the survey closed under the person (the close clears the cursor): say
  // so rather than "I answer commands". Named surveys only: an anonymous survey forgets at close
  // who was answering.
  const unfinished = await closedUnderThem(
    ctx,
    memberships.map((m) => m.id),
    now,
  );
  if (unfinished) {
    await ctx.say('survey-closed-unfinished', { title: unfinished.title });
    return true;
  }
  return false;
}

const CLOSED_RECENTLY_MS = 7 * 86_400_000;

/** A named survey this person had started but not finished, closed in the last week. */
async function closedUnderThem(ctx: Context, membershipIds: string[], now: Date): Promise<Survey | null> {
  for (const p of await ctx.store.surveys.ofMembers(membershipIds)) {
    if (p.completed || Object.keys(p.answers).length === 0) continue;
    const survey = await ctx.store.surveys.byId(p.surveyId);
    const closedAt = survey?.closedAt ?? (survey?.deadline && survey.deadline <= now ? survey.deadline : null);
    if (survey && !survey.anonymous && closedAt && now.getTime() - closedAt.getTime() < CLOSED_RECENTLY_MS)
      return survey;
  }
  return null;
}

/**
 * Start or resume a survey in private: where the person stopped, at the
 * start to change named answers, or "already answered" for anonymous ones.
 */
export async function startAnswering(ctx: Context, survey: Survey, membershipId: string): Promise<void> {
  if (!isOpen(survey, ctx.services.clock.now())) throw new UserError('survey-error-closed');
  const latest = await ctx.store.surveys.latestVersion(survey.id);
  let p = await ctx.store.surveys.invite(survey.id, membershipId, latest.id);
  if (p.completed && survey.anonymous) throw new UserError('survey-already-answered');
  // Nothing answered yet: start on the newest version (answers stay with the version they answered).
  if (p.versionId !== latest.id && Object.keys(p.answers).length === 0)
    p = await ctx.store.surveys.updateParticipant(p.id, { versionId: latest.id, cursor: null });
  const loaded = await load(ctx, p);
  if (!loaded) throw new UserError('survey-error-unknown');
  const first = p.cursor ?? nextQuestion(loaded.def, -1, p.answers)!;
  p = await ctx.store.surveys.updateParticipant(p.id, { cursor: first });
  if (p.completed) await ctx.say('survey-changing');
  await ask(ctx, survey, loaded.def, p, first, first === 0);
}
