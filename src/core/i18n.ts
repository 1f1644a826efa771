// Fluent messages from locales/<lang>.ftl. English is the source and the
// fallback. Messages are markup (core/markup.ts): every string argument is
// escaped here, so a feature cannot forget to escape a user's name.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import { escapeHtml } from './markup.ts';

export const SOURCE_LOCALE = 'en';

/** Arguments for a message: strings are escaped, numbers and dates formatted by Fluent. */
export type MessageArgs = Record<string, string | number | Date | Markup | null | undefined>;

/** Markup that is already safe (built from other messages); not escaped again. */
export class Markup {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}

export interface Translator {
  readonly locales: readonly string[];
  /** Is `locale` one we have (exactly)? */
  has(locale: string): boolean;
  /** The best locale we have for a list of preferences (first that matches wins). */
  negotiate(preferences: ReadonlyArray<string | null | undefined>, fallback?: string): string;
  /** A message as markup, in `locale`, falling back to English for a missing key. */
  t(locale: string, id: string, args?: MessageArgs): string;
  /** Whether a message id exists in English. */
  exists(id: string): boolean;
  /** The bundle's text direction, for playground rendering. */
  direction(locale: string): 'ltr' | 'rtl';
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export function loadTranslator(localesDir: string): Translator {
  const bundles = new Map<string, FluentBundle>();
  for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.ftl'))) {
    const locale = file.slice(0, -4);
    const bundle = new FluentBundle(locale, { useIsolating: true });
    const errors = bundle.addResource(new FluentResource(readFileSync(join(localesDir, file), 'utf8')));
    if (errors.length > 0) throw new Error(`locales/${file}: ${errors.map((e) => e.message).join('; ')}`);
    bundles.set(locale, bundle);
  }
  const source = bundles.get(SOURCE_LOCALE);
  if (!source) throw new Error(`locales/${SOURCE_LOCALE}.ftl is missing: English is the fallback`);
  const locales = [...bundles.keys()].sort();

  const format = (bundle: FluentBundle, id: string, args?: MessageArgs): string | null => {
    const message = bundle.getMessage(id);
    if (!message?.value) return null;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, toFluentArgs(args), errors);
    if (errors.length > 0 && bundle !== source) return null;
    const unisolated = unisolateLinks(text);
    return isRtl(bundle.locales[0] ?? '') ? unisolated : unisolateCommands(unisolated);
  };

  return {
    locales,
    has: (locale) => bundles.has(locale),
    negotiate(preferences, fallback = SOURCE_LOCALE) {
      for (const preference of preferences) {
        if (!preference) continue;
        const [match] = negotiateLanguages([preference], locales, { strategy: 'lookup', defaultLocale: '' });
        if (match) return match;
      }
      return bundles.has(fallback) ? fallback : SOURCE_LOCALE;
    },
    t(locale, id, args) {
      const bundle = bundles.get(locale);
      return (bundle && format(bundle, id, args)) ?? format(source, id, args) ?? id;
    },
    exists: (id) => source.hasMessage(id),
    direction: (locale) => (isRtl(locale) ? 'rtl' : 'ltr'),
  };
}

function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split('-')[0] ?? '');
}

function toFluentArgs(args: MessageArgs | undefined): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === null || value === undefined) out[key] = '';
    else if (value instanceof Markup) out[key] = value.html;
    else if (typeof value === 'string') out[key] = escapeHtml(value);
    else out[key] = value;
  }
  return out;
}

/**
 * Fluent wraps every inserted value in bidi isolation marks (U+2068 / U+2069),
 * which is right for text but breaks a URL inside href="…": the link would
 * point to an address with invisible characters in it.
 */
function unisolateLinks(html: string): string {
  return html.replace(/href="([^"]*)"/g, (_, url: string) => `href="${url.replace(/[\u2068\u2069]/g, '')}"`);
}

/**
 * A command inserted into a text ("Did you mean /cohort?") is copied to be
 * sent: the isolation marks around it would be copied along and make it
 * another word. In left-to-right languages a command, itself left to right,
 * needs no isolation; right-to-left languages keep the marks, without which
 * the slash would show on the wrong side.
 */
function unisolateCommands(html: string): string {
  return html.replace(/\u2068([/!][a-z][\x20-\x7e]*?)\u2069/g, '$1');
}
