// Chat administrators (the core makes them coordinators), cached: every
// command in a group may ask. A chat_member or my_chat_member change in the
// chat drops its entry, and entries expire after a while anyway.

export class AdminCache {
  readonly #ttlMs: number;
  readonly #entries = new Map<string, { at: number; ids: Promise<string[]> }>();
  readonly #load: (chatId: string) => Promise<string[]>;

  constructor(load: (chatId: string) => Promise<string[]>, ttlMs = 10 * 60_000) {
    this.#load = load;
    this.#ttlMs = ttlMs;
  }

  get(chatId: string): Promise<string[]> {
    const hit = this.#entries.get(chatId);
    if (hit && Date.now() - hit.at < this.#ttlMs) return hit.ids;
    const ids = this.#load(chatId);
    this.#entries.set(chatId, { at: Date.now(), ids });
    // A failed lookup is not cached.
    ids.catch(() => {
      if (this.#entries.get(chatId)?.ids === ids) this.#entries.delete(chatId);
    });
    if (this.#entries.size > 10_000) this.#entries.delete(this.#entries.keys().next().value!);
    return ids;
  }

  invalidate(chatId: string): void {
    this.#entries.delete(chatId);
  }
}
