// Spans of time as people type them in commands: "90m", "6h", "2d", "3w", and
// the same in words in the reader's language or English ("2 semanas",
// "12 ساعة", "wiki 2"), listed in the keyword-duration-* messages.

import type { Translator } from './i18n.ts';
import { asciiDigits, foldWord, keywordSet } from './words.ts';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** The message listing each unit's words, by the letter the short form uses. */
const UNIT_WORDS = [
  ['m', 'keyword-duration-minutes'],
  ['h', 'keyword-duration-hours'],
  ['d', 'keyword-duration-days'],
  ['w', 'keyword-duration-weeks'],
] as const;

/** "2d", "6h", "90m", "1w" to milliseconds; null when unreadable. */
export function parseSpanMs(text: string): number | null {
  const match = /^(\d{1,4})([mhdw])$/i.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2]!.toLowerCase() as keyof typeof UNIT_MS];
}

/**
 * A span typed in words ("3 días", "2 weeks", "wiki 2" — Swahili puts the unit
 * first — "۱۲ ساعت") as the short form the parsers read ("3d"); any other text
 * unchanged (digits of other scripts as ASCII), so "2w" and dates pass through.
 */
export function englishSpan(i18n: Translator, locale: string, text: string): string {
  const plain = asciiDigits(text.trim());
  const match =
    /^(\d{1,4})\s*(\p{L}[\p{L}\p{M}\u200c.]*)$/u.exec(plain) ??
    /^(\p{L}[\p{L}\p{M}\u200c.]*)\s+(\d{1,4})$/u.exec(plain);
  if (!match) return plain;
  const [count, word] = /^\d/.test(match[1]!) ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  const typed = foldWord(word, locale);
  for (const [unit, id] of UNIT_WORDS) {
    if (keywordSet(i18n, locale, id).has(typed)) return `${count}${unit}`;
  }
  return plain;
}

/** parseSpanMs for what a reader typed, in words of their language or English. */
export function parseLocalSpanMs(i18n: Translator, locale: string, text: string): number | null {
  return parseSpanMs(englishSpan(i18n, locale, text));
}

/** Intl.DurationFormat (ES2025; Node 24 has it, the es2024 lib does not declare it). */
type DurationFormatter = { format(duration: Record<string, number>): string };
const DurationFormat = (
  Intl as unknown as { DurationFormat: new (locale: string, options: object) => DurationFormatter }
).DurationFormat;
const durationFormats = new Map<string, DurationFormatter>();

/**
 * A span as the reader says it ("20 minutes", "1 hour, 30 minutes", "2 days"):
 * whole days from two days on, else hours and minutes, so a 20-minute window
 * never reads "0 hours".
 */
export function formatSpan(locale: string, ms: number): string {
  let format = durationFormats.get(locale);
  if (!format) {
    format = new DurationFormat(locale, { style: 'long' });
    durationFormats.set(locale, format);
  }
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes >= 2 * 1440 && minutes % 1440 === 0) return format.format({ days: minutes / 1440 });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return format.format({ ...(hours > 0 ? { hours } : {}), ...(rest > 0 ? { minutes: rest } : {}) });
}
