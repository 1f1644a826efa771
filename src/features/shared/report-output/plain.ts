// Sections carry text as the bot's chat markup (what ctx.t and job.t give:
// user text escaped, values wrapped in Unicode isolates by Fluent). Charts,
// files and wiki pages need plain text: tags dropped, entities decoded, and
// the isolates removed (a spreadsheet or a wiki shows them as stray marks).

import { htmlToPlain } from '../../../core/markup.ts';

const ISOLATES = /[\u2066-\u2069]/g;

export function plainText(markup: string): string {
  return htmlToPlain(markup).replace(ISOLATES, '');
}

/** Every string in a chart spec as plain text (titles, labels, data values). */
export function plainSpec<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map((v) => plainSpec(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainSpec(v)])) as T;
  }
  return value;
}
