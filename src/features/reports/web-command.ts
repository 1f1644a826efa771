// /report web (a signed link to the cohort's report page, in private),
// /report web revoke (every link given out so far stops working) and
// /report threshold [n] (the cohort's k-threshold for aggregates).

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { escapeHtml } from '../../core/markup.ts';
import { MIN_AGGREGATE } from '../../core/privacy.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { Cohort } from '../../core/store.ts';
import { linkSecret, signLink } from './web-links.ts';

const MAX_THRESHOLD = 100;

export async function webLink(ctx: Context, cohort: Cohort, rest: string[]): Promise<void> {
  const config = ctx.services.reportWeb;
  if (rest[0] === 'revoke' && rest.length === 1) {
    const settings = await ctx.store.reports.revokeLinks(cohort.id);
    await ctx.audit('report.web.revoke', { linkEpoch: settings.linkEpoch });
    await ctx.say('report-web-revoked', { cohort: cohort.name });
    return;
  }
  if (rest.length > 0) throw new UserError('report-error-word', { word: rest[0]!.slice(0, 40) });
  if (!config) throw new UserError('report-web-not-set-up');
  await replyPrivately(ctx, async () => {
    const settings = await ctx.store.reports.settings(cohort.id);
    const expires = Math.floor(ctx.services.clock.now().getTime() / 1000) + config.linkHours * 3600;
    const token = signLink(await linkSecret(ctx.store, config.linkSecret), {
      cohortId: cohort.id,
      epoch: settings.linkEpoch,
      expires,
      locale: ctx.locale,
    });
    await ctx.audit('report.web', { linkEpoch: settings.linkEpoch, hours: config.linkHours });
    const url = `${config.publicUrl}/r/${cohort.id}/${token}`;
    // The address stays outside the translation: Fluent's isolate marks would break it.
    return `${ctx.t('report-web-link', { cohort: cohort.name, hours: config.linkHours })}\n${escapeHtml(url)}`;
  });
}

export async function threshold(ctx: Context, cohort: Cohort, rest: string[]): Promise<void> {
  if (rest.length === 0) {
    const { minAggregate } = await ctx.store.reports.settings(cohort.id);
    await ctx.say('report-threshold-is', { count: minAggregate });
    return;
  }
  const value = rest[0]!;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (rest.length > 1 || !(n >= MIN_AGGREGATE && n <= MAX_THRESHOLD)) {
    throw new UserError('report-threshold-error', {
      value: value.slice(0, 40),
      min: MIN_AGGREGATE,
      max: MAX_THRESHOLD,
    });
  }
  await ctx.store.reports.setMinAggregate(cohort.id, n);
  await ctx.audit('report.threshold', { minAggregate: n });
  await ctx.say('report-threshold-set', { count: n });
}
