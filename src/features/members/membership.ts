// Joining and leaving, shared by /join, /start <code> and the platform's
// member events.

import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import type { BotServices } from '../../core/services.ts';
import type { Account, Cohort, Membership, MemberWithAccount } from '../../core/store.ts';
import { releaseMentorships } from '../pairing/prompts.ts';

/** Leave a cohort: the membership is kept (profile, history) as 'left', and pairings end. */
export async function leaveCohort(services: BotServices, cohort: Cohort, membership: Membership): Promise<Membership> {
  const left = await services.store.memberships.update(membership.id, { status: 'left' });
  await releaseMentorships(services, cohort, membership.id);
  return left;
}

export type JoinResult = { kind: 'joined' | 'rejoined' | 'already'; membership: Membership };

export async function joinCohort(ctx: Context, cohort: Cohort, account: Account): Promise<JoinResult> {
  if (cohort.status === 'archived') throw new UserError('error-cohort-archived', { name: cohort.name });
  const existing = await ctx.store.memberships.get(cohort.id, account.id);
  if (existing && existing.status !== 'left') return { kind: 'already', membership: existing };
  const membership = await ctx.store.memberships.join(cohort.id, account.id, undefined, ctx.services.clock.now());
  return { kind: existing ? 'rejoined' : 'joined', membership };
}

/**
 * Find a person by "@username", or by the platform's user id (Matrix ids start
 * with "@" too and contain ":").
 */
export async function findAccount(ctx: Context, word: string): Promise<Account> {
  const who = word.trim();
  const bare = who.replace(/^@/, '');
  const { accounts } = ctx.store;
  const account =
    (await accounts.byPlatformId(ctx.chat.platform, who)) ??
    (await accounts.byPlatformId(ctx.chat.platform, bare)) ??
    (await accounts.byUsername(ctx.chat.platform, bare));
  if (!account) throw new UserError('error-unknown-person', { who: who.slice(0, 64) });
  return account;
}

/** A member of the current cohort, named as for findAccount. */
export async function findMember(ctx: Context, word: string): Promise<MemberWithAccount> {
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const account = await findAccount(ctx, word);
  const membership = await ctx.store.memberships.get(cohort.id, account.id);
  if (!membership || membership.status === 'left') {
    throw new UserError('error-not-in-cohort', { name: account.displayName });
  }
  return { ...membership, account };
}
