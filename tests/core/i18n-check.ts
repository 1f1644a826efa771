// What the locale CI check (tests/core/i18n.test.ts) and `npm run i18n:missing`
// read from a .ftl file: its messages, the variables each uses, its plural
// selectors. Uses the runtime parser of @fluent/bundle (no extra dependency).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';

type Node = string | { type: string; [key: string]: unknown };
type Pattern = string | Node[];

export interface Selector {
  variable: string;
  keys: string[];
}

export interface MessageInfo {
  id: string;
  /** The pattern as a comparable string (for "identical to English"). */
  text: string;
  variables: Set<string>;
  selectors: Selector[];
}

const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

export function readLocale(dir: string, locale: string): Map<string, MessageInfo> {
  const resource = new FluentResource(readFileSync(join(dir, `${locale}.ftl`), 'utf8'));
  const out = new Map<string, MessageInfo>();
  for (const entry of resource.body as Array<{ id: string; value: Pattern | null }>) {
    if (entry.id.startsWith('-') || entry.value === null) continue;
    const info: MessageInfo = { id: entry.id, text: '', variables: new Set(), selectors: [] };
    info.text = walk(entry.value, info);
    out.set(entry.id, info);
  }
  return out;
}

function walk(pattern: Pattern, info: MessageInfo): string {
  if (typeof pattern === 'string') return pattern;
  return pattern
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.type === 'var') {
        info.variables.add(node.name as string);
        return `{$${node.name as string}}`;
      }
      if (node.type === 'select') {
        const selector = node.selector as { type: string; name?: string };
        const variants = node.variants as Array<{ key: { type: string; value: string | number }; value: Pattern }>;
        if (selector.type === 'var' && selector.name) {
          info.variables.add(selector.name);
          info.selectors.push({ variable: selector.name, keys: variants.map((v) => String(v.key.value)) });
        }
        return `{${variants.map((v) => `[${v.key.value}]${walk(v.value, info)}`).join('')}}`;
      }
      if (node.type === 'str') return String(node.value);
      return `{${node.type}}`;
    })
    .join('');
}

/** Is this selector a plural one in English (a CLDR category or a number as a key)? */
export function isPluralSelector(selector: Selector): boolean {
  return selector.keys.some((key) => (PLURAL_KEYS.has(key) && key !== 'other') || /^\d+$/.test(key));
}

/** The categories a selector's keys cover: a [0] covers "zero" (only 0 is "zero" where it exists). */
export function coveredCategories(selector: Selector): Set<string> {
  const keys = new Set(selector.keys);
  if (keys.has('0')) keys.add('zero');
  return keys;
}

/** The CLDR plural categories of a locale (ar: zero one two few many other). */
export function pluralCategories(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
}

/** A variable shown right before an English plural noun ("{ $groups } introductions"). */
export interface BareCount {
  id: string;
  variable: string;
  /** The word after the variable, as written. */
  word: string;
}

// English words ending in "s" that are not plural nouns but do follow a value
// ("{ $id } is paused", "{ $who } has", "{ $names } this time").
const NOT_PLURAL_NOUNS = new Set(['is', 'has', 'was', 'does', 'this', 'its', 'as', 'us', 'yes']);
// Plural nouns that do not end in "s".
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women']);

/** Is this English word a plural noun, the kind a count stands before ("check-ins", "people", "question(s)")? */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower) || lower.endsWith('(s)')) return true;
  return lower.endsWith('s') && !lower.endsWith('ss') && !NOT_PLURAL_NOUNS.has(lower);
}

/**
 * Variables placed directly before a plural noun and not inside a plural
 * selector on that same variable: "{ $groups } introductions" reads
 * "1 introductions" when the value is 1. A unit symbol ("{ $size } MB",
 * "{ $hours } h") or a "#" before the value ("#{ $id }") is no counted noun.
 */
export function bareCounts(dir: string, locale: string): BareCount[] {
  const resource = new FluentResource(readFileSync(join(dir, `${locale}.ftl`), 'utf8'));
  const out: BareCount[] = [];
  const visit = (id: string, pattern: Pattern, selected: string[]) => {
    if (typeof pattern === 'string') return;
    pattern.forEach((node, i) => {
      if (typeof node === 'string') return;
      if (node.type === 'select') {
        const selector = node.selector as { type: string; name?: string };
        const inner = selector.type === 'var' && selector.name ? [...selected, selector.name] : selected;
        for (const variant of node.variants as Array<{ value: Pattern }>) visit(id, variant.value, inner);
        return;
      }
      if (node.type !== 'var') return;
      const name = node.name as string;
      if (selected.includes(name)) return;
      const before = pattern[i - 1];
      if (typeof before === 'string' && before.endsWith('#')) return;
      const after = pattern[i + 1];
      const word = typeof after === 'string' ? after.match(/^[ \u00a0]+(\p{L}[\p{L}'’-]*(?:\(s\))?)/u)?.[1] : undefined;
      if (word && isPluralNoun(word)) out.push({ id, variable: name, word });
    });
  };
  for (const entry of resource.body as Array<{ id: string; value: Pattern | null }>) {
    if (entry.value !== null) visit(entry.id, entry.value, []);
  }
  return out;
}
