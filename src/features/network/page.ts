// /network page ["Network"]: a signed link to the network's page of shared
// items (features/network/web.ts), privately to a network coordinator, who
// may pass it on (to the cohorts' coordinators, a newsletter); it lasts as
// long as report links (REPORT_LINK_HOURS). /network page revoke ["Network"]:
// every link given out so far stops working.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { escapeHtml } from '../../core/markup.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import { freshToken } from '../shared/web-links.ts';
import { coordinatedNetworks, pickNetwork, typedName } from './networks.ts';
import { networkPagePath } from './web.ts';

export async function page(ctx: Context, args: ParsedArgs): Promise<void> {
  const revoke = args.positional[0]?.toLowerCase() === 'revoke';
  const name = typedName({ ...args, positional: revoke ? args.positional.slice(1) : args.positional });
  const network = pickNetwork(await coordinatedNetworks(ctx), name);
  if (revoke) {
    const epoch = await ctx.store.networks.revokePageLinks(network.id);
    await ctx.audit('network.page.revoke', { networkId: network.id, linkEpoch: epoch });
    await replyPrivately(ctx, () => ctx.t('network-page-revoked', { name: network.name }));
    return;
  }
  const config = ctx.services.reportWeb;
  if (!config) throw new UserError('network-page-not-set-up');
  await replyPrivately(ctx, async () => {
    const token = await freshToken(
      ctx.store,
      config,
      'network-page',
      { subjectId: network.id, epoch: network.pageLinkEpoch, locale: ctx.locale },
      ctx.services.clock.now(),
    );
    await ctx.audit('network.page', {
      networkId: network.id,
      linkEpoch: network.pageLinkEpoch,
      hours: config.linkHours,
    });
    const url = `${config.publicUrl}${networkPagePath(network.id, token)}`;
    // The address stays outside the translation: Fluent's isolate marks would break it.
    return `${ctx.t('network-page-link', { name: network.name, hours: config.linkHours })}\n${escapeHtml(url)}`;
  });
}
