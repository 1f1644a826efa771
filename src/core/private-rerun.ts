// Running a command again in private, with the cohort already known: after a
// press on "which cohort?" (core/private-cohort.ts), or from a deep link of a
// group pointer (core/private-reply.ts). What the words were waits in a token
// that only its owner can use, once; it is emptied when used.

import { splitCommandLine } from './commands/tokenize.ts';
import type { Context } from './context.ts';
import { UserError } from './errors.ts';
import type { ActionHandler } from './feature.ts';
import { VIEW_LINK_KIND } from './private-reply.ts';
import { usageOf } from './router.ts';

/** The press on one cohort of "which cohort?": the command runs for it, with the words it had. */
export const chooseCohort: ActionHandler = async (ctx, token, choice) => {
  const ids = Array.isArray(token.payload.cohortIds) ? token.payload.cohortIds.map(String) : [];
  const cohortId = choice !== undefined && /^\d{1,2}$/.test(choice) ? ids[Number(choice)] : undefined;
  const line = splitCommandLine(String(token.payload.text ?? ''));
  if (!cohortId || !line) return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now(), { clearPayload: true })))
    return ctx.t('action-stale');
  await ctx.runLine(line, { cohortId });
  return undefined;
};

/** /start v-<token>: the view a group pointer promised, now that the person opened the private chat. */
export async function runViewLink(ctx: Context, tokenId: string): Promise<void> {
  const now = ctx.services.clock.now();
  const token = /^[A-Za-z0-9_-]{1,32}$/.test(tokenId) ? await ctx.store.actionTokens.byId(tokenId) : null;
  const usable =
    token?.kind === VIEW_LINK_KIND &&
    token.accountId === ctx.account.id &&
    token.usedAt === null &&
    token.expiresAt > now;
  const line = usable ? splitCommandLine(String(token.payload.text ?? '')) : null;
  if (!token || !line || !(await ctx.store.actionTokens.consume(token.id, now, { clearPayload: true }))) {
    throw new UserError('start-link-expired');
  }
  const cohortId = token.payload.cohortId ? String(token.payload.cohortId) : undefined;
  await ctx.runLine(line, cohortId ? { cohortId } : {});
}

/** /start p-<command>: a private command refused in a group, continued here. */
export async function continueFromLink(ctx: Context, name: string): Promise<void> {
  const spec = ctx.commands.get(name.toLowerCase());
  if (!spec) throw new UserError('start-link-expired');
  await ctx.say('private-continue-here', { usage: usageOf(ctx, spec) });
}
