// Finding a person named in a command: "@username", or the platform's user id
// (Matrix ids start with "@" too and contain ":").

import type { Context } from './context.ts';
import { UserError } from './errors.ts';
import type { Account, MemberWithAccount } from './store.ts';

/** Anyone the bot has seen on this chat's platform. */
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

/** A member (active or paused) of the current cohort, named as for findAccount. */
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
