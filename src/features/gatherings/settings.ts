// A cohort's gathering settings: when reminders go before a gathering, and
// the follow-up sequence after it. No row means the defaults below; a
// coordinator changes them with /gathering settings.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import { expectNoWords } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { GatheringSettings, Store } from '../../core/store.ts';

const MINUTE = 1;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Minutes before the start: a week, a day and an hour. */
export const DEFAULT_REMINDERS: readonly number[] = [7 * DAY, DAY, HOUR];
/** Days after the end: "what will you try?", then how it went at +7, +30, +90. */
export const DEFAULT_STEPS: readonly number[] = [1, 7, 30, 90];
/** Online gatherings also send the join link this many minutes before (not a setting: it is the link). */
export const LINK_MINUTES = 10;
/** The longest sequence a cohort may set (job ids and /forgetme count on a bound). */
export const MAX_STEPS = 6;
const MAX_REMINDERS = 5;
/** A reminder further ahead than this is an announcement, not a reminder. */
const MAX_REMINDER_MINUTES = 60 * DAY;
/** Reminders closer than this would race the join link and the start. */
const MIN_REMINDER_MINUTES = 15;
const MAX_STEP_DAYS = 365;

export type Settings = Omit<GatheringSettings, 'cohortId'>;

export function defaults(): Omit<Settings, 'feedToken'> {
  return { reminderMinutes: [...DEFAULT_REMINDERS], stepDays: [...DEFAULT_STEPS] };
}

export async function settingsOf(store: Store, cohortId: string): Promise<Settings> {
  return (await store.gatherings.settings(cohortId)) ?? { ...defaults(), feedToken: null };
}

const SPAN = /^(\d{1,4})\s*(m|min|h|d|w)$/i;
const UNIT: Record<string, number> = { m: MINUTE, min: MINUTE, h: HOUR, d: DAY, w: 7 * DAY };

/** "7d,1d,1h" -> minutes before the start, furthest first; "-" turns reminders off. */
export function parseReminders(raw: string): number[] {
  if (raw.trim() === '-') return [];
  const items = raw.split(/[,\s]+/).filter(Boolean);
  if (items.length === 0 || items.length > MAX_REMINDERS)
    throw new UserError('gathering-settings-error-reminders', { value: raw.slice(0, 40), max: MAX_REMINDERS });
  const minutes = items.map((item) => {
    const m = SPAN.exec(item);
    const value = m ? Number(m[1]) * UNIT[m[2]!.toLowerCase()]! : Number.NaN;
    if (!(value >= MIN_REMINDER_MINUTES && value <= MAX_REMINDER_MINUTES))
      throw new UserError('gathering-settings-error-reminders', { value: item.slice(0, 20), max: MAX_REMINDERS });
    return value;
  });
  return [...new Set(minutes)].sort((a, b) => b - a);
}

/** "1,7,30,90" (or "1d,7d,...") -> days after the end, strictly increasing, at least two steps. */
export function parseSteps(raw: string): number[] {
  const items = raw.split(/[,\s]+/).filter(Boolean);
  const days = items.map((item) => {
    const m = /^(\d{1,3})d?$/i.exec(item);
    return m ? Number(m[1]) : Number.NaN;
  });
  const increasing = days.every((d, i) => d >= 1 && d <= MAX_STEP_DAYS && (i === 0 || d > days[i - 1]!));
  if (!increasing || days.length < 2 || days.length > MAX_STEPS)
    throw new UserError('gathering-settings-error-steps', { value: raw.slice(0, 40), max: MAX_STEPS });
  return days;
}

/** "7 days, 1 day, 1 hour" in the reader's language. */
export function formatSpan(minutes: number, locale: string): string {
  const [unit, value] =
    minutes % DAY === 0
      ? (['day', minutes / DAY] as const)
      : minutes % HOUR === 0
        ? (['hour', minutes / HOUR] as const)
        : (['minute', minutes] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** Re-plan what lies ahead: reminders follow the settings for every gathering not yet started. */
type Replan = (job: JobContext, cohortId: string, before: Settings) => Promise<void>;

/** /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90] */
export async function settingsCommand(ctx: Context, args: ParsedArgs, replan: Replan): Promise<void> {
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  expectNoWords(args);
  const reminders = args.flags.get('reminders');
  const steps = args.flags.get('steps');
  const before = await settingsOf(ctx.store, cohort.id);
  let current = before;
  if (reminders !== undefined || steps !== undefined) {
    // Both checked before anything is stored.
    const patch = {
      ...(reminders !== undefined ? { reminderMinutes: parseReminders(String(reminders)) } : {}),
      ...(steps !== undefined ? { stepDays: parseSteps(String(steps)) } : {}),
    };
    current = await ctx.store.gatherings.saveSettings(cohort.id, patch, defaults());
    await replan(ctx.job, cohort.id, before);
    await ctx.audit('gathering.settings', { ...patch });
  }
  const list = (minutes: number[]) =>
    minutes.length === 0 ? '-' : minutes.map((m) => formatSpan(m, ctx.locale)).join(', ');
  await ctx.say(reminders !== undefined || steps !== undefined ? 'gathering-settings-saved' : 'gathering-settings', {
    reminders: list(current.reminderMinutes),
    steps: current.stepDays.map((d) => `+${d}`).join(', '),
  });
}
