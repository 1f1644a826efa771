// The cohort's "smallest group shown" (core/privacy.ts smallestGroupOf): one
// setting for surveys, reports, digests and anything else aggregated. It is
// set with `/cohort edit --smallest-group N`; `/survey threshold` and `/report
// threshold`, the two settings it replaced, still read and set it, and say
// where it lives now.

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { SMALLEST_GROUP_FLOOR, SMALLEST_GROUP_MAX, smallestGroupOf } from '../../core/privacy.ts';
import type { Cohort } from '../../core/store.ts';

/** A typed value, checked: a whole number from 3 to 100. */
export function parseSmallestGroup(value: string): number {
  const n = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(n >= SMALLEST_GROUP_FLOOR && n <= SMALLEST_GROUP_MAX))
    throw new UserError('smallest-group-error', {
      value: value.slice(0, 40),
      min: SMALLEST_GROUP_FLOOR,
      max: SMALLEST_GROUP_MAX,
    });
  return n;
}

/**
 * `/survey threshold [N]`, `/report threshold [N]`: the old names of the
 * setting. Without N, what it is; with N, set it (audited like the edit).
 * Either way, a line says where the setting lives now.
 */
export async function smallestGroupAlias(ctx: Context, cohort: Cohort, words: readonly string[]): Promise<void> {
  if (words.length > 1)
    throw new UserError('smallest-group-error', {
      value: words.join(' ').slice(0, 40),
      min: SMALLEST_GROUP_FLOOR,
      max: SMALLEST_GROUP_MAX,
    });
  const moved = ctx.t('smallest-group-moved');
  if (words.length === 0) {
    await ctx.reply(`${ctx.t('smallest-group-is', { count: smallestGroupOf(cohort) })}\n${moved}`);
    return;
  }
  const n = parseSmallestGroup(words[0]!);
  const updated = await ctx.store.cohorts.update(cohort.id, { smallestGroup: n });
  if (ctx.cohort?.id === cohort.id) ctx.cohort = updated;
  await ctx.audit('cohort.edit', { fields: ['smallestGroup'] });
  await ctx.reply(`${ctx.t('smallest-group-set', { count: n })}\n${moved}`);
}
