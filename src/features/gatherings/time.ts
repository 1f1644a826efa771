// Wall times for gatherings: "2027-03-14 10:00" as typed, and follow-ups sent
// at a person's local morning. The timezone arithmetic is core/wall-clock.ts.

import { UserError } from '../../core/errors.ts';
import { fromWall, type Wall, wallClock } from '../../core/wall-clock.ts';

export { fromWall, type Wall, wallClock };

const DAY_MS = 86_400_000;

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

/** Shaped like a time ("25:00" too): the word after --at's date, checked by parseWall. */
export const looksLikeTime = (word: string): boolean => TIME.test(word.trim());

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
