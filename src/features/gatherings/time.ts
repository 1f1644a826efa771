// Wall times in a timezone, for gatherings typed as "2027-03-14 10:00" and for
// follow-ups sent at a person's local morning. (The check-ins feature has its
// own copy of the wall-clock arithmetic; features do not import each other. If
// a third feature needs it, it belongs in src/core.)

import { UserError } from '../../core/errors.ts';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Wall-clock fields of an instant in a timezone. */
export function wallClock(at: Date, timezone: string): Wall {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute! };
}

function offsetAt(ms: number, timezone: string): number {
  const w = wallClock(new Date(ms), timezone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / 60_000) * 60_000;
}

function same(at: number, wall: Wall, timezone: string): boolean {
  const w = wallClock(new Date(at), timezone);
  return (
    w.year === wall.year &&
    w.month === wall.month &&
    w.day === wall.day &&
    w.hour === wall.hour &&
    w.minute === wall.minute
  );
}

/**
 * The instant of a wall time. A time that exists twice (the night clocks go
 * back) is the earlier one; one that does not exist (clocks go forward) moves
 * to the end of the gap. `shifted` says which happened, so the answer can tell.
 */
export function fromWall(wall: Wall, timezone: string): { at: Date; shifted: 'none' | 'gap' | 'ambiguous' } {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const offsets = [
    ...new Set([offsetAt(naive - DAY_MS, timezone), offsetAt(naive + DAY_MS, timezone), offsetAt(naive, timezone)]),
  ];
  const candidates = offsets
    .map((offset) => naive - offset)
    .filter((at) => same(at, wall, timezone))
    .sort((a, b) => a - b);
  if (candidates.length > 0) {
    return { at: new Date(candidates[0]!), shifted: candidates.length > 1 ? 'ambiguous' : 'none' };
  }
  for (let step = 1; step <= 24 * 60; step++) {
    const shifted = new Date(naive + step * 60_000);
    const w: Wall = {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
    };
    for (const offset of offsets) {
      if (same(shifted.getTime() - offset, w, timezone))
        return { at: new Date(shifted.getTime() - offset), shifted: 'gap' };
    }
  }
  throw new Error(`no valid time near ${JSON.stringify(wall)} in ${timezone}`);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2})[:h.](\d{2})$/;

/** "2027-03-14" and "10:00" (or "2027-03-14T10:00"): the wall time, or a localized error. */
export function parseWall(date: string, time: string | undefined): Wall {
  let [d, t] = [date.trim(), time?.trim()];
  // One token ("2027-03-14T10:00", or quoted "2027-03-14 10:00") holds both.
  if (!t && /[T\s]/.test(d)) [d, t] = d.split(/[T\s]+/, 2) as [string, string];
  const dm = DATE.exec(d);
  const tm = TIME.exec(t ?? '');
  if (!dm || !tm)
    throw new UserError('gathering-error-bad-date', { value: `${date} ${time ?? ''}`.trim().slice(0, 40) });
  const wall: Wall = {
    year: Number(dm[1]),
    month: Number(dm[2]),
    day: Number(dm[3]),
    hour: Number(tm[1]),
    minute: Number(tm[2]),
  };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  // 2027-02-30 rolls over to March in Date.UTC: refuse it rather than move it.
  if (check.getUTCMonth() !== wall.month - 1 || check.getUTCDate() !== wall.day || wall.hour > 23 || wall.minute > 59)
    throw new UserError('gathering-error-bad-date', { value: `${d} ${t}`.slice(0, 40) });
  return wall;
}

/** Only a time ("17:00"): the same day as `day`. */
export function parseTimeOnly(time: string): { hour: number; minute: number } | null {
  const tm = TIME.exec(time.trim());
  if (!tm || Number(tm[1]) > 23 || Number(tm[2]) > 59) return null;
  return { hour: Number(tm[1]), minute: Number(tm[2]) };
}

/**
 * `days` after `from`, at `hour`:00 on that local calendar day in `timezone`:
 * follow-ups land in the person's morning, never at night.
 */
export function localMorningAfter(from: Date, days: number, hour: number, timezone: string): Date {
  const base = wallClock(new Date(from.getTime() + days * DAY_MS), timezone);
  return fromWall({ ...base, hour, minute: 0 }, timezone).at;
}
