// Wall times in a timezone: what the clock on the wall shows at an instant,
// and the instant of a wall time. Check-ins plan occurrences with it,
// gatherings read "2027-03-14 10:00" and send follow-ups at a local morning.
// Intl does the timezone data; the arithmetic around daylight-saving gaps and
// repeats is here, once.

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

/** A wall time: month 1-12, hour 0-23. */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Recent answers by instant and zone: formatToParts is slow, and a burst (thousands of
 * check-ins due at one minute, most in a few zones) asks the same instants again and again.
 */
const recentWalls = new Map<string, Wall>();

/** Wall-clock fields of an instant in a timezone. */
export function wallClock(at: Date, timezone: string): Wall {
  const key = `${at.getTime()} ${timezone}`;
  const known = recentWalls.get(key);
  if (known) return { ...known };
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
  };
  if (recentWalls.size >= 4096) recentWalls.clear();
  recentWalls.set(key, wall);
  return { ...wall };
}

/** UTC offset (ms) of a timezone at an instant. */
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
 * to the end of the gap. `shifted` says which happened, so an answer can tell.
 */
export function fromWall(wall: Wall, timezone: string): { at: Date; shifted: 'none' | 'gap' | 'ambiguous' } {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Offsets around the date; the earlier candidate first (fall back: first instant).
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
  // In a gap: walk forward minute by minute (gaps are at most a few hours).
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
