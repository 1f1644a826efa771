// /network announce: one message from a network coordinator to the group of
// every cohort in the network, through the send queue (ledger, retries,
// platform limits). Each group reads the frame in its cohort's language and
// the text as written; a cohort whose coordinators opted out
// (/network settings --announcements off) gets nothing.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError } from '../../core/errors.ts';
import { cleanUserText } from '../../core/markup.ts';
import { cleanNetworkName, coordinatedNetworks, pickNetwork } from './networks.ts';

const MAX_LENGTH = 2000;
/** `--network "Name"` or `--network Name`, taken out of the free text. */
const NETWORK_FLAG = /(?:^|\s)(?:--|—)network(?:=|\s+)(?:"([^"]*)"|“([^”]*)”|(\S+))/u;

export async function announce(ctx: Context, args: ParsedArgs): Promise<void> {
  const raw = args.raw ?? '';
  const flag = NETWORK_FLAG.exec(raw);
  const named = flag ? cleanNetworkName(flag[1] ?? flag[2] ?? flag[3] ?? '') : undefined;
  const typed = (flag ? raw.replace(flag[0], ' ') : raw).trim();
  if (!typed) throw new UsageError('error-missing-argument', { argument: 'text' });
  const text = cleanUserText(typed, { maxLength: MAX_LENGTH, multiline: true, field: 'field-announcement' });
  const network = pickNetwork(await coordinatedNetworks(ctx), named);
  let sent = 0;
  let skipped = 0;
  for (const link of await ctx.store.networks.cohorts(network.id)) {
    const cohort = await ctx.store.cohorts.byId(link.cohortId);
    const chat = cohort && cohort.status !== 'archived' && link.announcements ? await ctx.job.cohortChat(cohort) : null;
    if (!cohort || !chat) {
      skipped += 1;
      continue;
    }
    await ctx.job.post(
      chat,
      { html: ctx.job.t(cohort.locale, 'network-announcement', { name: network.name, text }) },
      `network-announce-${ctx.chat.platform}-${ctx.event.id}-${cohort.id}`,
    );
    sent += 1;
  }
  await ctx.audit('network.announce', { networkId: network.id, sent, skipped });
  await ctx.say('network-announce-sent', { name: network.name, sent, skipped });
}
