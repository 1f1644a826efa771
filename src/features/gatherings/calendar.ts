// Gatherings as iCalendar: one event as an .ics file (on request and with the
// answer "going"), and the cohort's feed that calendar apps subscribe to
// under an unguessable URL. Written by ical-generator; times carry the
// gathering's timezone (TZID), so a calendar shows them right across DST.

import { randomBytes } from 'node:crypto';
import ical, {
  ICalEventStatus,
  type ICalTemporalPlainDateTimeStub,
  type ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import type { JobContext } from '../../core/job-context.ts';
import { htmlToPlain } from '../../core/markup.ts';
import type { Gathering } from '../../core/store.ts';
import { settingsOf } from './settings.ts';
import { wallClock } from './time.ts';

/** The feed shows gatherings that ended up to this long ago (a calendar keeps its history itself). */
const FEED_PAST_MS = 100 * 86_400_000;
const FEED_AHEAD_MS = 3 * 366 * 86_400_000;
export const FEED_PATH = '/calendar';

/**
 * A wall time in a zone, as the Temporal ZonedDateTime stub ical-generator
 * reads: given a plain Date and a timezone it would write the process's local
 * time under the TZID. The instant is converted by core/wall-clock (Intl), so
 * no date library is needed.
 */
function zoned(at: Date, timeZoneId: string): ICalTemporalZonedDateTimeStub {
  const w = wallClock(at, timeZoneId);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const iso = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:00`;
  const fields = { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: 0 };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toZonedDateTime: () => value,
    toPlainDate: () => ({
      year: w.year,
      month: w.month,
      day: w.day,
      toJSON: () => iso.slice(0, 10),
      toString: () => iso.slice(0, 10),
    }),
    toJSON: () => iso,
    toString: () => iso,
  } as ICalTemporalPlainDateTimeStub;
  const value: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId,
    withTimeZone: () => value,
    toPlainDateTime: () => plain,
    toInstant: () => ({ epochMilliseconds: at.getTime() }) as ReturnType<ICalTemporalZonedDateTimeStub['toInstant']>,
    toJSON: () => `${iso}[${timeZoneId}]`,
    toString: () => `${iso}[${timeZoneId}]`,
  };
  return value;
}

export interface CalendarText {
  /** The calendar's name (the cohort's). */
  name: string;
  /** "Join: https://…" in the reader's language, for online gatherings. */
  joinLine: (url: string) => string;
}

/** An iCalendar document with the gatherings; cancelled ones are kept as CANCELLED so calendars drop them. */
export function icsOf(gatherings: Gathering[], text: CalendarText, now: Date): string {
  const calendar = ical({ name: text.name, prodId: { company: 'cohort-bot', product: 'gatherings' } });
  for (const g of gatherings) {
    const description = [g.description, g.onlineUrl ? text.joinLine(g.onlineUrl) : null].filter(Boolean).join('\n\n');
    calendar.createEvent({
      id: `gathering-${g.id}@cohort-bot`,
      // Calendars take the copy with the highest sequence: every edit raises it.
      sequence: g.revision,
      stamp: now,
      start: zoned(g.startsAt, g.timezone),
      end: zoned(g.endsAt, g.timezone),
      timezone: g.timezone,
      summary: g.title,
      description: description || null,
      location: g.place ?? g.onlineUrl ?? null,
      url: g.onlineUrl ?? null,
      status: g.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** A translated line as calendar text: no markup, no bidi isolation marks around arguments. */
export function plainText(html: string): string {
  return htmlToPlain(html).replace(/[\u2068\u2069]/g, '');
}

/** A new feed secret: 24 random bytes, URL-safe (not guessable, not derived from anything). */
export function newFeedToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The feed's https and webcal addresses, or null when the operator has not set the bot's public URL. */
export function feedUrls(publicUrl: string | undefined, token: string): { https: string; webcal: string } | null {
  if (!publicUrl) return null;
  const https = `${publicUrl.replace(/\/+$/, '')}${FEED_PATH}/${token}.ics`;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

/** The cohort's feed, or null for an unknown (or rotated) token. Read on every fetch: edits show at once. */
export async function calendarFeed(token: string, job: JobContext): Promise<string | null> {
  if (!/^[\w-]{20,64}$/.test(token)) return null;
  const settings = await job.store.gatherings.settingsByFeedToken(token);
  if (!settings?.feedToken) return null;
  const cohort = await job.store.cohorts.byId(settings.cohortId);
  if (!cohort || cohort.status === 'archived') return null;
  const now = job.clock.now();
  const gatherings = await job.store.gatherings.inRange(
    cohort.id,
    new Date(now.getTime() - FEED_PAST_MS),
    new Date(now.getTime() + FEED_AHEAD_MS),
  );
  return icsOf(
    gatherings,
    { name: cohort.name, joinLine: (url) => plainText(job.t(cohort.locale, 'gathering-ics-join', { url })) },
    now,
  );
}

/** The cohort's feed token, made on first use. */
export async function feedTokenOf(job: JobContext, cohortId: string, rotate: boolean): Promise<string> {
  const settings = await settingsOf(job.store, cohortId);
  if (settings.feedToken && !rotate) return settings.feedToken;
  const saved = await job.store.gatherings.saveSettings(
    cohortId,
    { feedToken: newFeedToken() },
    { reminderMinutes: settings.reminderMinutes, stepDays: settings.stepDays },
  );
  return saved.feedToken!;
}
