// /mydata and /forgetme for networks: the items someone shared (their text,
// where, and whether it went out), that approved ones are on the network's
// page (web.ts), and the networks they coordinate.

import type { Context } from '../../core/context.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { Account } from '../../core/store.ts';

export async function describeShares(ctx: Context, account: Account): Promise<string[]> {
  const memberships = await ctx.store.memberships.forAccount(account.id);
  const shares = await ctx.store.networks.sharesOf(memberships.map((m) => m.id));
  const coordinated = await ctx.store.networks.coordinatedBy(account.id);
  if (shares.length === 0 && coordinated.length === 0) return [];
  const lines = [ctx.t('mydata-network-shares', { count: shares.length })];
  for (const s of shares) {
    const network = await ctx.store.networks.byId(s.networkId);
    lines.push(
      ctx.t('mydata-network-share', {
        network: network?.name ?? '?',
        // Withdrawn after a digest: withdrawn (it is off the network's page).
        status: s.digestedAt && s.status === 'approved' ? 'sent' : s.status,
        named: s.withName ? 'yes' : 'no',
        text: s.text,
      }),
    );
  }
  if (shares.some((s) => s.status === 'approved')) lines.push(ctx.t('mydata-network-page'));
  if (coordinated.length > 0)
    lines.push(ctx.t('mydata-network-coordinator', { names: coordinated.map((n) => `“${n.name}”`).join(', ') }));
  return lines;
}

/** /forgetme: the person's shares go (their memberships' cascade would take them too; this says so plainly). */
export async function forgetShares(account: Account, job: JobContext): Promise<void> {
  const memberships = await job.store.memberships.forAccount(account.id);
  await job.store.networks.deleteSharesOf(memberships.map((m) => m.id));
}
