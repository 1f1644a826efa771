// Schedules typed in the reader's language: "semanal lun 18:00", "cada 2
// semanas jue 09:30", "mensual primer mar 17:00" become the English words the
// parser reads (schedule.ts stays one grammar). English words always work.
// The words come from the locale files (keyword-* messages); weekday names
// from Intl, long or short, in the reader's language.

import type { Translator } from '../../core/i18n.ts';
import { asciiDigits, foldWord, keywordSet, weekdayFromWord } from '../../core/words.ts';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const KEYWORDS = ['weekly', 'every', 'weeks', 'monthly', 'first', 'second', 'third', 'fourth', 'last'] as const;

/** The pattern with every localized schedule word replaced by its English one; other words unchanged. */
export function englishSchedule(i18n: Translator, locale: string, text: string): string {
  const sets = KEYWORDS.map((word) => [word, keywordSet(i18n, locale, `keyword-${word}`)] as const);
  // Little words a language needs where English has none ("toutes les 2 semaines").
  const filler = keywordSet(i18n, locale, 'keyword-ignore');
  const words = asciiDigits(text)
    .trim()
    .split(/\s+/)
    .filter((word) => word && !filler.has(foldWord(word, locale)));
  const out: string[] = [];
  for (const word of words) {
    // Where a weekday is due (after "weekly", "weeks" or "first"…), a day name wins:
    // in Portuguese "segunda" is Monday there, and "second" after "monthly".
    const dayDue = ['weekly', 'weeks', 'first', 'second', 'third', 'fourth', 'last'].includes(out.at(-1) ?? '');
    const day = weekdayFromWord(word, locale);
    if (dayDue && day >= 0) {
      out.push(WEEKDAYS[day]!);
      continue;
    }
    if (/^[\d*/,-]+$|:/.test(word)) {
      out.push(word); // numbers, times and cron fields
      continue;
    }
    const keyword = sets.find(([, set]) => set.has(foldWord(word, locale)));
    out.push(keyword ? keyword[0] : day >= 0 ? WEEKDAYS[day]! : word);
  }
  // "every week" / "every month" said as one rhythm ("kila wiki", "каждую неделю").
  return out
    .join(' ')
    .replace(/^every weeks\b/, 'weekly')
    .replace(/^every monthly\b/, 'monthly');
}

/** Is this answer the reader's "skip" (or English "skip")? */
export function isSkipWord(i18n: Translator, locale: string, text: string): boolean {
  return keywordSet(i18n, locale, 'keyword-skip').has(foldWord(text, locale));
}

/**
 * A stored (English) schedule in the reader's words: "weekly mon 18:00" reads
 * "semanal lun 18:00" in Spanish. The first word of each keyword message is the
 * one shown; weekday names are the language's short ones; cron stays as typed.
 */
export function localSchedule(i18n: Translator, locale: string, english: string): string {
  if (english.startsWith('cron ') || locale.split('-')[0] === 'en') return english;
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return english
    .split(' ')
    .map((word) => {
      const day = WEEKDAYS.indexOf(word as (typeof WEEKDAYS)[number]);
      if (day >= 0) return short.format(new Date(Date.UTC(2023, 0, 1 + day, 12)));
      if (!(KEYWORDS as readonly string[]).includes(word)) return word;
      return i18n.t(locale, `keyword-${word}`).split(',')[0]?.trim() || word;
    })
    .join(' ');
}
