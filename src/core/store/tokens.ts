// Button tokens: a button carries only a short id; its meaning, owner and
// expiry stay here (see Context.button).

export interface ActionToken {
  id: string;
  kind: string;
  accountId: string | null;
  chatId: string | null;
  payload: Record<string, unknown>;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface ActionTokenRepository {
  create(token: Omit<ActionToken, 'usedAt'>): Promise<ActionToken>;
  /** Store several tokens in one write (the buttons of a burst of job messages). */
  createMany(tokens: Array<Omit<ActionToken, 'usedAt'>>): Promise<void>;
  byId(id: string): Promise<ActionToken | null>;
  /**
   * Mark used; returns false when it was already used (a double press).
   * `clearPayload`: also drop the payload (words someone typed wait there only until used).
   */
  consume(id: string, at: Date, options?: { clearPayload?: boolean }): Promise<boolean>;
  /** Delete tokens that expired before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}
