// Time on a report's x axis: a long report (a cohort of two years) is counted
// by month, a short one by week, so a chart stays readable at any length.
// Shared by the features that implement Feature.report (core/report.ts).

import type { ReportRequest } from '../../core/report.ts';

export type Period = 'week' | 'month';

const DAY = 86_400_000;

/** Weeks up to four months, months beyond. */
export function periodOf(request: Pick<ReportRequest, 'since' | 'until'>): Period {
  return request.until.getTime() - request.since.getTime() > 120 * DAY ? 'month' : 'week';
}

// Making a DateTimeFormat costs far more than using one; a big cohort dates thousands of rows.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a timezone, "2027-03-08". */
export function dayIn(at: Date, timezone: string): string {
  let format = formats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timezone, format);
  }
  return format.format(at).slice(0, 10);
}

/** The period an instant falls in: "2027-03" (month) or the Monday of its week, "2027-03-08". */
export function bucketOf(at: Date, period: Period, timezone: string): string {
  const day = dayIn(at, timezone);
  if (period === 'month') return day.slice(0, 7);
  const date = new Date(`${day}T00:00:00Z`);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);
  return monday.toISOString().slice(0, 10);
}

/** Every period from since to until, in order (empty ones too: a gap is news). */
export function bucketsBetween(request: Pick<ReportRequest, 'since' | 'until' | 'timezone'>, period: Period): string[] {
  const buckets: string[] = [];
  const step = period === 'month' ? 28 * DAY : 7 * DAY;
  for (let at = request.since.getTime(); at < request.until.getTime(); at += step) {
    const bucket = bucketOf(new Date(at), period, request.timezone);
    if (buckets.at(-1) !== bucket) buckets.push(bucket);
  }
  const last = bucketOf(new Date(request.until.getTime() - 1), period, request.timezone);
  if (buckets.at(-1) !== last) buckets.push(last);
  return buckets;
}

/** A share as a whole percentage (0 when there is nothing to share). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** Within [since, until)? */
export function inRange(at: Date | null, request: Pick<ReportRequest, 'since' | 'until'>): boolean {
  return at !== null && at >= request.since && at < request.until;
}
