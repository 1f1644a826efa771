// Ready-made surveys, in every language the bot speaks: each text of a
// template is stored once per locale, so every person reads it in theirs.
// The self-assessment asks about each of the cohort's themes; run it before
// and after, and results and reports show the change per theme.

import { UserError } from '../../core/errors.ts';
import type { Translator } from '../../core/i18n.ts';
import type { Cohort } from '../../core/store.ts';
import { LIMITS, type LocalText, type QuestionType, type SurveyDefinition, validateDefinition } from './model.ts';

export const TEMPLATES = ['feedback', 'followup', 'self-assessment'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export function isTemplate(name: string): name is TemplateName {
  return (TEMPLATES as readonly string[]).includes(name);
}

/**
 * A survey's title for one reader: a ready-made survey still under its
 * template's title (stored in the cohort's language) reads in the reader's
 * language; a title its coordinator wrote or changed stays as written.
 */
export function titleFor(survey: { title: string; template: string | null }, locale: string, i18n: Translator): string {
  if (!survey.template || !isTemplate(survey.template)) return survey.title;
  const key = `survey-tpl-${survey.template}-title`;
  return i18n.locales.some((l) => i18n.t(l, key) === survey.title) ? i18n.t(locale, key) : survey.title;
}

interface Draft {
  id: string;
  type: QuestionType;
  /** Fluent id of the question, or a text built per locale. */
  text: string | ((locale: string) => string);
  options?: string[];
  required?: boolean;
  if?: { question: string; equals: string };
}

const DRAFTS: Record<Exclude<TemplateName, 'self-assessment'>, Draft[]> = {
  feedback: [
    { id: 'useful', type: 'scale5', text: 'survey-tpl-feedback-useful' },
    {
      id: 'best',
      type: 'single',
      text: 'survey-tpl-feedback-best',
      options: [
        'survey-tpl-feedback-best-sessions',
        'survey-tpl-feedback-best-people',
        'survey-tpl-feedback-best-practice',
        'survey-tpl-feedback-best-materials',
      ],
    },
    { id: 'again', type: 'yesno', text: 'survey-tpl-feedback-again' },
    {
      id: 'why-not',
      type: 'text',
      text: 'survey-tpl-feedback-why-not',
      required: false,
      if: { question: 'again', equals: 'no' },
    },
    { id: 'change', type: 'text', text: 'survey-tpl-feedback-change', required: false },
  ],
  followup: [
    {
      id: 'used',
      type: 'multi',
      text: 'survey-tpl-followup-used',
      options: [
        'survey-tpl-followup-used-skills',
        'survey-tpl-followup-used-tools',
        'survey-tpl-followup-used-contacts',
        'survey-tpl-followup-used-nothing',
      ],
    },
    { id: 'blocked', type: 'yesno', text: 'survey-tpl-followup-blocked' },
    {
      id: 'what-blocked',
      type: 'text',
      text: 'survey-tpl-followup-what-blocked',
      if: { question: 'blocked', equals: 'yes' },
    },
    { id: 'recommend', type: 'scale10', text: 'survey-tpl-followup-recommend' },
    { id: 'else', type: 'text', text: 'survey-tpl-followup-else', required: false },
  ],
};

function drafts(name: TemplateName, i18n: Translator, cohort: Cohort): Draft[] {
  if (name !== 'self-assessment') return DRAFTS[name];
  if (cohort.themes.length === 0) throw new UserError('survey-error-no-themes');
  // Question ids by position: the before and after runs pair theme by theme.
  return cohort.themes.slice(0, LIMITS.questions).map((theme, i) => ({
    id: `theme-${i + 1}`,
    type: 'scale5' as const,
    text: (locale: string) => `${i18n.t(locale, 'survey-tpl-self-question')} ${theme}`.slice(0, LIMITS.question),
  }));
}

/** A template as a definition for this cohort, its texts in every locale. */
export function templateDefinition(
  name: TemplateName,
  i18n: Translator,
  cohort: Cohort,
  anonymous: boolean,
): SurveyDefinition {
  const every = (text: string | ((locale: string) => string)): LocalText =>
    Object.fromEntries(i18n.locales.map((l) => [l, typeof text === 'string' ? i18n.t(l, text) : text(l)]));
  return validateDefinition({
    title: i18n.t(cohort.locale, `survey-tpl-${name}-title`),
    intro: every(`survey-tpl-${name}-intro`),
    anonymous,
    questions: drafts(name, i18n, cohort).map((d) => ({
      id: d.id,
      type: d.type,
      text: every(d.text),
      ...(d.options ? { options: d.options.map((o) => every(o)) } : {}),
      required: d.required ?? true,
      ...(d.if ? { if: d.if } : {}),
    })),
  });
}
