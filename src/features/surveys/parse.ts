// Two ways to write a survey in a message (docs/surveys.md): JSON, or a
// short text format, one question a line:
//
//   Title of the survey
//   scale5: How useful was the workshop?
//   single: Which session helped most? | Morning | Afternoon
//   yesno: Did you try it since?
//   text?: What stopped you? if q3=no
//
// "?" after the type makes a question optional; "if qN=value" asks it only
// when question N got that answer. The result is validated like JSON.

import { UserError } from '../../core/errors.ts';
import { LIMITS, QUESTION_TYPES, type QuestionType, type SurveyDefinition, validateDefinition } from './model.ts';

const LINE = /^\s*([a-z0-9]+)(\?)?\s*:\s*(.+)$/i;
const CONDITION = /\s+if\s+(q\d{1,2})\s*=\s*([^|]+)$/i;
/** Pasted text larger than this is refused before anything is parsed. */
const MAX_INPUT = 40_000;

export function parseDefinition(raw: string, overrides: { anonymous?: boolean } = {}): SurveyDefinition {
  const text = raw.trim();
  if (text.length > MAX_INPUT) throw new UserError('survey-error-too-long', { max: MAX_INPUT });
  if (text.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UserError('survey-error-json');
    }
    if (overrides.anonymous && json && typeof json === 'object') (json as Record<string, unknown>).anonymous = true;
    return validateDefinition(json);
  }
  const [title = '', ...lines] = text.split('\n').map((l) => l.trim());
  const rows = lines.filter(Boolean);
  if (rows.length > LIMITS.questions) throw new UserError('survey-error-too-many', { max: LIMITS.questions });
  const questions = rows.map((line, i) => {
    const match = LINE.exec(line);
    if (!match) throw new UserError('survey-error-line', { n: i + 2 });
    const type = match[1]!.toLowerCase();
    if (!(QUESTION_TYPES as readonly string[]).includes(type))
      throw new UserError('survey-error-type', { n: i + 2, type: type.slice(0, 20) });
    let body = match[3]!;
    const condition = CONDITION.exec(body);
    if (condition) body = body.slice(0, condition.index);
    const [question = '', ...options] = body.split('|').map((p) => p.trim());
    return {
      id: `q${i + 1}`,
      type: type as QuestionType,
      text: question,
      ...(options.length > 0 ? { options } : {}),
      required: !match[2],
      ...(condition ? { if: { question: condition[1]!.toLowerCase(), equals: condition[2]!.trim() } } : {}),
    };
  });
  return validateDefinition({ title, anonymous: overrides.anonymous ?? false, questions });
}
