// /report web (a signed link to the cohort's report page, in private),
// /report web revoke (every link given out so far stops working) and
// /report threshold [n] (the old name of the cohort's smallest group shown:
// features/shared/smallest-group.ts).

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { escapeHtml } from '../../core/markup.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { Cohort } from '../../core/store.ts';
import { smallestGroupAlias } from '../shared/smallest-group.ts';
import { freshToken } from '../shared/web-links.ts';

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
    const token = await freshToken(
      ctx.store,
      config,
      'report-page',
      { subjectId: cohort.id, epoch: settings.linkEpoch, locale: ctx.locale },
      ctx.services.clock.now(),
    );
    await ctx.audit('report.web', { linkEpoch: settings.linkEpoch, hours: config.linkHours });
    const url = `${config.publicUrl}/r/${cohort.id}/${token}`;
    // The address stays outside the translation: Fluent's isolate marks would break it.
    return `${ctx.t('report-web-link', { cohort: cohort.name, hours: config.linkHours })}\n${escapeHtml(url)}`;
  });
}

export async function threshold(ctx: Context, cohort: Cohort, rest: string[]): Promise<void> {
  await smallestGroupAlias(ctx, cohort, rest);
}
