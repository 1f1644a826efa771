// A definition written back out: the short text format when it can say it all
// (one language, no opening or thank-you text), else JSON. Both read back with
// /survey import (parse.ts) into the same questions.

import type { SurveyDefinition } from './model.ts';

/** The short text format, or null when the definition needs JSON (texts per language, intro, thanks). */
export function toShortText(def: SurveyDefinition): string | null {
  if (def.intro !== undefined || def.thanks !== undefined) return null;
  const position = new Map(def.questions.map((q, i) => [q.id, i + 1]));
  const lines = [def.title];
  for (const q of def.questions) {
    const texts = [q.text, ...(q.options ?? [])];
    // A "|" or a line break inside a text would read back as something else.
    if (texts.some((t) => typeof t !== 'string' || /[|\n]/.test(t))) return null;
    if (q.if && /[|\n]/.test(q.if.equals)) return null;
    const options = (q.options ?? []).map((o) => ` | ${o as string}`).join('');
    const condition = q.if ? ` if q${position.get(q.if.question)}=${q.if.equals}` : '';
    lines.push(`${q.type}${q.required ? '' : '?'}: ${q.text as string}${options}${condition}`);
  }
  return lines.join('\n');
}

export function toJsonText(def: SurveyDefinition): string {
  return JSON.stringify(def, null, 2);
}
