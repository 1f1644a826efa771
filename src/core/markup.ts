// The markup subset every adapter renders (<b>, <i>, <code>, <a href>), and the
// cleaning of text that users give us (names, profiles) before it is stored.

import { UserError } from './errors.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escape a user-provided string for the markup subset. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Plain text from markup: tags dropped, entities decoded (for terminals and length checks). */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

// Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) let a
// name reverse the text around it ("evil\u202Egnp.exe"); Fluent adds its own
// isolates around every value we insert, so user text needs none of its own.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// Invisible characters that make look-alike names: zero-width space, word
// joiner, BOM, soft hyphen, Mongolian vowel separator. ZWJ and ZWNJ stay: Persian,
// Indic scripts and emoji need them.
const INVISIBLES = /[\u200B\u2060\uFEFF\u00AD\u180E]/g;
// C0/C1 control characters except tab and newline.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Every text that comes in (core/bot.ts cleans each event once): no NUL or
 * other control character (PostgreSQL refuses NUL in text and in JSON, 22021 /
 * 22P05), no lone surrogate (not valid UTF-8); tab, line breaks and every
 * visible character stay. A carriage return becomes a line break.
 */
export function cleanInbound(text: string): string {
  return text.toWellFormed().replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

export interface CleanOptions {
  /** Longest allowed result, in characters (code points). */
  maxLength: number;
  /** Keep line breaks (free text) or fold everything onto one line (names). */
  multiline?: boolean;
  /** Fluent key naming the field in error messages, e.g. "field-name". */
  field: string;
}

/**
 * Clean user text for storage: normalize, drop invisible and control characters,
 * collapse whitespace. Throws a UserError when nothing visible is left or the
 * result is too long (we refuse rather than truncate, so nothing is stored half-way).
 */
export function cleanUserText(raw: string, options: CleanOptions): string {
  let text = raw.normalize('NFC').replace(BIDI_CONTROLS, '').replace(INVISIBLES, '').replace(CONTROLS, '');
  text = options.multiline
    ? text
        .split('\n')
        .map((line) => line.replace(/[\t ]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : text.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}\p{S}\p{P}]/u.test(text)) {
    throw new UserError('error-text-empty', { field: options.field });
  }
  const length = [...text].length;
  if (length > options.maxLength) {
    throw new UserError('error-text-too-long', { field: options.field, max: options.maxLength, length });
  }
  return text;
}

/** A comma- or space-separated list of short items (languages, topics), cleaned and de-duplicated. */
export function cleanList(raw: string, options: CleanOptions & { maxItems: number }): string[] {
  const items = raw
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => cleanUserText(item, { ...options, multiline: false }));
  const byKey = new Map<string, string>();
  for (const item of items) if (!byKey.has(item.toLocaleLowerCase())) byKey.set(item.toLocaleLowerCase(), item);
  const unique = [...byKey.values()];
  if (unique.length > options.maxItems) {
    throw new UserError('error-too-many-items', { field: options.field, max: options.maxItems });
  }
  return unique;
}

/**
 * A display name as a platform reports it, made safe to store and show: the
 * same invisible and direction characters are dropped as from typed text, but
 * a name is never refused (people do not choose it here): an over-long one is
 * shortened, and one with nothing visible left becomes `fallback`.
 */
export function cleanDisplayName(raw: string, fallback: string, maxLength = 64): string {
  const text = raw
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[\p{L}\p{N}\p{S}\p{P}]/u.test(text)) return fallback;
  const chars = [...text];
  if (chars.length <= maxLength) return text;
  const kept = chars.slice(0, maxLength - 1).join('');
  return `${kept.trimEnd()}…`;
}
