// Rendering in the reader's language: plural forms, lists of names in
// right-to-left text, localized schedule and "skip" words, dates on a
// daylight-saving night in every locale (issue 16).

import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../../src/core/i18n.ts';
import { englishSpan, parseLocalSpanMs } from '../../src/core/spans.ts';
import { formatDateTime } from '../../src/core/validate.ts';
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

describe('dates on a daylight-saving night', () => {
  // Native digits (Arabic-Indic, Persian, Devanagari, Bengali) read as ASCII, so one
  // pattern finds the hour in every locale; Indonesian writes 03.30 for 03:30.
  const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];
  const ascii = (text: string) =>
    text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g, (d) => {
      const code = d.charCodeAt(0);
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? 0x30;
      return String(code - zero);
    });
  const clock = (hour: number, minute: number) =>
    new RegExp(`(^|\\D)0?${hour}[:.]${String(minute).padStart(2, '0')}(\\D|$)`);
  // What a member reads: the date inside a real message, through the bot's formatter.
  const shown = (locale: string, iso: string, timezone: string) =>
    ascii(
      readable(i18n.t(locale, 'checkin-resumed', { id: 3, next: formatDateTime(new Date(iso), locale, timezone) })),
    );

  it.each(i18n.locales)('%s shows the hour after clocks go forward, in the cohort’s zone', (locale) => {
    // Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST; 01:30 UTC is 03:30 local.
    const berlin = shown(locale, '2026-03-29T01:30:00Z', 'Europe/Berlin');
    expect(berlin).toMatch(clock(3, 30));
    expect(berlin).not.toMatch(clock(1, 30)); // not UTC
    expect(berlin).not.toMatch(clock(2, 30)); // an hour that did not exist that night
    // New York, 8 March 2026: 07:30 UTC is 03:30 EDT (it would be 02:30 in EST).
    const newYork = shown(locale, '2026-03-08T07:30:00Z', 'America/New_York');
    expect(newYork).toMatch(clock(3, 30));
    expect(newYork).not.toMatch(clock(2, 30));
    // The day of the month, except in Persian, whose calendar is the Solar Hijri one.
    if (locale !== 'fa') expect(berlin).toMatch(/(^|\D)29(\D|$)/);
    for (const text of [berlin, newYork]) {
      expect(text).not.toMatch(/\d{4}-\d\d-\d\d|T\d\d:\d\d|Z\b/); // never a raw ISO timestamp
      expect(text).not.toContain('{'); // no missing variable
    }
  });

  it.each(i18n.locales)('%s shows the repeated hour twice when clocks go back', (locale) => {
    // Berlin, 25 October 2026: 03:00 CEST becomes 02:00 CET, so 00:30 and 01:30 UTC are both 02:30.
    expect(shown(locale, '2026-10-25T00:30:00Z', 'Europe/Berlin')).toMatch(clock(2, 30));
    expect(shown(locale, '2026-10-25T01:30:00Z', 'Europe/Berlin')).toMatch(clock(2, 30));
    expect(shown(locale, '2026-10-25T02:30:00Z', 'Europe/Berlin')).toMatch(clock(3, 30));
  });

  it('covers the twelve languages', () => {
    expect(i18n.locales).toEqual(expect.arrayContaining('en ar es fr pt-BR fa hi bn id sw ru uk'.split(' ')));
  });
});

describe('durations in words', () => {
  it.each([
    ['es', '3 días', '3d'],
    ['es', '2 semanas', '2w'],
    ['fr', '12 heures', '12h'],
    ['pt-BR', '90 minutos', '90m'],
    ['ar', '١٢ ساعة', '12h'],
    ['ar', '3 أيام', '3d'],
    ['fa', '۲ هفته', '2w'],
    ['hi', '3 दिन', '3d'],
    ['bn', '২ সপ্তাহ', '2w'],
    ['id', '2 minggu', '2w'],
    ['sw', 'wiki 2', '2w'],
    ['sw', 'siku 3', '3d'],
    ['ru', '2 недели', '2w'],
    ['ru', '5 дней', '5d'],
    ['uk', '12 годин', '12h'],
    ['es', '2 weeks', '2w'],
    ['es', '2w', '2w'],
    ['es', '2026-12-01', '2026-12-01'],
    ['ru', '2 semanas', '2 semanas'],
  ])('in %s, "%s" reads as %s', (locale, typed, short) => {
    expect(englishSpan(i18n, locale, typed)).toBe(short);
  });

  it('gives the same span in words as in the short form', () => {
    expect(parseLocalSpanMs(i18n, 'es', '2 horas')).toBe(parseLocalSpanMs(i18n, 'en', '2h'));
    expect(parseLocalSpanMs(i18n, 'uk', '3 тижні')).toBe(3 * 7 * 86_400_000);
    expect(parseLocalSpanMs(i18n, 'fr', '3 lunes')).toBeNull();
  });
});
