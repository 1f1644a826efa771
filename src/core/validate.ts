// Checks for values people type: timezones, language tags, dates, durations.
// Each throws a UserError naming what was expected.

import { UserError } from './errors.ts';
import { cleanList } from './markup.ts';

const TIMEZONES = new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
TIMEZONES.set('utc', 'UTC');

/** An IANA timezone, matched case-insensitively ("europe/berlin" -> "Europe/Berlin"). */
export function parseTimezone(input: string): string {
  const zone = TIMEZONES.get(input.trim().toLowerCase());
  if (zone) return zone;
  // Only Area/City names: offsets ("+05:00") and abbreviations ("EST") have no
  // daylight-saving rules, so schedules in them drift by an hour twice a year.
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(input.trim())) {
    throw new UserError('error-bad-timezone', { value: input.slice(0, 60) });
  }
  try {
    // Aliases Intl knows but does not list (e.g. "Asia/Calcutta").
    return new Intl.DateTimeFormat('en', { timeZone: input.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new UserError('error-bad-timezone', { value: input.slice(0, 60) });
  }
}

/** Names of languages (ICU's list): a code it has no name for ("zz", "qq") is no language. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 language tag of a known language ("pt-br" -> "pt-BR"; "zz" refused). */
export function parseLanguageTag(input: string): string {
  const tag = input.trim();
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    const known = canonical ? LANGUAGE_NAMES.of(canonical.split('-')[0]!) !== undefined : false;
    if (canonical && known && /^[a-z]{2,3}(-|$)/i.test(canonical)) return canonical;
  } catch {
    // fall through to the user-facing error
  }
  throw new UserError('error-bad-language', { value: tag.slice(0, 40) });
}

/**
 * A list of language tags, separated by commas or spaces ("en, fr" or "en fr":
 * a tag never contains a space), cleaned, canonical and without duplicates.
 */
export function parseLanguageList(input: string, maxItems: number): string[] {
  const items = cleanList(input.replace(/\s+/g, ','), { maxLength: 20, maxItems, field: 'field-languages' });
  const tags = [...new Set(items.map(parseLanguageTag))];
  if (tags.length > maxItems) throw new UserError('error-too-many-items', { field: 'field-languages', max: maxItems });
  return tags;
}

const DURATION = /^(\d{1,3})\s*(h|d|w)$/i;
const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "2w", "3d", "12h", or a date "2026-12-01" (midnight in `timezone`); must lie in the future. */
export function parseUntil(input: string, now: Date, timezone: string): Date {
  const value = input.trim();
  const duration = DURATION.exec(value);
  let at: Date | null = null;
  if (duration) {
    at = new Date(now.getTime() + Number(duration[1]) * UNIT_MS[duration[2]!.toLowerCase()]!);
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    at = midnightIn(value, timezone);
  }
  if (!at || Number.isNaN(at.getTime())) throw new UserError('error-bad-until', { value: value.slice(0, 40) });
  if (at <= now) throw new UserError('error-until-past', { value });
  if (at.getTime() - now.getTime() > 366 * UNIT_MS.d!) throw new UserError('error-until-too-far', { value });
  return at;
}

/** 00:00 of a calendar date in a timezone, as an instant. */
export function midnightIn(isoDate: string, timezone: string): Date | null {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(utcMidnight.getTime()) || utcMidnight.toISOString().slice(0, 10) !== isoDate) return null;
  const offsetMs = zoneOffsetMs(utcMidnight, timezone);
  return new Date(utcMidnight.getTime() - offsetMs);
}

function zoneOffsetMs(at: Date, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - at.getTime();
}

/** A whole number in a range. */
export function parseIntInRange(input: string, min: number, max: number, field: string): number {
  // Digits only: Number() would also take "0x10", "1e1" and "".
  const digits = input.trim();
  const value = /^-?\d{1,9}$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError('error-bad-number', { field, min, max, value: input.slice(0, 20) });
  }
  return value;
}

// Yes and no in the languages the bot speaks (and a few more); English always works.
const YES = new Set('yes y true on 1 да так sí si oui نعم بله آره ja sim ya ndiyo ndio हाँ हां हा হ্যাঁ হ্যা'.split(' '));
const NO = new Set('no n false off 0 нет ні non لا نه خیر nein não nao tidak hapana नहीं না'.split(' '));

export function parseYesNo(input: string, field: string): boolean {
  const value = input.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  throw new UserError('error-bad-yes-no', { field, value: input.slice(0, 20) });
}

/** Format an instant for a reader, in their locale and timezone. */
/** Building an Intl.DateTimeFormat costs far more than using one: keep one per language and zone. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(at: Date, locale: string, timezone: string): string {
  const key = `${locale}|${timezone}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: timezone });
    // Languages and zones are few; the bound only guards against a flood of bad input.
    if (dateTimeFormats.size > 1000) dateTimeFormats.clear();
    dateTimeFormats.set(key, format);
  }
  return format.format(at);
}

const zonedFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant with its zone's offset ("Oct 25, 2026, 2:10 AM GMT+1"): for texts a
 * whole group reads, and unambiguous in the hour a daylight-saving change repeats.
 */
export function formatDateTimeZoned(at: Date, locale: string, timezone: string): string {
  const key = `${locale}|${timezone}`;
  let format = zonedFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone: timezone,
    });
    if (zonedFormats.size > 1000) zonedFormats.clear();
    zonedFormats.set(key, format);
  }
  return format.format(at);
}
