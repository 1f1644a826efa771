import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { loadTranslator, Markup } from '../../src/core/i18n.ts';
import { LOCALES_DIR } from '../../src/local.ts';

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
