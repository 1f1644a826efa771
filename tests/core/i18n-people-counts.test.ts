// Counts of people in the smallest-group messages read right in languages whose
// noun changes with the number: Russian "3 человека" / "5 человек", Ukrainian
// "3 особи" / "5 осіб", Arabic "3 أشخاص" / "11 شخصًا"; and the /survey results
// help line no longer promises "5 answers" whatever the cohort's setting.

import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../../src/core/i18n.ts';
import { LOCALES_DIR } from '../../src/local.ts';

const i18n = loadTranslator(LOCALES_DIR);
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('people counted in the smallest-group messages', () => {
  it('Russian and Ukrainian agree the noun with 3, 5 and 21', () => {
    expect(plain(i18n.t('ru', 'cohort-card-smallest-group', { count: 3 }))).toContain('3 человека');
    expect(plain(i18n.t('ru', 'cohort-card-smallest-group', { count: 5 }))).toContain('5 человек ');
    expect(plain(i18n.t('ru', 'smallest-group-is', { count: 21 }))).toContain('21 человек:');
    expect(plain(i18n.t('ru', 'survey-k-too-few-people', { k: 3 }))).toContain('меньше 3 человек:');
    expect(plain(i18n.t('ru', 'survey-k-too-few-people', { k: 21 }))).toContain('меньше 21 человека:');
    expect(plain(i18n.t('uk', 'cohort-card-smallest-group', { count: 4 }))).toContain('4 особи');
    expect(plain(i18n.t('uk', 'smallest-group-set', { count: 5 }))).toContain('щонайменше 5 осіб');
    expect(plain(i18n.t('uk', 'survey-error-summary-too-few', { k: 3 }))).toContain('менше ніж 3 особи:');
  });

  it('Arabic uses the plural for 3 to 10 and the singular accusative from 11', () => {
    expect(plain(i18n.t('ar', 'smallest-group-is', { count: 5 }))).toContain('5 أشخاص');
    expect(plain(i18n.t('ar', 'cohort-card-smallest-group', { count: 12 }))).toContain('12 شخصًا');
    expect(plain(i18n.t('ar', 'survey-k-too-few-people', { k: 100 }))).toContain('100 شخص:');
  });

  it('the /survey results help line names the cohort setting, not a fixed 5, in every language', () => {
    for (const locale of i18n.locales) {
      expect(i18n.t(locale, 'cmd-survey-results-summary'), locale).not.toMatch(/5|٥|۵|৫|५/);
    }
    expect(i18n.t('en', 'cmd-survey-results-summary')).toContain("the cohort's smallest group shown");
  });
});

describe('the number of questions of a new survey', () => {
  const created = (locale: string, questions: number) =>
    plain(i18n.t(locale, 'survey-created', { number: 3, title: 'T', questions, anonymous: 'no' }));
  it('says one question, two questions in English and Arabic (dual), and Arabic 11+ in the singular', () => {
    expect(created('en', 1)).toContain('“T”, one question, named');
    expect(created('en', 5)).toContain('5 questions');
    expect(created('ar', 2)).toContain('سؤالان');
    expect(created('ar', 5)).toContain('5 أسئلة');
    expect(created('ar', 12)).toContain('12 سؤالًا');
    expect(created('es', 1)).toContain('una pregunta');
  });
});

describe('deleting a survey with one answer', () => {
  it('says "its one answer", not "its 1 answers"', () => {
    const args = { number: 2, title: 'T', answers: 1 };
    expect(plain(i18n.t('en', 'survey-delete-confirm', args))).toContain('with its one answer?');
    expect(plain(i18n.t('es', 'survey-delete-confirm', args))).toContain('con su única respuesta');
    expect(plain(i18n.t('en', 'survey-delete-confirm', { ...args, answers: 4 }))).toContain('with its 4 answers?');
  });
});
