// Telegram's outbound limits, kept by the adapter so that it does not rely on
// 429s: about 30 messages a second per bot, 20 a minute per group, about one a
// second per chat. A 429 that still comes back blocks the chat (or the whole
// bot) for as long as Telegram asked.
//
// Two layers. Slots are reserved ahead at an even pace (29 a second), so that
// waiting senders queue behind each other and a timer that fires late does not
// push the others back. A late sender keeps its slot (giving it back wastes it:
// on a busy machine most wake-ups are a little late), and a guard on the times
// sends really left holds it only as long as it would otherwise make a clump
// that Telegram counts as too many: more than 30 in any 1,030 ms, or two to one
// chat less than about a second apart.

export interface Limits {
  /** Pace of reserved slots across all chats (Telegram allows 30 a second; a margin keeps arrivals under it). */
  perSecond: number;
  /** Minimum gap between two messages to one chat, in ms (Telegram: about 1 s). */
  chatGapMs: number;
  /** Messages per minute to one group (Telegram: 20). */
  groupPerMinute: number;
  /** At most `windowMax` sends really leave in any `windowMs` (Telegram: 30 a second; the extra ms absorb jitter). */
  windowMax: number;
  windowMs: number;
}

export const telegramLimits: Limits = {
  perSecond: 29,
  chatGapMs: 1050,
  groupPerMinute: 20,
  windowMax: 30,
  windowMs: 1030,
};

const MINUTE = 60_000;
/** A late previous send to a chat may shorten the next gap by this much before the guard holds it. */
const CHAT_GAP_SLACK_MS = 25;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SendLimiter {
  readonly limits: Limits;
  readonly #now: () => number;
  /** When each of the last `perSecond` global slots was taken. */
  readonly #global: number[] = [];
  readonly #lastInChat = new Map<string, number>();
  readonly #groupWindow = new Map<string, number[]>();
  readonly #blockedUntil = new Map<string, number>();
  /** When the last `windowMax` sends really left, and the last one to each chat. */
  readonly #sentAt: number[] = [];
  readonly #sentInChat = new Map<string, number>();
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
   * then return that wait, reserving nothing. A caller that wakes up late
   * still sends in its slot, held only while the guard says the send would
   * make a clump (see the top of the file).
   */
  async acquire(chatId: string, isGroup: boolean, maxWaitMs: number): Promise<number> {
    const at = this.nextSlot(chatId, isGroup);
    const wait = Math.ceil(at - this.#now());
    if (wait > maxWaitMs) return wait;
    this.take(chatId, isGroup, at);
    if (wait > 0) await sleep(wait);
    for (let hold = this.clumpWait(chatId); hold > 0; hold = this.clumpWait(chatId)) await sleep(hold);
    this.sent(chatId);
    return 0;
  }

  /** How long a send to this chat must still wait so that the sends that really left do not clump (0: go). */
  clumpWait(chatId: string): number {
    const now = this.#now();
    const { windowMax, windowMs, chatGapMs } = this.limits;
    const oldest = this.#sentAt.length >= windowMax ? this.#sentAt[this.#sentAt.length - windowMax]! : undefined;
    const globalWait = oldest === undefined ? 0 : oldest + windowMs - now;
    const last = this.#sentInChat.get(chatId);
    const chatWait = last === undefined ? 0 : last + Math.max(0, chatGapMs - CHAT_GAP_SLACK_MS) - now;
    return Math.ceil(Math.max(0, globalWait, chatWait));
  }

  /** A send to this chat leaves now. */
  sent(chatId: string): void {
    const now = this.#now();
    this.#sentAt.push(now);
    if (this.#sentAt.length > this.limits.windowMax) this.#sentAt.shift();
    this.#sentInChat.set(chatId, now);
  }

  #sweep(now: number): void {
    for (const [chat, at] of this.#lastInChat) if (at < now - MINUTE) this.#lastInChat.delete(chat);
    for (const [chat, at] of this.#sentInChat) if (at < now - MINUTE) this.#sentInChat.delete(chat);
    for (const [chat, window] of this.#groupWindow)
      if ((window.at(-1) ?? 0) < now - MINUTE) this.#groupWindow.delete(chat);
    for (const [chat, at] of this.#blockedUntil) if (at < now) this.#blockedUntil.delete(chat);
  }
}
