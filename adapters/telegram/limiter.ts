// Telegram's outbound limits, kept by the adapter so that it does not rely on
// 429s: about 30 messages a second per bot, 20 a minute per group, about one a
// second per chat. A 429 that still comes back blocks the chat (or the whole
// bot) for as long as Telegram asked.

export interface Limits {
  /** Messages per second across all chats (Telegram: 30; a margin keeps bursts under it). */
  perSecond: number;
  /** Minimum gap between two messages to one chat, in ms (Telegram: about 1 s). */
  chatGapMs: number;
  /** Messages per minute to one group (Telegram: 20). */
  groupPerMinute: number;
}

export const telegramLimits: Limits = { perSecond: 29, chatGapMs: 1050, groupPerMinute: 20 };

const MINUTE = 60_000;
/** A slot used later than this goes back in line. */
const LATE_MS = 10;

export class SendLimiter {
  readonly limits: Limits;
  readonly #now: () => number;
  /** When each of the last `perSecond` global slots was taken. */
  readonly #global: number[] = [];
  readonly #lastInChat = new Map<string, number>();
  readonly #groupWindow = new Map<string, number[]>();
  readonly #blockedUntil = new Map<string, number>();
  #globalBlockedUntil = 0;

  constructor(limits: Partial<Limits> = {}, now: () => number = Date.now) {
    this.limits = { ...telegramLimits, ...limits };
    this.#now = now;
  }

  /** The earliest time a message to this chat may go, given the slots already taken. */
  nextSlot(chatId: string, isGroup: boolean): number {
    const now = this.#now();
    let at = Math.max(now, this.#globalBlockedUntil, this.#blockedUntil.get(chatId) ?? 0);
    const lastGlobal = this.#global.at(-1);
    if (lastGlobal !== undefined) at = Math.max(at, lastGlobal + 1000 / this.limits.perSecond);
    const last = this.#lastInChat.get(chatId);
    if (last !== undefined) at = Math.max(at, last + this.limits.chatGapMs);
    if (isGroup) {
      const window = this.#groupWindow.get(chatId) ?? [];
      if (window.length >= this.limits.groupPerMinute) at = Math.max(at, window[0]! + MINUTE + 500);
    }
    return at;
  }

  /** Reserve the slot at `at` (from nextSlot): later callers queue behind it, so timer delays do not add up. */
  take(chatId: string, isGroup: boolean, at: number = this.#now()): void {
    this.#global.push(at);
    if (this.#global.length > 64) this.#global.shift();
    this.#lastInChat.set(chatId, at);
    if (isGroup) {
      const window = (this.#groupWindow.get(chatId) ?? []).filter((t) => t > at - MINUTE - 500);
      window.push(at);
      this.#groupWindow.set(chatId, window);
    }
    if (this.#lastInChat.size > 50_000) this.#sweep(at);
  }

  /** Telegram answered 429: nothing more to this chat (or at all, for a bot-wide flood) until then. */
  block(chatId: string | null, retryAfterMs: number): void {
    const until = this.#now() + retryAfterMs;
    if (chatId === null) this.#globalBlockedUntil = Math.max(this.#globalBlockedUntil, until);
    else this.#blockedUntil.set(chatId, Math.max(this.#blockedUntil.get(chatId) ?? 0, until));
  }

  /**
   * Reserve a slot and wait for it, unless it is more than `maxWaitMs` away:
   * then return that wait, reserving nothing. A caller that wakes up late (a
   * busy event loop) takes a new slot rather than going out in a clump with
   * the ones behind it: Telegram counts arrivals, not our intentions.
   */
  async acquire(chatId: string, isGroup: boolean, maxWaitMs: number): Promise<number> {
    for (let tries = 0; ; tries++) {
      const at = this.nextSlot(chatId, isGroup);
      const wait = Math.ceil(at - this.#now());
      if (wait > maxWaitMs) return wait;
      this.take(chatId, isGroup, at);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (this.#now() - at <= LATE_MS || tries >= 5) return 0;
    }
  }

  #sweep(now: number): void {
    for (const [chat, at] of this.#lastInChat) if (at < now - MINUTE) this.#lastInChat.delete(chat);
    for (const [chat, window] of this.#groupWindow)
      if ((window.at(-1) ?? 0) < now - MINUTE) this.#groupWindow.delete(chat);
    for (const [chat, at] of this.#blockedUntil) if (at < now) this.#blockedUntil.delete(chat);
  }
}
