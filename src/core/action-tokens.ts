// Buttons keep their meaning server-side: a button carries only a short token
// id (Telegram allows 64 bytes of button data), and the token row holds the
// kind, the payload, who may press it and until when. This is the one place
// that makes token ids, for commands (Context) and jobs (JobContext) alike.

import { randomBytes } from 'node:crypto';
import type { Clock } from './jobs.ts';
import type { ActionToken, Store } from './store.ts';
import type { Button } from './types.ts';

/** A new token id: 12 URL-safe characters, unguessable. */
export function newActionTokenId(): string {
  return randomBytes(9).toString('base64url');
}

export interface TokenOptions {
  payload?: Record<string, unknown>;
  /** How long presses are accepted (default 15 minutes), or until when. */
  ttlMs?: number;
  expiresAt?: Date;
}

const DEFAULT_TTL_MS = 15 * 60_000;

export type TokenInput = { kind: string; accountId: string | null; chatId: string | null } & TokenOptions;

/** A token's row with a new id, not stored yet (JobContext.tellMany stores a burst's tokens together). */
export function actionTokenRow(clock: Clock, token: TokenInput): Omit<ActionToken, 'usedAt'> {
  return {
    id: newActionTokenId(),
    kind: token.kind,
    accountId: token.accountId,
    chatId: token.chatId,
    payload: token.payload ?? {},
    expiresAt: token.expiresAt ?? new Date(clock.now().getTime() + (token.ttlMs ?? DEFAULT_TTL_MS)),
  };
}

/** Store a token; the id is what the buttons carry. */
export async function createActionToken(store: Store, clock: Clock, token: TokenInput): Promise<string> {
  const row = actionTokenRow(clock, token);
  await store.actionTokens.create(row);
  return row.id;
}

/** The buttons of one token, one per choice: the first press that uses the token up makes the others stale. */
export function choiceButtons(tokenId: string, choices: ReadonlyArray<{ label: string; choice: string }>): Button[] {
  return choices.map(({ label, choice }) => ({ label, data: `${tokenId}:${choice}` }));
}
