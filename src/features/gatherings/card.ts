// How a gathering reads: in a language and a timezone (the group: the
// cohort's; a person: their own). Titles, places and descriptions are
// escaped by the translator (every Fluent argument is).

import type { MessageArgs } from '../../core/i18n.ts';
import type { Gathering, Rsvp } from '../../core/store.ts';

type Translate = (id: string, args?: MessageArgs) => string;

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Mar 14, 2027, 10:00 AM – 5:00 PM (Europe/Madrid)": the day once when it starts and ends on the same day. */
export function when(g: Pick<Gathering, 'startsAt' | 'endsAt'>, locale: string, timezone: string): string {
  const key = `${locale}|${timezone}`;
  let format = rangeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: timezone });
    if (rangeFormats.size > 1000) rangeFormats.clear();
    rangeFormats.set(key, format);
  }
  return `${format.formatRange(g.startsAt, g.endsAt)} (${timezone})`;
}

/**
 * A private notice about a gathering the person is going to (moved up from
 * the waiting list, a new time): its time in their zone, and how to get the
 * calendar file (the one imported before holds the old time, or none came).
 */
export function noticeWithCalendar(t: Translate, key: string, g: Gathering, locale: string, timezone: string): string {
  return [
    t(key, { title: g.title, when: when(g, locale, timezone) }),
    t('gathering-ics-hint', { number: g.number }),
  ].join('\n');
}

/** The lines describing a gathering: title, time, place, link, capacity, description. */
export function card(t: Translate, g: Gathering, locale: string, timezone: string): string[] {
  return [
    t('gathering-card-title', { number: g.number, title: g.title }),
    t('gathering-card-when', { when: when(g, locale, timezone) }),
    g.place ? t('gathering-card-place', { place: g.place }) : '',
    g.onlineUrl ? t('gathering-card-online', { url: g.onlineUrl }) : '',
    g.capacity ? t('gathering-card-capacity', { capacity: g.capacity }) : '',
    g.description ? t('gathering-card-description', { description: g.description }) : '',
  ].filter(Boolean);
}

export interface Counts {
  going: number;
  maybe: number;
  no: number;
  waitlist: number;
  present: number;
}

export function countsOf(rsvps: Rsvp[]): Counts {
  const counts: Counts = { going: 0, maybe: 0, no: 0, waitlist: 0, present: 0 };
  for (const r of rsvps) {
    counts[r.answer]++;
    if (r.attendedAt) counts.present++;
  }
  return counts;
}

/** Counts only: who answered what is attendance data (docs/privacy.md), not the group's. */
export function countsLine(t: Translate, counts: Counts): string {
  return t('gathering-counts', { ...counts });
}
