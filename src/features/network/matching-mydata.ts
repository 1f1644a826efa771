// /mydata and /forgetme for cross-cohort matching: the networks where someone
// asked to meet people from other cohorts, and the rounds that introduced
// them (with whom: they were told privately already).

import type { Context } from '../../core/context.ts';
import type { JobContext } from '../../core/job-context.ts';
import { personName } from '../../core/mention.ts';
import type { Account } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';

export async function describeMeet(ctx: Context, account: Account): Promise<string[]> {
  const memberships = await ctx.store.memberships.forAccount(account.id);
  const ids = memberships.map((m) => m.id);
  const optIns = await ctx.store.networkMeet.optInsOf(ids);
  const rounds = await ctx.store.networkMeet.roundsOf(ids);
  if (optIns.length === 0 && rounds.length === 0) return [];
  const cohortOf = new Map(memberships.map((m) => [m.id, m.cohort.name]));
  const networkName = async (id: string) => (await ctx.store.networks.byId(id))?.name ?? '?';
  const lines = [ctx.t('mydata-network-meet', { count: optIns.length })];
  for (const o of optIns) {
    lines.push(
      ctx.t('mydata-network-meet-on', {
        network: await networkName(o.networkId),
        cohort: cohortOf.get(o.membershipId) ?? '?',
        since: formatDateTime(o.createdAt, ctx.locale, ctx.account.timezone ?? 'UTC'),
      }),
    );
  }
  const mine = new Set(ids);
  // The other people's names, read from the accounts of the memberships in their groups.
  const otherIds = [...new Set(rounds.flatMap((r) => r.groups.flat()).filter((id) => !mine.has(id)))];
  const accounts = await ctx.store.networkMeet.accountsOf(otherIds);
  for (const r of rounds) {
    const others: string[] = [];
    for (const id of r.groups.flat().filter((x) => !mine.has(x))) {
      const other = await ctx.store.accounts.byId(accounts.get(id) ?? '');
      if (other) others.push(personName(other));
    }
    lines.push(
      ctx.t('mydata-network-meet-round', {
        network: await networkName(r.networkId),
        number: r.number,
        when: formatDateTime(r.createdAt, ctx.locale, ctx.account.timezone ?? 'UTC'),
        others: others.join(', ') || '—',
      }),
    );
  }
  return lines;
}

/** /forgetme: their opt-ins and places in rounds (the membership cascade would take them too; this says so plainly). */
export async function forgetMeet(account: Account, job: JobContext): Promise<void> {
  const memberships = await job.store.memberships.forAccount(account.id);
  await job.store.networkMeet.forget(memberships.map((m) => m.id));
}
