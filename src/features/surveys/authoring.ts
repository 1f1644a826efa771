// /survey new: a survey written step by step in private. Title, then a menu
// (add a question, anonymous or named, preview, save, cancel); a question is
// its type, its text, its options (choices), required or optional, and a
// condition ("only if q2=no"). Buttons on Telegram, numbered replies on
// Matrix; typed replies for texts. The draft lives in the database
// (SurveyDraft), so a restart or a pause of days continues where it stopped;
// "cancel" (a button, or typed) drops it. Saving validates the whole
// definition like /survey import (model.ts) before anything is stored.

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { escapeHtml } from '../../core/markup.ts';
import type { ActionToken } from '../../core/store.ts';
import type { MessageEvent } from '../../core/types.ts';
import { LIMITS, QUESTION_TYPES, type QuestionType, scaleOf, validateDefinition } from './model.ts';
import { cohortOf } from './survey-arg.ts';

export const AUTHOR_KIND = 'surveys.author';

type Step = 'title' | 'menu' | 'type' | 'text' | 'options' | 'required' | 'condition';
const TYPED_STEPS: readonly Step[] = ['title', 'text', 'options', 'condition'];
const CANCEL_WORDS = new Set(['cancel', '/cancel', '!cancel']);

interface DraftQuestion {
  id: string;
  type: QuestionType;
  text: string;
  options?: string[];
  required: boolean;
  if?: { question: string; equals: string };
}

interface DraftState {
  step: Step;
  title: string;
  anonymous: boolean;
  questions: DraftQuestion[];
  /** The question being written. */
  pending: Partial<DraftQuestion> | null;
}

function stateOf(stored: unknown): DraftState {
  const s = (stored ?? {}) as Partial<DraftState>;
  return {
    step: s.step ?? 'title',
    title: s.title ?? '',
    anonymous: s.anonymous ?? false,
    questions: s.questions ?? [],
    pending: s.pending ?? null,
  };
}

export async function startAuthoring(ctx: Context): Promise<void> {
  const cohort = cohortOf(ctx);
  const existing = await ctx.store.surveys.draft(ctx.account.id);
  // One draft a person: a second /survey new continues the first (same cohort) rather than losing it.
  if (existing && existing.cohortId === cohort.id) {
    await prompt(ctx, stateOf(existing.state));
    return;
  }
  const state: DraftState = { step: 'title', title: '', anonymous: false, questions: [], pending: null };
  await ctx.store.surveys.saveDraft(ctx.account.id, cohort.id, state);
  await prompt(ctx, state);
}

async function save(ctx: Context, cohortId: string, state: DraftState): Promise<void> {
  await ctx.store.surveys.saveDraft(ctx.account.id, cohortId, state);
  await prompt(ctx, state);
}

/** Ask what the step needs: a typed reply, or buttons. */
async function prompt(ctx: Context, state: DraftState): Promise<void> {
  const buttons = (choices: Array<{ label: string; choice: string }>) =>
    ctx.choices(AUTHOR_KIND, choices, { payload: { step: state.step }, ttlMs: 7 * 86_400_000 });
  const cancel = { label: ctx.t('button-cancel'), choice: 'cancel' };
  switch (state.step) {
    case 'title':
      await ctx.ask('survey-new-title-ask', { max: LIMITS.title });
      return;
    case 'text':
      await ctx.ask('survey-new-text-ask', { n: state.questions.length + 1, max: LIMITS.question });
      return;
    case 'options':
      await ctx.ask('survey-new-options-ask', { max: LIMITS.options });
      return;
    case 'menu': {
      const row = await buttons([
        { label: ctx.t('button-survey-new-add'), choice: 'add' },
        { label: ctx.t(state.anonymous ? 'button-survey-new-named' : 'button-survey-new-anonymous'), choice: 'anon' },
        { label: ctx.t('button-survey-new-preview'), choice: 'preview' },
        { label: ctx.t('button-survey-new-save'), choice: 'save' },
        cancel,
      ]);
      await ctx.reply({
        html: ctx.t('survey-new-menu', {
          title: state.title,
          count: state.questions.length,
          anonymous: state.anonymous ? 'yes' : 'no',
        }),
        buttons: [row.slice(0, 2), row.slice(2)],
      });
      return;
    }
    case 'type': {
      const row = await buttons([
        ...QUESTION_TYPES.map((type) => ({ label: ctx.t(`button-survey-type-${type}`), choice: `t:${type}` })),
        cancel,
      ]);
      await ctx.reply({ html: ctx.t('survey-new-type-ask'), buttons: [row.slice(0, 3), row.slice(3)] });
      return;
    }
    case 'required': {
      const row = await buttons([
        { label: ctx.t('button-survey-new-required'), choice: 'req' },
        { label: ctx.t('button-survey-new-optional'), choice: 'opt' },
        cancel,
      ]);
      await ctx.reply({ html: ctx.t('survey-new-required-ask'), buttons: [row] });
      return;
    }
    case 'condition': {
      const row = await buttons([{ label: ctx.t('button-survey-new-always'), choice: 'always' }, cancel]);
      await ctx.reply({ html: ctx.t('survey-new-condition-ask'), buttons: [row] });
      return;
    }
  }
}

/** A press on one of the draft's buttons. */
export async function onAuthorButton(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  const draft = await ctx.store.surveys.draft(ctx.account.id);
  const state = draft ? stateOf(draft.state) : null;
  if (!draft || !state || state.step !== token.payload.step || !choice) return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  if (choice === 'cancel') {
    await cancel(ctx);
    return ctx.t('done');
  }
  let next: DraftState | 'saved' | null;
  try {
    next = await afterPress(ctx, draft.cohortId, state, choice);
  } catch (error) {
    // The press used the buttons up: say what is wrong and ask the same step again.
    if (!(error instanceof UserError)) throw error;
    await ctx.reply(ctx.t(error.messageId, error.args));
    next = state;
  }
  if (!next) return ctx.t('action-stale');
  if (next !== 'saved') await save(ctx, draft.cohortId, next);
  return ctx.t('done');
}

async function afterPress(
  ctx: Context,
  cohortId: string,
  state: DraftState,
  choice: string,
): Promise<DraftState | 'saved' | null> {
  if (state.step === 'menu') {
    if (choice === 'add') {
      if (state.questions.length >= LIMITS.questions)
        throw new UserError('survey-new-error-full', { max: LIMITS.questions });
      return { ...state, step: 'type', pending: {} };
    }
    if (choice === 'anon') return { ...state, anonymous: !state.anonymous };
    if (choice === 'preview') {
      await ctx.reply(previewOf(ctx, state));
      return state;
    }
    if (choice === 'save') {
      await saveSurvey(ctx, cohortId, state);
      return 'saved';
    }
    return null;
  }
  if (state.step === 'type' && choice.startsWith('t:')) {
    const type = choice.slice(2) as QuestionType;
    if (!QUESTION_TYPES.includes(type)) return null;
    return { ...state, step: 'text', pending: { type } };
  }
  if (state.step === 'required' && (choice === 'req' || choice === 'opt')) {
    const pending = { ...state.pending, required: choice === 'req' };
    return state.questions.length === 0 ? addPending(ctx, state, pending) : { ...state, step: 'condition', pending };
  }
  if (state.step === 'condition' && choice === 'always') return addPending(ctx, state, state.pending ?? {});
  return null;
}

async function addPending(ctx: Context, state: DraftState, pending: Partial<DraftQuestion>): Promise<DraftState> {
  const n = state.questions.length + 1;
  const question: DraftQuestion = {
    id: `q${n}`,
    type: pending.type ?? 'text',
    text: pending.text ?? '',
    ...(pending.options ? { options: pending.options } : {}),
    required: pending.required ?? true,
    ...(pending.if ? { if: pending.if } : {}),
  };
  await ctx.say('survey-new-added', { n });
  return { ...state, step: 'menu', questions: [...state.questions, question], pending: null };
}

/** A typed reply while a draft waits for text (title, question, options, condition). */
export async function onAuthorMessage(ctx: Context, event: MessageEvent): Promise<boolean> {
  if (ctx.isGroup) return false;
  const draft = await ctx.store.surveys.draft(ctx.account.id);
  if (!draft) return false;
  const state = stateOf(draft.state);
  const text = event.text.trim();
  if (CANCEL_WORDS.has(text.toLowerCase())) {
    await cancel(ctx);
    return true;
  }
  if (!TYPED_STEPS.includes(state.step)) return false;
  await save(ctx, draft.cohortId, await afterText(ctx, state, text));
  return true;
}

async function afterText(ctx: Context, state: DraftState, text: string): Promise<DraftState> {
  if (state.step === 'title') {
    if (!text || text.length > LIMITS.title) throw new UserError('survey-new-error-text', { max: LIMITS.title });
    return { ...state, title: text, step: 'menu' };
  }
  if (state.step === 'text') {
    if (!text || text.length > LIMITS.question) throw new UserError('survey-new-error-text', { max: LIMITS.question });
    const type = state.pending?.type ?? 'text';
    const choices = type === 'single' || type === 'multi';
    return { ...state, step: choices ? 'options' : 'required', pending: { ...state.pending, text } };
  }
  if (state.step === 'options') {
    const options = text
      .split(/\n|\|/)
      .map((o) => o.trim())
      .filter(Boolean);
    if (options.length < 2 || options.length > LIMITS.options || options.some((o) => o.length > LIMITS.option))
      throw new UserError('survey-new-error-options', { max: LIMITS.options, len: LIMITS.option });
    return { ...state, step: 'required', pending: { ...state.pending, options } };
  }
  // The condition: qN=answer, N an earlier question.
  const match = /^q?(\d{1,2})\s*=\s*(.{1,100})$/i.exec(text);
  const source = match ? state.questions[Number(match[1]) - 1] : undefined;
  if (!match || !source) throw new UserError('survey-new-error-condition', { max: state.questions.length });
  return addPending(ctx, state, { ...state.pending, if: { question: source.id, equals: match[2]!.trim() } });
}

async function cancel(ctx: Context): Promise<void> {
  await ctx.store.surveys.dropDraft(ctx.account.id);
  await ctx.say('survey-new-cancelled');
}

async function saveSurvey(ctx: Context, cohortId: string, state: DraftState): Promise<void> {
  if (state.questions.length === 0) throw new UserError('survey-new-error-empty');
  const def = validateDefinition({ title: state.title, anonymous: state.anonymous, questions: state.questions });
  const { survey } = await ctx.store.surveys.create({
    cohortId,
    title: def.title,
    template: null,
    anonymous: def.anonymous,
    definition: def,
  });
  await ctx.store.surveys.dropDraft(ctx.account.id);
  await ctx.audit('survey.create', { surveyId: survey.id, template: null });
  await ctx.say('survey-created', {
    number: survey.number,
    title: survey.title,
    questions: def.questions.length,
    anonymous: survey.anonymous ? 'yes' : 'no',
  });
}

function previewOf(ctx: Context, state: DraftState): string {
  const lines = [`<b>${escapeHtml(state.title)}</b>`];
  state.questions.forEach((q, i) => {
    const scale = scaleOf(q.type);
    const kind = scale ? `${scale.min}–${scale.max}` : ctx.t(`button-survey-type-${q.type}`);
    const options = q.options ? ` [${q.options.map(escapeHtml).join(' / ')}]` : '';
    const optional = q.required ? '' : ` ${ctx.t('survey-show-optional')}`;
    const cond = q.if ? ` ${ctx.t('survey-show-if', { question: q.if.question, equals: q.if.equals })}` : '';
    lines.push(`${i + 1}. (${kind}) ${escapeHtml(q.text)}${options}${optional}${cond}`);
  });
  if (state.questions.length === 0) lines.push(ctx.t('survey-new-no-questions'));
  return lines.join('\n');
}
