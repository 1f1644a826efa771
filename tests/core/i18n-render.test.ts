// Rendering in the reader's language: plural forms, lists of names in
// right-to-left text, localized schedule and "skip" words (issue 16).

import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../../src/core/i18n.ts';
import { languageNames, listOf } from '../../src/core/words.ts';
import { englishSchedule, isSkipWord, localSchedule } from '../../src/features/checkins/schedule-words.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { readable } from '../helpers/scenario.ts';

const i18n = loadTranslator(LOCALES_DIR);
const members = (locale: string, count: number) => readable(i18n.t(locale, 'cohort-card-members', { count }));

describe('plural forms', () => {
  it('uses the six Arabic forms (0, 1, 2, 3, 11, 100)', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => members('ar', n))).toEqual([
      'لا أعضاء بعد',
      'عضو واحد',
      'عضوان',
      '3 أعضاء',
      '11 عضوًا',
      '100 عضو',
    ]);
  });

  it('uses the Russian forms (1, 2, 5, 11, 21)', () => {
    expect([1, 2, 5, 11, 21].map((n) => members('ru', n))).toEqual([
      '1 участник',
      '2 участника',
      '5 участников',
      '11 участников',
      '21 участник',
    ]);
  });

  it('says "one" in English only for one, and counts hours in words', () => {
    expect([1, 2].map((n) => members('en', n))).toEqual(['One member', '2 members']);
    const settings = (hours: number) => readable(i18n.t('en', 'pair-settings', { bridging: 'no', hours }));
    expect(settings(1)).toContain('within one hour.');
    expect(settings(14)).toContain('within 14 hours.');
    expect(readable(i18n.t('ar', 'pair-settings', { bridging: 'لا', hours: 14 }))).toContain('14 ساعة');
  });
});

describe('lists of names', () => {
  const names = ['@bob', '@carol', '@dave'];

  it.each(['ar', 'fa'])('isolates each Latin @mention on its own in %s, joined by the language', (locale) => {
    const text = i18n.t(locale, 'checkin-digest-who', { names: listOf(locale, names) });
    // Each name is its own isolate, so the order reads right to left as listed.
    for (const name of names) expect(text).toContain(`\u2068${name}\u2069`);
    expect(text.indexOf('@bob')).toBeLessThan(text.indexOf('@carol'));
    expect(text).not.toContain(', @');
    expect(readable(text)).toContain(locale === 'ar' ? '@carol و@dave' : '@carol، و @dave');
  });

  it('escapes each name', () => {
    expect(listOf('en', ['<b>x</b>', 'y']).html).toBe('\u2068&lt;b&gt;x&lt;/b&gt;\u2069 and \u2068y\u2069');
  });

  it('names languages in the reader’s language instead of codes', () => {
    expect(languageNames('es', ['ar', 'sw'])).toEqual(['árabe', 'suajili']);
    expect(languageNames('fa', ['en'])).toEqual(['انگلیسی']);
  });
});

describe('words people type', () => {
  it.each([
    ['es', 'semanal lun 18:00', 'weekly mon 18:00'],
    ['es', 'cada 2 semanas jue 09:30', 'every 2 weeks thu 09:30'],
    ['es', 'mensual primer mar 17:00', 'monthly first tue 17:00'],
    ['fr', 'toutes les 2 semaines jeu. 09:30', 'every 2 weeks thu 09:30'],
    ['pt-BR', 'semanal segunda 18:00', 'weekly mon 18:00'],
    ['pt-BR', 'mensal segunda terça 17:00', 'monthly second tue 17:00'],
    ['ar', 'أسبوعيا الإثنين ١٨:٠٠', 'weekly mon 18:00'],
    ['fa', 'هر 2 هفته پنجشنبه ۰۹:۳۰', 'every 2 weeks thu 09:30'],
    ['ru', 'каждые 2 недели чт 09:30', 'every 2 weeks thu 09:30'],
    ['sw', 'kila wiki Jumatatu 18:00', 'weekly mon 18:00'],
    ['hi', 'साप्ताहिक सोमवार 18:00', 'weekly mon 18:00'],
    ['es', 'weekly mon 18:00', 'weekly mon 18:00'],
    ['es', 'cron 0 18 * * 1', 'cron 0 18 * * 1'],
  ])('reads a %s schedule "%s"', (locale, typed, english) => {
    expect(englishSchedule(i18n, locale, typed)).toBe(english);
  });

  it('takes "skip" in the reader’s language and always in English', () => {
    expect(isSkipWord(i18n, 'ar', 'تخطي')).toBe(true);
    expect(isSkipWord(i18n, 'es', 'Saltar')).toBe(true);
    expect(isSkipWord(i18n, 'es', 'skip')).toBe(true);
    expect(isSkipWord(i18n, 'es', 'saltamos el río')).toBe(false);
  });
});

describe('schedules shown back', () => {
  it.each([
    ['es', 'weekly mon 18:00', 'semanal lun 18:00'],
    ['fr', 'every 2 weeks thu 09:30', 'toutes les 2 semaines jeu. 09:30'],
    ['ru', 'monthly first tue 17:00', 'ежемесячно первый вт 17:00'],
    ['en', 'weekly mon 18:00', 'weekly mon 18:00'],
    ['ar', 'cron 0 18 * * 1', 'cron 0 18 * * 1'],
  ])('in %s, "%s" reads "%s", and is read back the same', (locale, english, shown) => {
    expect(localSchedule(i18n, locale, english)).toBe(shown);
    expect(englishSchedule(i18n, locale, shown)).toBe(english);
  });
});
