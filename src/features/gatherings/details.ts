// Turning /gathering create and edit arguments into checked details. Every
// check runs before anything is stored, so a bad value stores nothing.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { cleanUserText } from '../../core/markup.ts';
import type { GatheringDetails } from '../../core/store.ts';
import { parseIntInRange, parseTimezone } from '../../core/validate.ts';
import { fromWall, looksLikeTime, parseTimeOnly, parseWall, wallClock } from './time.ts';

export const FLAGS = {
  at: 'value',
  until: 'value',
  place: 'value',
  online: 'value',
  capacity: 'value',
  timezone: 'value',
  description: 'value',
  title: 'value',
} as const;

const MAX_TITLE = 120;
const MAX_PLACE = 300;
const MAX_DESCRIPTION = 1000;
const MAX_URL = 2000;
const MAX_CAPACITY = 100_000;
const DEFAULT_LENGTH_MS = 2 * 3_600_000;
/** Longer than this is a series of gatherings, not one. */
const MAX_LENGTH_MS = 14 * 86_400_000;
/** Nobody plans further ahead in a chat. */
const MAX_AHEAD_MS = 2 * 366 * 86_400_000;

export function cleanTitle(raw: string): string {
  return cleanUserText(raw, { maxLength: MAX_TITLE, field: 'field-gathering-title' });
}

/** An http(s) link and nothing else (no javascript:, data:, or a bare word). */
export function parseLink(raw: string): string {
  const value = raw.trim();
  if (value.length > MAX_URL) throw new UserError('gathering-error-link-too-long', { max: MAX_URL });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError('gathering-error-bad-link', { value: value.slice(0, 60) });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname)
    throw new UserError('gathering-error-bad-link', { value: value.slice(0, 60) });
  return url.toString();
}

export interface Parsed {
  details: Partial<GatheringDetails>;
  /** The start was moved out of a daylight-saving gap, or picked as the first of two. */
  shifted: 'none' | 'gap' | 'ambiguous';
}

/**
 * The details given by flags, checked. `words` are the positional words left
 * after the title or number: a time after --at's date ("--at 2027-03-14 10:00").
 * `current` is the gathering being edited (its start, end and zone are the base).
 */
export function parseDetails(
  args: ParsedArgs,
  words: string[],
  now: Date,
  defaultZone: string,
  current?: GatheringDetails,
): Parsed {
  const flag = (name: string) => {
    const value = args.flags.get(name);
    return value === undefined ? undefined : String(value);
  };
  const rest = [...words];
  // Shaped like a time is enough: "--at 2027-03-14 25:00" is refused as that, not as "2027-03-14".
  const takeTime = (): string | undefined => (rest.length > 0 && looksLikeTime(rest[0]!) ? rest.shift() : undefined);
  const details: Partial<GatheringDetails> = {};
  let shifted: Parsed['shifted'] = 'none';

  const zoneFlag = flag('timezone');
  const timezone = zoneFlag ? parseTimezone(zoneFlag) : (current?.timezone ?? defaultZone);
  if (zoneFlag) details.timezone = timezone;

  const at = flag('at');
  let startsAt = current?.startsAt;
  if (at !== undefined) {
    const start = fromWall(parseWall(at, takeTime()), timezone);
    startsAt = start.at;
    shifted = start.shifted;
    details.startsAt = startsAt;
  }
  if (!startsAt) throw new UsageError('error-missing-argument', { argument: '--at' });

  const until = flag('until');
  let endsAt: Date | undefined;
  if (until !== undefined) {
    const timeOnly = parseTimeOnly(until);
    if (timeOnly) {
      endsAt = fromWall({ ...wallClock(startsAt, timezone), ...timeOnly }, timezone).at;
    } else {
      endsAt = fromWall(parseWall(until, takeTime()), timezone).at;
    }
  } else if (current && details.startsAt) {
    // Moving the start keeps the length.
    endsAt = new Date(startsAt.getTime() + (current.endsAt.getTime() - current.startsAt.getTime()));
  } else if (!current) {
    endsAt = new Date(startsAt.getTime() + DEFAULT_LENGTH_MS);
  }
  if (endsAt) details.endsAt = endsAt;
  const end = endsAt ?? current!.endsAt;

  if (rest.length > 0) throw new UsageError('error-unexpected-words', { words: rest.join(' ') });
  if (details.startsAt && startsAt <= now) throw new UserError('gathering-error-past', {});
  if (startsAt.getTime() - now.getTime() > MAX_AHEAD_MS) throw new UserError('gathering-error-too-far', {});
  if (end <= startsAt) throw new UserError('gathering-error-end-before-start', {});
  if (end.getTime() - startsAt.getTime() > MAX_LENGTH_MS) throw new UserError('gathering-error-too-long', {});

  const title = flag('title');
  if (title !== undefined) details.title = cleanTitle(title);
  const place = flag('place');
  if (place !== undefined)
    details.place = place.trim() === '-' ? null : cleanUserText(place, { maxLength: MAX_PLACE, field: 'field-place' });
  const online = flag('online');
  if (online !== undefined) details.onlineUrl = online.trim() === '-' ? null : parseLink(online);
  const capacity = flag('capacity');
  if (capacity !== undefined)
    details.capacity =
      capacity.trim() === '-' ? null : parseIntInRange(capacity, 1, MAX_CAPACITY, 'field-gathering-capacity');
  const description = flag('description');
  if (description !== undefined)
    details.description =
      description.trim() === '-'
        ? null
        : cleanUserText(description, { maxLength: MAX_DESCRIPTION, multiline: true, field: 'field-description' });
  return { details, shifted };
}
