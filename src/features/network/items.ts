// What a member may offer to a network: their own reflections, check-in
// answers and commitments' outcomes, read fresh from the store each time (a
// press on an old list finds only what is still theirs).

import type { Context } from '../../core/context.ts';
import type { Cohort, Membership, ShareSourceKind } from '../../core/store.ts';

export interface ShareableItem {
  kind: ShareSourceKind;
  id: string;
  text: string;
  createdAt: Date;
}

/** How many of each kind /share lists. */
const PER_KIND = 5;

export async function shareableItems(ctx: Context, membership: Membership): Promise<ShareableItem[]> {
  const items: ShareableItem[] = [];
  for (const r of await ctx.store.reflections.ofMember(membership.id, PER_KIND)) {
    items.push({ kind: 'reflection', id: r.id, text: r.text, createdAt: r.createdAt });
  }
  const answers = (await ctx.store.checkins.answersOf(membership.id))
    .map((a) => ({ a, text: a.answers.filter((x): x is string => !!x?.trim()).join(' / ') }))
    .filter(({ text }) => text.length > 0)
    .slice(0, PER_KIND);
  for (const { a, text } of answers) items.push({ kind: 'checkin', id: a.id, text, createdAt: a.dueAt });
  const outcomes = (await ctx.store.gatherings.commitmentsOfMember(membership.id))
    .filter((c) => c.status !== 'open')
    .slice(0, PER_KIND);
  for (const c of outcomes) {
    items.push({
      kind: 'commitment',
      id: c.id,
      text: ctx.t('network-share-outcome', { text: c.text, status: c.status }),
      createdAt: c.updatedAt,
    });
  }
  return items;
}

/** The caller's active memberships whose cohort is in at least one network. */
export async function sharingMemberships(ctx: Context): Promise<Array<Membership & { cohort: Cohort }>> {
  const out: Array<Membership & { cohort: Cohort }> = [];
  for (const membership of await ctx.store.memberships.forAccount(ctx.account.id)) {
    if (membership.status === 'left' || membership.cohort.status === 'archived') continue;
    if ((await ctx.store.networks.ofCohort(membership.cohortId)).length > 0) out.push(membership);
  }
  return out;
}
