import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { loadTranslator, Markup } from '../../src/core/i18n.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { bareCounts, coveredCategories, isPluralSelector, pluralCategories, readLocale } from './i18n-check.ts';

function messageIds(locale: string): string[] {
  const resource = new FluentResource(readFileSync(join(LOCALES_DIR, `${locale}.ftl`), 'utf8'));
  return resource.body.map((entry) => entry.id).sort();
}

const locales = readdirSync(LOCALES_DIR)
  .filter((f) => f.endsWith('.ftl'))
  .map((f) => f.slice(0, -4));

describe('locales', () => {
  it('has English, Arabic and at least one more language', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'ar']));
    expect(locales.length).toBeGreaterThanOrEqual(3);
  });

  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the keys English has', (locale) => {
    const english = new Set(messageIds('en'));
    const translated = new Set(messageIds(locale));
    expect({
      missing: [...english].filter((id) => !translated.has(id)),
      extra: [...translated].filter((id) => !english.has(id)),
    }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(locales)('%s parses without errors and formats every message', (locale) => {
    const i18n = loadTranslator(LOCALES_DIR);
    for (const id of messageIds(locale)) {
      const text = i18n.t(locale, id, { count: 3, name: 'X', value: 2, role: 'mentor', status: 'paused' });
      expect(text, `${locale}:${id}`).not.toBe(id);
    }
  });

  it('keeps every translation to the markup subset the adapters render', () => {
    for (const locale of locales) {
      const source = readFileSync(join(LOCALES_DIR, `${locale}.ftl`), 'utf8');
      const tags = source.match(/<\/?([a-z]+)[^>]*>/g) ?? [];
      for (const tag of tags) expect(tag, `${locale}: ${tag}`).toMatch(/^<\/?(b|i|code|a)( href="[^"]*")?>$/);
    }
  });
});

describe('translator', () => {
  const i18n = loadTranslator(LOCALES_DIR);

  it('escapes user-provided strings but not ready markup', () => {
    const text = i18n.t('en', 'join-welcome', { name: '<b>x</b> & co', person: new Markup('<i>Ada</i>') });
    expect(text).toContain('&lt;b&gt;x&lt;/b&gt; &amp; co');
    expect(text).toContain('<i>Ada</i>');
  });

  it('isolates inserted values so right-to-left names do not reorder the sentence', () => {
    const text = i18n.t('en', 'join-welcome', { name: 'مجتمع', person: 'Ada' });
    expect(text).toContain('\u2068مجتمع\u2069');
  });

  it('negotiates the reader language: their setting, then the platform hint, then the fallback', () => {
    expect(i18n.negotiate([null, 'ar-EG', 'en'])).toBe('ar');
    expect(i18n.negotiate(['xx', undefined], 'en')).toBe('en');
    expect(i18n.direction('ar')).toBe('rtl');
    expect(i18n.direction('en')).toBe('ltr');
  });

  it('falls back to English for a message a locale lacks', () => {
    expect(i18n.t('zz', 'value-yes')).toBe('yes');
  });

  it('uses plural forms', () => {
    expect(i18n.t('en', 'cohort-card-members', { count: 1 })).toBe('One member');
    expect(i18n.t('en', 'cohort-card-members', { count: 5 })).toBe('\u20685\u2069 members');
  });
});

describe('every locale, checked against English (docs/localization.md)', () => {
  const english = readLocale(LOCALES_DIR, 'en');
  const others = locales.filter((l) => l !== 'en');
  // Messages whose text may equal English in any language: markup around
  // variables only, symbols, and English keywords people type.
  const SAME_AS_ENGLISH = new Set([
    'value-none',
    'cohort-card-title',
    'help-line',
    'checkin-dm-question',
    'pair-preview-line',
    'pair-intro-time',
    'pair-round-line',
    'checkin-digest-answer',
    'checkin-digest-reflection',
    'mydata-checkin-answer',
    'members-line',
  ]);
  // A usage line may stay as English when it is only command syntax; one with
  // words for the reader (a placeholder like Name or id, "in private") must be translated.
  const USAGE_WORDS = /"Name"|\b(field|value|id|code|private|command)\b/;
  // Words that are the same in a language as in English ("no" in Spanish).
  const SAME_WORD: Record<string, string[]> = {
    es: ['value-no', 'button-pair-met-no', 'button-survey-no'],
    fr: ['cmd-language-usage'],
    id: ['cohort-card-status'],
  };
  const noWords = (text: string) => !/\p{L}/u.test(text.replace(/\{[^{}]*\}|<[^>]*>/g, ''));
  const mayBeEnglish = (locale: string, id: string, text: string) =>
    SAME_AS_ENGLISH.has(id) ||
    SAME_WORD[locale]?.includes(id) ||
    noWords(text) ||
    id.startsWith('keyword-') ||
    (/^cmd-.*-usage$/.test(id) && !USAGE_WORDS.test(text));

  it.each(others)('%s uses the same variables as English in every message', (locale) => {
    const translated = readLocale(LOCALES_DIR, locale);
    const differing = [...english.values()]
      .filter((m) => translated.has(m.id))
      .map((m) => ({
        id: m.id,
        en: [...m.variables].sort().join(),
        translated: [...translated.get(m.id)!.variables].sort().join(),
      }))
      .filter((d) => d.en !== d.translated);
    expect(differing).toEqual([]);
  });

  it.each(locales)('%s has a plural selector with all its CLDR categories wherever English counts', (locale) => {
    const categories = pluralCategories(locale);
    const translated = readLocale(LOCALES_DIR, locale);
    const problems: string[] = [];
    for (const message of english.values()) {
      const mine = translated.get(message.id);
      if (!mine) continue;
      const counted = new Set(message.selectors.filter(isPluralSelector).map((s) => s.variable));
      for (const variable of counted) {
        const selectors = mine.selectors.filter((s) => s.variable === variable);
        if (selectors.length === 0 && categories.length > 1)
          problems.push(`${message.id}: no selector on $${variable}`);
        for (const s of selectors) {
          const covered = coveredCategories(s);
          const missing = categories.filter((c) => !covered.has(c));
          if (missing.length > 0) problems.push(`${message.id}: $${variable} lacks [${missing.join('], [')}]`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // Variables that stand before a word ending in "s" but are no counts, so
  // "1 …s" cannot happen. Keep this short: each entry needs its reason.
  const NOT_COUNTS: Record<string, string> = {
    name: 'a cohort or person name, followed by a verb ("{ $name } closes soon")',
    cohort: 'a cohort name, followed by a verb ("{ $cohort } wants to share")',
    command: 'a command like /report, followed by a verb ("{ $command } works in a group")',
    number: 'an ordinal label ("Survey 3 shows", "Round 3"), not a quantity',
    flag: 'an option like --until, followed by a verb ("{ $flag } needs a value")',
  };

  it('puts every English count before a noun inside a plural selector on that count', () => {
    const bare = bareCounts(LOCALES_DIR, 'en')
      .filter((b) => !(b.variable in NOT_COUNTS))
      .map((b) => `${b.id}: { $${b.variable} } ${b.word}`);
    expect(bare).toEqual([]);
  });

  it.each(others)('%s translates every message (identical to English only where allowed)', (locale) => {
    const translated = readLocale(LOCALES_DIR, locale);
    const copies = [...english.values()]
      .filter((m) => translated.get(m.id)?.text === m.text && !mayBeEnglish(locale, m.id, m.text))
      .map((m) => m.id);
    expect(copies).toEqual([]);
  });

  it.each(locales)('%s has no stray bidi controls (the bot isolates inserted values itself)', (locale) => {
    const source = readFileSync(join(LOCALES_DIR, `${locale}.ftl`), 'utf8');
    const lines = source
      .split('\n')
      .flatMap((line, i) => (/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(line) ? [i + 1] : []));
    expect(lines).toEqual([]);
  });

  it('speaks the twelve languages of issue 16', () => {
    expect(locales).toEqual(
      expect.arrayContaining(['en', 'ar', 'es', 'fr', 'pt-BR', 'fa', 'hi', 'bn', 'id', 'sw', 'ru', 'uk']),
    );
  });
});
