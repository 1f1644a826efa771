// One question as a message: its text, and buttons for choices, scales and
// yes/no (numbered options where a platform has no buttons), or a reply
// field for free text. Built the same way for a job's DM and a button press.

import { escapeHtml } from '../../core/markup.ts';
import { MIN_AGGREGATE } from '../../core/privacy.ts';
import type { Survey, SurveyParticipant } from '../../core/store.ts';
import type { Button, OutboundMessage } from '../../core/types.ts';
import { isAsked, type SurveyDefinition, scaleOf, textIn } from './model.ts';

export const ANSWER_KIND = 'surveys.answer';

/** Whoever a question is written for: a Context, or a job's Recipient. */
export interface Asker {
  readonly locale: string;
  t(id: string, args?: Record<string, string | number>): string;
  choices(
    kind: string,
    choices: ReadonlyArray<{ label: string; choice: string }>,
    options?: { payload?: Record<string, unknown>; ttlMs?: number },
  ): Promise<Button[]>;
}

const ROW = 5;

/** The question asked before `index`, given the answers so far (a skipped conditional one is passed over); null at the first. */
export function previousQuestion(
  def: SurveyDefinition,
  index: number,
  answers: SurveyParticipant['answers'],
): number | null {
  for (let i = index - 1; i >= 0; i--) if (isAsked(def, i, answers)) return i;
  return null;
}

function rows(buttons: Button[], size: number): Button[][] {
  const out: Button[][] = [];
  for (let i = 0; i < buttons.length; i += size) out.push(buttons.slice(i, i + size));
  return out;
}

/** How long a question's buttons stay valid: until the deadline (a week when there is none). */
export function ttlFor(survey: Survey, now: Date): number {
  const until = survey.deadline?.getTime() ?? now.getTime() + 7 * 86_400_000;
  return Math.max(60_000, until - now.getTime());
}

export async function questionMessage(
  asker: Asker,
  survey: Survey,
  def: SurveyDefinition,
  participant: SurveyParticipant,
  index: number,
  options: { now: Date; replyFrom?: string; intro?: boolean; smallestGroup?: number; title?: string },
): Promise<OutboundMessage> {
  const q = def.questions[index]!;
  const lines: string[] = [];
  if (options.intro) {
    lines.push(
      asker.t('survey-dm-intro', {
        title: options.title ?? survey.title,
        anonymous: survey.anonymous ? 'yes' : 'no',
        k: options.smallestGroup ?? MIN_AGGREGATE,
      }),
    );
    const intro = textIn(def.intro, asker.locale);
    if (intro) lines.push(escapeHtml(intro));
    lines.push('');
  }
  lines.push(asker.t('survey-dm-question', { n: index + 1, total: def.questions.length }));
  lines.push(`<b>${escapeHtml(textIn(q.text, asker.locale))}</b>`);
  const token = {
    payload: { p: participant.id, q: index, v: participant.versionId },
    ttlMs: ttlFor(survey, options.now),
  };
  const canGoBack = previousQuestion(def, index, participant.answers) !== null;
  const skip = q.required ? [] : [{ label: asker.t('button-survey-skip'), choice: 'skip' }];
  // "Back" to the question asked before: a button where there are buttons (a numbered option on Matrix).
  const back = canGoBack ? [{ label: asker.t('button-survey-back'), choice: 'back' }] : [];
  const current = participant.answers[q.id];
  const scale = scaleOf(q.type);
  let choices: Array<{ label: string; choice: string }> = [];
  let size = 1;
  if (q.type === 'text') {
    // A person who came back here sees what they wrote (their own private chat).
    if (typeof current === 'string') lines.push(asker.t('survey-dm-your-answer', { answer: escapeHtml(current) }));
    lines.push(asker.t(q.required ? 'survey-dm-text-hint' : 'survey-dm-text-hint-optional'));
    // No button here: on Matrix a bare "1" would then be read as that button, not as the answer.
    if (canGoBack) lines.push(asker.t('survey-dm-back-hint'));
    return { html: lines.join('\n'), ...(options.replyFrom ? { expectReply: { from: options.replyFrom } } : {}) };
  }
  const mark = (on: boolean, label: string) => `${on ? '✓ ' : ''}${label}`;
  if (q.type === 'single' || q.type === 'multi') {
    const chosen = new Set(Array.isArray(current) ? current : typeof current === 'number' ? [current] : []);
    choices = (q.options ?? []).map((o, i) => ({
      label: `${chosen.has(i) ? '✓ ' : ''}${escapeHtml(textIn(o, asker.locale))}`,
      choice: q.type === 'multi' ? `m${i}` : `o${i}`,
    }));
    if (q.type === 'multi') {
      lines.push(asker.t('survey-dm-multi-hint'));
      choices.push({ label: asker.t('button-survey-done'), choice: 'done' });
    }
  } else if (scale) {
    lines.push(asker.t('survey-dm-scale-hint', { min: scale.min, max: scale.max }));
    // 0 goes last on a 0–10 scale: where options are numbered (Matrix), "7" then means 7.
    const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
    if (scale.min === 0) values.push(values.shift()!);
    for (const v of values) choices.push({ label: mark(current === v, String(v)), choice: `s${v}` });
    size = ROW;
  } else {
    choices = [
      { label: mark(current === 'yes', asker.t('button-survey-yes')), choice: 'yes' },
      { label: mark(current === 'no', asker.t('button-survey-no')), choice: 'no' },
    ];
    size = 2;
  }
  const buttons = await asker.choices(ANSWER_KIND, [...choices, ...skip, ...back], token);
  const main = buttons.slice(0, choices.length);
  return { html: lines.join('\n'), buttons: [...rows(main, size), ...rows(buttons.slice(choices.length), 1)] };
}
