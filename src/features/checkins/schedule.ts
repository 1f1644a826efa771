// Check-in rhythms: readable presets and cron, and the next occurrences in a
// timezone. Pure (Intl only), so daylight-saving rules are unit-tested here.
//
// Rules at daylight-saving changes (wall time = the cohort's local clock):
// - A wall time that does not exist (spring forward: Berlin 02:30 on the last
//   Sunday of March) moves to the next valid minute, i.e. the first minute after
//   the gap (03:00 local). The occurrence is neither skipped nor doubled.
// - A wall time that exists twice (fall back) happens once, at its first
//   instant (the one with the summer offset).

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday, as in cron

export type Rhythm =
  | { kind: 'weekly'; every: number; weekday: Weekday; hour: number; minute: number; phase: number }
  | { kind: 'monthly'; nth: number; weekday: Weekday; hour: number; minute: number }
  | {
      kind: 'cron';
      minutes: number[];
      hours: number[];
      days: number[] | null;
      months: number[];
      weekdays: number[] | null;
      expr: string;
    };

/** Why a pattern was refused: a Fluent key and its arguments. */
export class PatternError extends Error {
  readonly messageId: string;
  readonly args: Record<string, string>;
  constructor(messageId: string, args: Record<string, string> = {}) {
    super(messageId);
    this.name = 'PatternError';
    this.messageId = messageId;
    this.args = args;
  }
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

import { fromWall, wallClock } from '../../core/wall-clock.ts';

const DAY_MS = 86_400_000;

function weekdayOf(word: string): Weekday {
  const index = WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase() as (typeof WEEKDAYS)[number]);
  if (index < 0 || !WEEKDAYS.some((d) => word.toLowerCase().startsWith(d))) {
    throw new PatternError('checkin-error-weekday', { word });
  }
  return index as Weekday;
}

function timeOf(word: string): { hour: number; minute: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(word);
  const hour = match ? Number(match[1]) : Number.NaN;
  const minute = match ? Number(match[2]) : Number.NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) throw new PatternError('checkin-error-time', { word });
  return { hour, minute };
}

/**
 * Parse "weekly mon 18:00", "every 2 weeks thu 09:30", "monthly first tue 17:00",
 * "cron 0 18 * * 1" (or the five cron fields alone). `now` and `timezone` fix
 * the phase of "every N weeks": the first occurrence is the next one from now.
 */
export function parseRhythm(text: string, now: Date, timezone: string): Rhythm {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  let rhythm: Rhythm;
  if (lower[0] === 'weekly' && words.length === 3) {
    rhythm = { kind: 'weekly', every: 1, weekday: weekdayOf(words[1]!), ...timeOf(words[2]!), phase: 0 };
  } else if (lower[0] === 'every' && (lower[2] === 'weeks' || lower[2] === 'week') && words.length === 5) {
    const every = Number(words[1]);
    if (!Number.isInteger(every) || every < 1 || every > 8)
      throw new PatternError('checkin-error-every', { word: words[1]! });
    rhythm = { kind: 'weekly', every, weekday: weekdayOf(words[3]!), ...timeOf(words[4]!), phase: 0 };
    if (every > 1) {
      // Phase: the week of the first occurrence from now.
      const first = nextOccurrence({ ...rhythm, every: 1 }, timezone, now);
      rhythm.phase = weekIndex(localDate(first, timezone)) % every;
    }
  } else if (lower[0] === 'monthly' && words.length === 4) {
    const nth = NTH[lower[1]!];
    if (nth === undefined) throw new PatternError('checkin-error-nth', { word: words[1]! });
    rhythm = { kind: 'monthly', nth, weekday: weekdayOf(words[2]!), ...timeOf(words[3]!) };
  } else if (lower[0] === 'cron' && words.length === 6) {
    rhythm = parseCron(words.slice(1).join(' '));
  } else if (words.length === 5 && /^[\d*]/.test(words[0]!)) {
    rhythm = parseCron(words.join(' '));
  } else {
    throw new PatternError('checkin-error-pattern', { pattern: text });
  }
  // An impossible schedule (cron "0 9 31 2 *") never happens: refuse it now.
  if (rhythm.kind === 'cron') nextOccurrence(rhythm, timezone, now);
  return rhythm;
}

/** The canonical text of a rhythm (stored; parsed again with the stored phase). */
export function formatRhythm(rhythm: Rhythm): string {
  const hhmm = (r: { hour: number; minute: number }) =>
    `${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')}`;
  if (rhythm.kind === 'weekly') {
    return rhythm.every === 1
      ? `weekly ${WEEKDAYS[rhythm.weekday]} ${hhmm(rhythm)}`
      : `every ${rhythm.every} weeks ${WEEKDAYS[rhythm.weekday]} ${hhmm(rhythm)}`;
  }
  if (rhythm.kind === 'monthly') {
    const nth = Object.entries(NTH).find(([, n]) => n === rhythm.nth)![0];
    return `monthly ${nth} ${WEEKDAYS[rhythm.weekday]} ${hhmm(rhythm)}`;
  }
  return `cron ${rhythm.expr}`;
}

/** A stored pattern with its phase back to a rhythm. */
export function storedRhythm(pattern: string, phase: number): Rhythm {
  const rhythm = parseRhythm(pattern, new Date(0), 'UTC');
  if (rhythm.kind === 'weekly') rhythm.phase = phase;
  return rhythm;
}

function parseCronField(field: string, min: number, max: number): number[] | null {
  if (field === '*') return null;
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const match = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!match) throw new PatternError('checkin-error-cron', { field });
    const from = match[1] === '*' ? min : Number(match[1]);
    const to = match[2] !== undefined ? Number(match[2]) : match[1] === '*' || match[3] ? max : from;
    const step = match[3] !== undefined ? Number(match[3]) : 1;
    if (from < min || to > max || from > to || step < 1) throw new PatternError('checkin-error-cron', { field });
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

function parseCron(expr: string): Rhythm {
  const fields = expr.split(/\s+/);
  if (fields.length !== 5) throw new PatternError('checkin-error-cron', { field: expr });
  const minutes = parseCronField(fields[0]!, 0, 59) ?? range(0, 59);
  const hours = parseCronField(fields[1]!, 0, 23) ?? range(0, 23);
  const days = parseCronField(fields[2]!, 1, 31);
  const months = parseCronField(fields[3]!, 1, 12) ?? range(1, 12);
  const weekdays = parseCronField(fields[4]!, 0, 7)?.map((d) => d % 7) ?? null;
  // Check-ins at most hourly: a minute-by-minute cron would flood the group.
  if (minutes.length > 1 && hours.length > 1) throw new PatternError('checkin-error-too-often');
  return { kind: 'cron', minutes, hours, days, months, weekdays, expr: fields.join(' ') };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// --- local calendar arithmetic -------------------------------------------------

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

function localDate(at: Date, timezone: string): LocalDate {
  const { year, month, day } = wallClock(at, timezone);
  return { year, month, day };
}

/**
 * The instant of a wall time in a timezone (core/wall-clock.ts). Exists twice:
 * the earlier one. Does not exist: the next valid minute (the end of the gap).
 */
export function fromWallClock(date: LocalDate, hour: number, minute: number, timezone: string): Date {
  return fromWall({ ...date, hour, minute }, timezone).at;
}

function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dayNumber(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

function weekdayOfDate(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Weeks since 1970 starting on Mondays (1970-01-01 was a Thursday). */
function weekIndex(date: LocalDate): number {
  return Math.floor((dayNumber(date) + 3) / 7);
}

function daysInMonth(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}

/** The wall times (hour, minute) of a day, or none. */
function timesOn(rhythm: Rhythm, date: LocalDate): Array<[number, number]> {
  const weekday = weekdayOfDate(date);
  if (rhythm.kind === 'weekly') {
    if (weekday !== rhythm.weekday || weekIndex(date) % rhythm.every !== rhythm.phase) return [];
    return [[rhythm.hour, rhythm.minute]];
  }
  if (rhythm.kind === 'monthly') {
    if (weekday !== rhythm.weekday) return [];
    const nth = rhythm.nth === -1 ? (date.day + 7 > daysInMonth(date) ? -1 : 0) : Math.ceil(date.day / 7);
    if (nth !== rhythm.nth) return [];
    return [[rhythm.hour, rhythm.minute]];
  }
  if (!rhythm.months.includes(date.month)) return [];
  // Cron: with both day-of-month and day-of-week restricted, either matches.
  const dayOk = rhythm.days?.includes(date.day);
  const weekdayOk = rhythm.weekdays?.includes(weekday);
  const matches =
    rhythm.days && rhythm.weekdays ? dayOk || weekdayOk : rhythm.days ? dayOk : rhythm.weekdays ? weekdayOk : true;
  if (!matches) return [];
  return rhythm.hours.flatMap((h) => rhythm.minutes.map((m) => [h, m] as [number, number]));
}

/** The first occurrence strictly after `after`. Throws PatternError when there is none within 8 years. */
export function nextOccurrence(rhythm: Rhythm, timezone: string, after: Date): Date {
  let date = addDays(localDate(after, timezone), -1);
  for (let i = 0; i < 366 * 8 + 2; i++, date = addDays(date, 1)) {
    for (const [hour, minute] of timesOn(rhythm, date)) {
      const at = fromWallClock(date, hour, minute, timezone);
      if (at.getTime() > after.getTime()) return at;
    }
  }
  throw new PatternError('checkin-error-never');
}

/** The next `count` occurrences after `after`. */
export function nextOccurrences(rhythm: Rhythm, timezone: string, after: Date, count: number): Date[] {
  const out: Date[] = [];
  let cursor = after;
  while (out.length < count) {
    cursor = nextOccurrence(rhythm, timezone, cursor);
    out.push(cursor);
  }
  return out;
}
