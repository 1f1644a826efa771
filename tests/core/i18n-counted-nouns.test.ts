// A count placed right before its noun reads right for 1 and for many, in
// English and in the languages whose noun changes with the number; and the
// locale check that finds such counts (tests/core/i18n-check.ts) tells a
// count from a name, an id or a unit.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTranslator, type MessageArgs } from '../../src/core/i18n.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { bareCounts } from './i18n-check.ts';

const i18n = loadTranslator(LOCALES_DIR);
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const say = (locale: string, id: string, args: MessageArgs) => plain(i18n.t(locale, id, args));

describe('counts before their noun', () => {
  const round = { number: 1, name: 'Sahel', unplaced: '-', same: '-', unreached: '-' };

  it('says "1 introduction for 2 people" and "2 introductions for 1 person" in English', () => {
    expect(say('en', 'network-round-done', { ...round, groups: 1, people: 2 })).toContain(
      '1 introduction for 2 people.',
    );
    expect(say('en', 'network-round-done', { ...round, groups: 2, people: 1 })).toContain(
      '2 introductions for 1 person.',
    );
  });

  it('says "1 check-in: 1 answer" and keeps "3 check-ins: 15 answers"', () => {
    const totals = { expected: 4, rate: 25 };
    expect(say('en', 'report-checkins-total', { ...totals, count: 1, answered: 1 })).toBe(
      '1 check-in: 1 answer of 4 asked (25%).',
    );
    expect(say('en', 'report-checkins-total', { ...totals, count: 3, answered: 15 })).toBe(
      '3 check-ins: 15 answers of 4 asked (25%).',
    );
    expect(say('en', 'report-checkins-count', { count: 1 })).toBe('1 check-in took place.');
  });

  it('agrees the French noun with 1 (“1 point d’étape”, “1 réponse”)', () => {
    const text = say('fr', 'report-checkins-total', { count: 1, answered: 1, expected: 2, rate: 50 });
    expect(text).toContain('1 point d’étape : 1 réponse sur 2');
    expect(say('fr', 'survey-results-answered', { n: 1 })).toBe('1 réponse');
    expect(say('fr', 'survey-results-answered', { n: 4 })).toBe('4 réponses');
  });

  it('uses the Russian and Ukrainian forms for 1, 3 and 5', () => {
    expect(say('ru', 'network-round-done', { ...round, groups: 1, people: 3 })).toContain(
      '1 знакомство для 3 человек.',
    );
    expect(say('ru', 'network-round-done', { ...round, groups: 3, people: 5 })).toContain(
      '3 знакомства для 5 человек.',
    );
    expect(say('ru', 'network-round-done', { ...round, groups: 5, people: 21 })).toContain(
      '5 знакомств для 21 человека.',
    );
    expect(say('uk', 'survey-results-answered', { n: 1 })).toBe('1 відповідь');
    expect(say('uk', 'survey-results-answered', { n: 3 })).toBe('3 відповіді');
    expect(say('uk', 'survey-results-answered', { n: 5 })).toBe('5 відповідей');
  });

  it('uses the Arabic dual for two and the singular accusative from 11', () => {
    expect(say('ar', 'survey-summary-title', { title: 'T', n: 2 })).toContain('(إجابتان)');
    expect(say('ar', 'survey-summary-title', { title: 'T', n: 5 })).toContain('(5 إجابات)');
    expect(say('ar', 'network-round-done', { ...round, groups: 12, people: 24 })).toContain('12 تعارفًا لـ24 شخصًا');
  });

  it('writes a limit of one in the singular', () => {
    expect(say('en', 'survey-error-answer-too-long', { max: 1 })).toContain('(at most 1 character)');
    expect(say('en', 'network-error-too-many', { max: 1 })).toBe('A cohort can be in at most 1 network.');
  });
});

describe('the check for counts outside a plural selector', () => {
  const found = (source: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ftl-'));
    writeFileSync(join(dir, 'en.ftl'), source);
    return bareCounts(dir, 'en').map((b) => `${b.id}:${b.variable}:${b.word}`);
  };

  it('finds a count before a plural noun, hyphenated or irregular', () => {
    expect(
      found(
        [
          'a = { $groups } introductions for { $people } people.',
          'b = { $count } check-ins took place.',
          'c = { $count } question(s)',
        ].join('\n'),
      ),
    ).toEqual(['a:groups:introductions', 'a:people:people', 'b:count:check-ins', 'c:count:question(s)']);
  });

  it('leaves counts inside a selector on them, ids, units, verbs and names alone', () => {
    const source = [
      'a = { $n ->\n    [one] { $n } answer\n   *[other] { $n } answers\n}',
      'b = Schedule #{ $id } is paused.',
      'c = { $size } MB, valid { $hours } h, { $rate }% done',
      'd = { $who } has no mentor; { $answered } of { $total } answered.',
    ].join('\n');
    expect(found(source)).toEqual([]);
  });

  it('still finds a count whose selector is on another variable', () => {
    expect(found('a = { $kind ->\n    [x] { $n } answers\n   *[y] none\n}')).toEqual(['a:n:answers']);
  });
});
