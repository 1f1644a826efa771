import { describe, expect, it } from 'vitest';
import { wallClock } from '../../src/core/wall-clock.ts';
import {
  formatRhythm,
  nextOccurrence,
  nextOccurrences,
  PatternError,
  parseRhythm,
  storedRhythm,
} from '../../src/features/checkins/schedule.ts';

const NOW = new Date('2026-01-05T12:00:00Z'); // a Monday
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

function refused(text: string, timezone = 'UTC'): string {
  try {
    parseRhythm(text, NOW, timezone);
  } catch (error) {
    if (error instanceof PatternError) return error.messageId;
    throw error;
  }
  return 'accepted';
}

describe('check-in rhythms', () => {
  it('reads the presets and cron, and writes them back canonically', () => {
    expect(formatRhythm(parseRhythm('Weekly Monday 18:00', NOW, 'UTC'))).toBe('weekly mon 18:00');
    expect(formatRhythm(parseRhythm('every 2 weeks thu 9:30', NOW, 'UTC'))).toBe('every 2 weeks thu 09:30');
    expect(formatRhythm(parseRhythm('monthly first tue 17:00', NOW, 'UTC'))).toBe('monthly first tue 17:00');
    expect(formatRhythm(parseRhythm('cron 0 18 * * 1', NOW, 'UTC'))).toBe('cron 0 18 * * 1');
    expect(formatRhythm(parseRhythm('30 9 * * 1-5', NOW, 'UTC'))).toBe('cron 30 9 * * 1-5');
  });

  it('refuses bad and impossible schedules with a reason', () => {
    expect(refused('weekly funday 18:00')).toBe('checkin-error-weekday');
    expect(refused('weekly mon 25:00')).toBe('checkin-error-time');
    expect(refused('monthly fifth tue 17:00')).toBe('checkin-error-nth');
    expect(refused('every 0 weeks mon 10:00')).toBe('checkin-error-every');
    expect(refused('cron 0 9 31 2 *')).toBe('checkin-error-never');
    expect(refused('cron 61 9 * * *')).toBe('checkin-error-cron');
    expect(refused('* * * * *')).toBe('checkin-error-too-often');
    expect(refused('sometimes')).toBe('checkin-error-pattern');
  });

  it('posts weekly at the local time in Asia/Kolkata (UTC+05:30)', () => {
    const rhythm = parseRhythm('weekly mon 18:00', NOW, 'Asia/Kolkata');
    expect(iso(nextOccurrences(rhythm, 'Asia/Kolkata', NOW, 2))).toEqual([
      '2026-01-05T12:30:00.000Z', // 18:00 IST today (it is 17:30 there)
      '2026-01-12T12:30:00.000Z',
    ]);
  });

  it('every 2 weeks keeps its phase from the first occurrence, also when stored and read back', () => {
    const rhythm = parseRhythm('every 2 weeks thu 09:30', NOW, 'UTC');
    const dates = nextOccurrences(rhythm, 'UTC', NOW, 3);
    expect(iso(dates)).toEqual(['2026-01-08T09:30:00.000Z', '2026-01-22T09:30:00.000Z', '2026-02-05T09:30:00.000Z']);
    const phase = rhythm.kind === 'weekly' ? rhythm.phase : -1;
    expect(iso(nextOccurrences(storedRhythm(formatRhythm(rhythm), phase), 'UTC', NOW, 3))).toEqual(iso(dates));
  });

  it('monthly first and last weekday', () => {
    expect(iso(nextOccurrences(parseRhythm('monthly first tue 17:00', NOW, 'UTC'), 'UTC', NOW, 3))).toEqual([
      '2026-01-06T17:00:00.000Z',
      '2026-02-03T17:00:00.000Z',
      '2026-03-03T17:00:00.000Z',
    ]);
    expect(iso(nextOccurrences(parseRhythm('monthly last fri 12:00', NOW, 'UTC'), 'UTC', NOW, 2))).toEqual([
      '2026-01-30T12:00:00.000Z',
      '2026-02-27T12:00:00.000Z',
    ]);
  });

  describe('Europe/Berlin', () => {
    const tz = 'Europe/Berlin';
    it('keeps 18:00 local across spring forward (29 March 2026) and fall back (25 October 2026)', () => {
      const weekly = parseRhythm('weekly sun 18:00', NOW, tz);
      expect(iso(nextOccurrences(weekly, tz, new Date('2026-03-21T00:00:00Z'), 2))).toEqual([
        '2026-03-22T17:00:00.000Z', // CET, +01:00
        '2026-03-29T16:00:00.000Z', // CEST, +02:00
      ]);
      expect(iso(nextOccurrences(weekly, tz, new Date('2026-10-17T00:00:00Z'), 2))).toEqual([
        '2026-10-18T16:00:00.000Z',
        '2026-10-25T17:00:00.000Z',
      ]);
    });
    it('moves a time inside the spring-forward gap to the next valid minute (02:30 -> 03:00)', () => {
      const at = nextOccurrence(parseRhythm('weekly sun 02:30', NOW, tz), tz, new Date('2026-03-28T00:00:00Z'));
      expect(at.toISOString()).toBe('2026-03-29T01:00:00.000Z');
      expect(wallClock(at, tz)).toMatchObject({ hour: 3, minute: 0 });
    });
    it('posts a time that happens twice in fall back once, at its first instant', () => {
      const rhythm = parseRhythm('weekly sun 02:30', NOW, tz);
      const dates = nextOccurrences(rhythm, tz, new Date('2026-10-24T00:00:00Z'), 2);
      expect(iso(dates)).toEqual(['2026-10-25T00:30:00.000Z', '2026-11-01T01:30:00.000Z']);
    });
  });

  describe('America/Santiago (changes at midnight)', () => {
    const tz = 'America/Santiago';
    it('moves 00:30 on the spring-forward day (6 September 2026) to 01:00', () => {
      const at = nextOccurrence(parseRhythm('weekly sun 00:30', NOW, tz), tz, new Date('2026-09-01T00:00:00Z'));
      expect(wallClock(at, tz)).toMatchObject({ month: 9, day: 6, hour: 1, minute: 0 });
      expect(at.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    });
    it('keeps 18:00 local across both changes', () => {
      const weekly = parseRhythm('weekly sat 18:00', NOW, tz);
      // Fall back: the first Sunday of April 2026 (5 April) at 00:00 -> Saturday 23:00.
      expect(iso(nextOccurrences(weekly, tz, new Date('2026-03-30T00:00:00Z'), 2))).toEqual([
        '2026-04-04T21:00:00.000Z', // -03:00
        '2026-04-11T22:00:00.000Z', // -04:00
      ]);
      expect(iso(nextOccurrences(weekly, tz, new Date('2026-08-30T00:00:00Z'), 2))).toEqual([
        '2026-09-05T22:00:00.000Z', // -04:00 until midnight
        '2026-09-12T21:00:00.000Z',
      ]);
    });
    it('posts 23:30 on the fall-back Saturday once, at its first instant', () => {
      const at = nextOccurrence(parseRhythm('weekly sat 23:30', NOW, tz), tz, new Date('2026-04-04T12:00:00Z'));
      expect(at.toISOString()).toBe('2026-04-05T02:30:00.000Z');
      const after = nextOccurrence(parseRhythm('weekly sat 23:30', NOW, tz), tz, at);
      expect(wallClock(after, tz)).toMatchObject({ month: 4, day: 11, hour: 23, minute: 30 });
    });
  });
});
