// Chat administrators (the core makes them coordinators). A demoted admin
// must lose the right at their next command, so the list is kept only while
// Telegram tells the bot about changes: when the bot is an administrator of
// the chat, Telegram sends a chat_member update for every promotion and
// demotion, which drops the entry (and entries expire after ten minutes
// anyway). When the bot is not an administrator no such update comes, so the
// list is asked afresh for every command (requests for the same chat that
// overlap share one answer).

export interface ChatAdminList {
  /** The administrators who are people (bots left out). */
  ids: string[];
  /** Whether the bot is an administrator itself, and so hears of admin changes. */
  botIsAdmin: boolean;
}

export const ADMIN_CACHE_TTL_MS = 10 * 60_000;

export class AdminCache {
  readonly #ttlMs: number;
  readonly #entries = new Map<string, { at: number; list: Promise<ChatAdminList> }>();
  readonly #load: (chatId: string) => Promise<ChatAdminList>;

  constructor(load: (chatId: string) => Promise<ChatAdminList>, ttlMs = ADMIN_CACHE_TTL_MS) {
    this.#load = load;
    this.#ttlMs = ttlMs;
  }

  async get(chatId: string): Promise<string[]> {
    const hit = this.#entries.get(chatId);
    if (hit && Date.now() - hit.at < this.#ttlMs) return (await hit.list).ids;
    const list = this.#load(chatId);
    this.#entries.set(chatId, { at: Date.now(), list });
    const forget = () => {
      if (this.#entries.get(chatId)?.list === list) this.#entries.delete(chatId);
    };
    // Kept only when changes will be reported; a failed lookup is not kept either.
    list.then((answer) => {
      if (!answer.botIsAdmin) forget();
    }, forget);
    if (this.#entries.size > 10_000) this.#entries.delete(this.#entries.keys().next().value!);
    return (await list).ids;
  }

  invalidate(chatId: string): void {
    this.#entries.delete(chatId);
  }
}
