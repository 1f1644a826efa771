// A survey's definition is data: JSON validated here with zod, stored per
// version. Texts are either one string (a coordinator's own survey, in their
// words) or one per language (templates), so people read a template in theirs.

import { z } from 'zod';
import { UserError } from '../../core/errors.ts';
import type { SurveyAnswers } from '../../core/store.ts';

export const QUESTION_TYPES = ['single', 'multi', 'scale5', 'scale10', 'yesno', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const LIMITS = {
  questions: 30,
  options: 10,
  title: 120,
  question: 500,
  option: 100,
  intro: 1000,
  answer: 1000,
} as const;

/** One text, or one per language tag ("en", "ar", "es"). */
const localText = (max: number) =>
  z.union([
    z.string().trim().min(1).max(max),
    z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), z.string().trim().min(1).max(max)),
  ]);
export type LocalText = string | Record<string, string>;

const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]{1,24}$/),
    type: z.enum(QUESTION_TYPES),
    text: localText(LIMITS.question),
    options: z.array(localText(LIMITS.option)).min(2).max(LIMITS.options).optional(),
    required: z.boolean().default(true),
    /** Ask only if an earlier question's answer equals this ("no", "2", an option's text). */
    if: z
      .object({ question: z.string(), equals: z.string().trim().min(1).max(LIMITS.option) })
      .strict()
      .optional(),
  })
  .strict();

export const definitionSchema = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.title),
    intro: localText(LIMITS.intro).optional(),
    thanks: localText(LIMITS.intro).optional(),
    anonymous: z.boolean().default(false),
    questions: z.array(questionSchema).min(1).max(LIMITS.questions),
  })
  .strict()
  .superRefine((def, ctx) => {
    const seen = new Set<string>();
    def.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: 'duplicate id' });
      const needsOptions = q.type === 'single' || q.type === 'multi';
      if (needsOptions !== Boolean(q.options))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'options' });
      if (q.if && !seen.has(q.if.question))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'if'], message: 'not an earlier question' });
      seen.add(q.id);
    });
  });

export type SurveyDefinition = z.output<typeof definitionSchema>;
export type Question = SurveyDefinition['questions'][number];

/** Validate a definition; a mistake is a localized answer naming where it is. */
export function validateDefinition(input: unknown): SurveyDefinition {
  const parsed = definitionSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue) definitionMistake(input, issue);
  const where = issue?.path.map(String).join('.') || '-';
  throw new UserError('survey-error-definition', { where: where.slice(0, 60) });
}

/** The common mistakes said in words: too many questions or options, a text too long, an unknown type. */
function definitionMistake(input: unknown, issue: z.core.$ZodIssue): void {
  const [top, index, field] = issue.path;
  const n = typeof index === 'number' ? index + 1 : 0;
  const max = issue.code === 'too_big' ? Number(issue.maximum) : 0;
  if (issue.code === 'too_big' && top === 'questions' && issue.path.length === 1)
    throw new UserError('survey-error-too-many', { max });
  if (top === 'questions' && n > 0 && field === 'type' && issue.path.length === 3) {
    const typed = (input as { questions: Array<{ type?: unknown }> }).questions[index as number]?.type;
    throw new UserError('survey-error-json-type', { n, type: String(typed ?? '').slice(0, 20) });
  }
  if (issue.code === 'too_big' && top === 'questions' && n > 0 && field === 'options' && issue.path.length === 3)
    throw new UserError('survey-error-too-many-options', { n, max });
  if (issue.code === 'too_big' && issue.origin === 'string')
    throw new UserError(n > 0 ? 'survey-error-question-too-long' : 'survey-error-title-too-long', { n, max });
}

/** A stored definition (validated when it was saved). */
export function definitionOf(stored: unknown): SurveyDefinition {
  return definitionSchema.parse(stored);
}

/** The text in a language: that language, its base, English, else the first there is. */
export function textIn(text: LocalText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[locale.split('-')[0]!] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Every language version of a text, for matching what someone typed. */
function allTexts(text: LocalText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** Whether an answer meets a condition's "equals". */
export function meets(question: Question, answer: SurveyAnswers[string] | undefined, equals: string): boolean {
  if (answer === null || answer === undefined) return false;
  const want = equals.trim().toLowerCase();
  const optionMatches = (i: number) =>
    String(i + 1) === want || allTexts(question.options?.[i] ?? '').some((t) => t.toLowerCase() === want);
  if (Array.isArray(answer)) return answer.some(optionMatches);
  if (question.type === 'single' && typeof answer === 'number') return optionMatches(answer);
  return String(answer).toLowerCase() === want;
}

/** Whether a question is asked, given the answers so far. */
export function isAsked(def: SurveyDefinition, index: number, answers: SurveyAnswers): boolean {
  const q = def.questions[index];
  if (!q) return false;
  if (!q.if) return true;
  const source = def.questions.find((s) => s.id === q.if!.question);
  return source ? meets(source, answers[source.id], q.if.equals) : false;
}

/** The next question to ask after `index` (-1 to start), or null when the survey is done. */
export function nextQuestion(def: SurveyDefinition, index: number, answers: SurveyAnswers): number | null {
  for (let i = index + 1; i < def.questions.length; i++) if (isAsked(def, i, answers)) return i;
  return null;
}

/** The answers of questions that are asked (a changed earlier answer may make a later one moot). */
export function askedAnswers(def: SurveyDefinition, answers: SurveyAnswers): SurveyAnswers {
  const kept: SurveyAnswers = {};
  def.questions.forEach((q, i) => {
    if (isAsked(def, i, answers) && answers[q.id] !== undefined) kept[q.id] = answers[q.id]!;
  });
  return kept;
}

/** The scale's range. */
export function scaleOf(type: QuestionType): { min: number; max: number } | null {
  if (type === 'scale5') return { min: 1, max: 5 };
  if (type === 'scale10') return { min: 0, max: 10 };
  return null;
}
