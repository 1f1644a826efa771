// One timezone per person: /timezone and /profile set timezone are the same
// setting. It lives on the account (what every reader of times uses, through
// Context.timezone) and is mirrored into each membership, where matching and
// gatherings read a member's zone along with the rest of their profile.

import type { Context } from '../../core/context.ts';

/** Set (or with null clear) the person's timezone, everywhere at once. */
export async function setPersonTimezone(ctx: Context, timezone: string | null): Promise<void> {
  const memberships = await ctx.store.memberships.forAccount(ctx.account.id);
  ctx.account = await ctx.store.transaction(async (tx) => {
    for (const m of memberships) await tx.memberships.update(m.id, { timezone });
    return tx.accounts.update(ctx.account.id, { timezone });
  });
  if (ctx.membership) ctx.membership = { ...ctx.membership, timezone };
}
