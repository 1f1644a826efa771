// Waking-hours overlap between two IANA timezones. Offsets come from Intl at a
// reference date, so daylight saving time is whatever applies on that date.

const offsetCache = new Map<string, number | null>();

/** UTC offset in minutes of an IANA zone at `at`, or null for an unknown zone. */
export function utcOffsetMinutes(zone: string, at: Date): number | null {
  // Offsets change at most a few times a year: cache per zone and day.
  const key = `${zone}|${Math.floor(at.getTime() / 86_400_000)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  let offset: number | null = null;
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    // "GMT", "GMT+05:30", "GMT-03:00"
    const m = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(name);
    if (m) offset = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  } catch {
    offset = null; // RangeError: not a zone Intl knows
  }
  offsetCache.set(key, offset);
  return offset;
}

/**
 * Minutes during which both people are awake, given each one's UTC offset
 * and the local waking window [startMinute, endMinute). Windows are placed
 * on the UTC day and compared also against the neighbouring days, because
 * a window shifted by an offset can wrap past midnight.
 */
export function wakingOverlapMinutes(offsetA: number, offsetB: number, startMinute: number, endMinute: number): number {
  const a0 = startMinute - offsetA;
  const a1 = endMinute - offsetA;
  let best = 0;
  for (let shift = -1440; shift <= 1440; shift += 1440) {
    const b0 = startMinute - offsetB + shift;
    const b1 = endMinute - offsetB + shift;
    best += Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  }
  // A window shorter than a day overlaps at most one copy of the other window
  // and its wrap-around; the sum covers both pieces, capped at the window.
  return Math.min(best, endMinute - startMinute);
}
