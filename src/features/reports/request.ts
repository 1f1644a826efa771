// The words of /report and /export: --since (a past date), --what (which
// sections), and for /export the format. Default span: since the cohort began.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import type { Cohort } from '../../core/store.ts';
import { midnightIn } from '../../core/validate.ts';

/** The --what words; a feature's sections carry one of these ids (core/report.ts). */
export const SECTION_IDS = ['members', 'checkins', 'pairing', 'gatherings', 'surveys'] as const;

export interface Span {
  since: Date;
  until: Date;
  only?: string[];
}

/** Default start: the first join (the creator's), by the bot's clock like everything reported. */
export async function spanOf(ctx: Context, cohort: Cohort, args: ParsedArgs): Promise<Span> {
  // Up to and including this instant (a cohort created a moment ago has its creator).
  const until = new Date(ctx.services.clock.now().getTime() + 1);
  const sinceText = args.flags.get('since');
  // One MIN() in the database: listing a cohort of 5,000 to find it took most of a second.
  let since = (await ctx.store.reports.firstJoin(cohort.id)) ?? cohort.createdAt;
  if (sinceText !== undefined) {
    const value = sinceText === true ? '' : sinceText.trim();
    const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? midnightIn(value, cohort.timezone) : null;
    if (!at) throw new UserError('report-error-since', { value: value.slice(0, 40) });
    if (at >= until) throw new UserError('report-error-since-future', { value });
    since = at;
  }
  const whatText = args.flags.get('what');
  if (whatText === undefined) return { since, until };
  const only = (whatText === true ? '' : whatText)
    .split(/[\s,]+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  const unknown = only.find((w) => !(SECTION_IDS as readonly string[]).includes(w));
  if (only.length === 0 || unknown !== undefined) {
    throw new UserError('report-error-what', { value: (unknown ?? '').slice(0, 40), allowed: SECTION_IDS.join(', ') });
  }
  return { since, until, only };
}

/** A date as the reader writes it (their language and calendar), for the texts of a report. */
export function readerDate(at: Date, locale: string, timezone: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: timezone, dateStyle: 'medium' }).format(at);
}
