// A stale, forged or someone else's button press is answered with a toast
// before anything is recorded: it must not create an account (e.g. of someone
// who just deleted theirs) or a chat.

import type { ActionHandler } from '../commands/spec.ts';
import { negotiateLocale } from '../locale.ts';
import { htmlToPlain } from '../markup.ts';
import type { BotServices } from '../services.ts';
import type { ActionEvent } from '../types.ts';
import { splitActionData } from './actions.ts';
import type { Step } from './compose.ts';

export function refuseStaleActions(services: BotServices, actions: ReadonlyMap<string, ActionHandler>): Step {
  return async (turn, next) => {
    if (turn.event.kind !== 'action') return next();
    const refusal = await refusalOf(services, actions, turn.event);
    if (!refusal) return next();
    await turn.adapter.ackAction(turn.event, refusal);
    return 'user_error';
  };
}

/** Why a button press is refused (a toast for the presser), or null when it may run. */
async function refusalOf(
  services: BotServices,
  actions: ReadonlyMap<string, ActionHandler>,
  event: ActionEvent,
): Promise<string | null> {
  const { store, clock } = services;
  const account = await store.accounts.byPlatformId(event.chat.platform, event.sender.userId);
  const chat = await store.chats.byPlatformId(event.chat.platform, event.chat.chatId);
  const [tokenId] = splitActionData(event.data);
  const token = tokenId ? await store.actionTokens.byId(tokenId) : null;
  let refusal: 'action-stale' | 'action-not-yours' | null = null;
  if (!token || !actions.has(token.kind) || token.usedAt !== null || token.expiresAt <= clock.now()) {
    refusal = 'action-stale';
  } else if (!chat || token.chatId !== chat.id) refusal = 'action-stale';
  else if (token.accountId && token.accountId !== account?.id) refusal = 'action-not-yours';
  if (!refusal) return null;
  // Someone not recorded yet (or who set nothing) is answered in their app's
  // language, else in the language of the cohort whose chat the button is in
  // (Matrix gives no language hint at all).
  const cohort = chat ? await store.cohorts.liveFor(chat.id, event.chat.threadId ?? '') : null;
  const locale = negotiateLocale(services, account ?? { localeHint: event.sender.languageHint }, cohort?.locale);
  return htmlToPlain(services.i18n.t(locale, refusal));
}
