// Button presses and poll votes reach the handler their token's kind names.

import type { ActionHandler } from '../commands/spec.ts';
import type { Context } from '../context.ts';
import { htmlToPlain } from '../markup.ts';
import { pollTokenId, voteChoice } from '../polls.ts';
import type { Outcome } from '../telemetry.ts';
import type { ActionEvent, PollVoteEvent } from '../types.ts';

/** A button's data: the token id, and the choice after the first ":" if any. */
export function splitActionData(data: string): [string, string | undefined] {
  const at = data.indexOf(':');
  return at < 0 ? [data, undefined] : [data.slice(0, at), data.slice(at + 1)];
}

export async function routeAction(
  ctx: Context,
  event: ActionEvent,
  actions: ReadonlyMap<string, ActionHandler>,
): Promise<Outcome> {
  const [tokenId, choice] = splitActionData(event.data);
  // refuseStaleActions() checked the token; read it again for the handler.
  const token = await ctx.store.actionTokens.byId(tokenId);
  const handler = token ? actions.get(token.kind) : undefined;
  if (!token || !handler) {
    await ctx.adapter.ackAction(event, htmlToPlain(ctx.t('action-stale')));
    return 'user_error';
  }
  const toast = await handler(ctx, token, choice);
  // A question answered for good (its token used up): its buttons go, so none says "no longer valid" later.
  if (event.messageId && ctx.adapter.clearButtons && !token.usedAt) {
    const after = await ctx.store.actionTokens.byId(tokenId);
    if (!after || after.usedAt) await ctx.adapter.clearButtons(ctx.chat, event.messageId);
  }
  // Where a press has no toast (Matrix: the acknowledgement is a message), a press already answered
  // by a reply gets no second message saying the same.
  const quiet = toast === undefined || (!ctx.adapter.capabilities.buttons && ctx.answered);
  await ctx.adapter.ackAction(event, quiet ? undefined : htmlToPlain(toast));
  return 'ok';
}

export async function routePollVote(
  ctx: Context,
  event: PollVoteEvent,
  actions: ReadonlyMap<string, ActionHandler>,
): Promise<Outcome> {
  const token = await ctx.store.actionTokens.byId(pollTokenId(ctx.chat.platform, event.pollId));
  const handler = token ? actions.get(token.kind) : undefined;
  if (!token || !handler || token.expiresAt <= ctx.services.clock.now()) return 'ignored';
  await handler(ctx, token, voteChoice(event.optionIds));
  return 'ok';
}
