// Turning /cohort create|edit flags into a cohort's context, with every value
// cleaned and checked before anything is stored.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError } from '../../core/errors.ts';
import { botLanguage } from '../../core/locale.ts';
import { cleanList, cleanUserText } from '../../core/markup.ts';
import type { CohortContext } from '../../core/store.ts';
import { parseLanguageList, parseTimezone, parseYesNo } from '../../core/validate.ts';
import { parseSmallestGroup } from '../shared/smallest-group.ts';

export const COHORT_FLAGS = {
  name: 'value',
  languages: 'value',
  region: 'value',
  themes: 'value',
  timezone: 'value',
  language: 'value',
} as const;

/** /cohort edit also sets the cohort's settings (not part of its context). */
export const EDIT_FLAGS = { ...COHORT_FLAGS, 'names-in-group': 'value', 'smallest-group': 'value' } as const;

/** The option that sets a stored field, where the two names differ. */
export const FLAG_OF_FIELD: Record<string, string> = {
  locale: 'language',
  namesInGroup: 'names-in-group',
  smallestGroup: 'smallest-group',
};

export const LIMITS = { name: 80, region: 80, theme: 40, themes: 10, languages: 10 };

export function cleanCohortName(raw: string): string {
  return cleanUserText(raw, { maxLength: LIMITS.name, field: 'field-cohort-name' });
}

/** The context fields present in the flags, validated. Absent flags are absent from the result. */
export function contextFromFlags(ctx: Context, args: ParsedArgs): Partial<CohortContext> {
  const flag = (name: string): string | undefined => {
    const value = args.flags.get(name);
    if (value === true) throw new UsageError('error-flag-needs-value', { flag: `--${name}` });
    return value;
  };
  const out: Partial<CohortContext> = {};
  const name = flag('name');
  if (name !== undefined) out.name = cleanCohortName(name);
  const languages = flag('languages');
  if (languages !== undefined) {
    out.languages = parseLanguageList(languages, LIMITS.languages);
  }
  const region = flag('region');
  if (region !== undefined)
    out.region =
      region.trim() === '' ? null : cleanUserText(region, { maxLength: LIMITS.region, field: 'field-region' });
  const themes = flag('themes');
  if (themes !== undefined)
    out.themes = cleanList(themes, { maxLength: LIMITS.theme, maxItems: LIMITS.themes, field: 'field-themes' });
  const timezone = flag('timezone');
  if (timezone !== undefined) out.timezone = parseTimezone(timezone);
  const language = flag('language');
  if (language !== undefined) out.locale = botLanguage(ctx.services.i18n, language);
  return out;
}

/**
 * --names-in-group yes|no: whether group messages may name people for
 * participation (who has not answered, who is on a break, who found no
 * partner). Absent flag: undefined.
 */
export function namesInGroupFromFlags(args: ParsedArgs): boolean | undefined {
  const value = args.flags.get('names-in-group');
  if (value === undefined) return undefined;
  if (value === true) throw new UsageError('error-flag-needs-value', { flag: '--names-in-group' });
  return parseYesNo(value, '--names-in-group');
}

/**
 * --smallest-group N: the smallest group a count, share or mean may stand for
 * outside a coordinator's private view (surveys, reports, digests); 3 to 100.
 * Absent flag: undefined.
 */
export function smallestGroupFromFlags(args: ParsedArgs): number | undefined {
  const value = args.flags.get('smallest-group');
  if (value === undefined) return undefined;
  if (value === true) throw new UsageError('error-flag-needs-value', { flag: '--smallest-group' });
  return parseSmallestGroup(value);
}
