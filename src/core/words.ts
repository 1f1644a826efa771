// Words in the reader's language that are not whole messages: lists of names
// ("a, b and c"), language names, and the keywords people type ("skip",
// "weekly mon") which are accepted in the reader's language as well as English.

import type { Translator } from './i18n.ts';
import { Markup } from './i18n.ts';
import { escapeHtml } from './markup.ts';

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * "a, b and c" in `locale`, each item escaped (text) or kept (markup, such as a
 * link to a person) and isolated on its own: in right-to-left text a list of
 * Latin @mentions isolated as one block would take its direction from the first
 * name and read in reverse order.
 */
export function listOf(locale: string, items: ReadonlyArray<string | Markup>): Markup {
  const isolated = items.map((item) => `${FSI}${typeof item === 'string' ? escapeHtml(item) : item.html}${PDI}`);
  return new Markup(listFormat(locale).format(isolated));
}

// Intl formatters are costly to build (a round's 10,000 introductions built
// two each): one per locale, kept.
const listFormats = new Map<string, Intl.ListFormat>();
const displayNames = new Map<string, Intl.DisplayNames | null>();
const languageNameCache = new Map<string, string>();

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    listFormats.set(locale, format);
  }
  return format;
}

function languageDisplay(locale: string): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    try {
      displayNames.set(locale, new Intl.DisplayNames([locale, 'en'], { type: 'language' }));
    } catch {
      displayNames.set(locale, null);
    }
  }
  return displayNames.get(locale) ?? null;
}

/** Language codes as names in the reader's language ("ar" -> "árabe"); an unknown code stays as typed. */
export function languageNames(locale: string, codes: readonly string[]): string[] {
  const names = languageDisplay(locale);
  if (!names) return [...codes];
  return codes.map((code) => {
    const key = `${locale} ${code}`;
    let name = languageNameCache.get(key);
    if (name === undefined) {
      try {
        name = names.of(code) ?? code;
      } catch {
        name = code;
      }
      if (languageNameCache.size < 10_000) languageNameCache.set(key, name);
    }
    return name;
  });
}

/**
 * A typed word made comparable: lower case, accents, a trailing dot and
 * zero-width non-joiners dropped ("Lun." -> "lun", "سه‌شنبه" = "سهشنبه").
 */
export function foldWord(word: string, locale = 'en'): string {
  return asciiDigits(word)
    .trim()
    .toLocaleLowerCase(locale)
    .normalize('NFD')
    .replace(/\p{Mn}|\u200c/gu, '')
    .replace(/\.$/, '');
}

// The zero of each digit block people may type times in: Arabic-Indic, Persian, Devanagari, Bengali.
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6];

/** "۱۸:۳۰" -> "18:30": digits of other scripts as ASCII, for the parsers of times and numbers. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

/**
 * The words a keyword message lists (`keyword-skip = saltar, omitir`), in the
 * reader's language and in English, folded. English is always accepted: people
 * copy commands from the docs.
 */
export function keywordSet(i18n: Translator, locale: string, id: string): Set<string> {
  const out = new Set<string>();
  for (const lang of new Set(['en', locale])) {
    for (const word of i18n.t(lang, id).split(',')) {
      const folded = foldWord(word, lang);
      if (folded) out.add(folded);
    }
  }
  return out;
}

const SUNDAY = Date.UTC(2023, 0, 1, 12); // a Sunday; the weekday index is days from it

/**
 * The weekday (0 = Sunday) a word names in `locale` or English, long or short
 * ("lun", "lunes", "mon", "monday"), or -1.
 */
export function weekdayFromWord(word: string, locale: string): number {
  const typed = foldWord(word, locale);
  for (const lang of new Set([locale, 'en'])) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' });
      for (let day = 0; day < 7; day++) {
        const name = foldWord(format.format(new Date(SUNDAY + day * 86_400_000)), lang);
        // "segunda" for "segunda-feira": the first part of a compound name is enough.
        if (name === typed || name.split(/[-\s]/)[0] === typed) return day;
      }
    }
  }
  return -1;
}
