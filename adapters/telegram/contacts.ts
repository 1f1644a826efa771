// Who the bot may write to in private. Telegram lets a bot message only people
// who wrote to it (and have not blocked it since), so the adapter remembers
// them in its durable state, and learns it, with admin changes, from updates.

import type { Update } from 'grammy/types';
import type { AdapterStateStore } from '../../src/core/types.ts';
import type { AdminCache } from './admins.ts';

export class Contacts {
  readonly #known = new Set<string>();
  readonly #state: AdapterStateStore;
  readonly #key: (name: string) => string;

  /** `key` names a state entry (it includes the bot's id, known after start). */
  constructor(state: AdapterStateStore, key: (name: string) => string) {
    this.#state = state;
    this.#key = key;
  }

  /** Known in this process already (no state read). */
  knows(userId: string): boolean {
    return this.#known.has(userId);
  }

  async has(userId: string): Promise<boolean> {
    if (this.#known.has(userId)) return true;
    if ((await this.#state.get(this.#key(`dm:${userId}`))) === null) return false;
    this.#known.add(userId);
    return true;
  }

  async add(userId: string): Promise<void> {
    await this.#state.set(this.#key(`dm:${userId}`), '1');
    this.#known.add(userId);
  }

  async remove(userId: string): Promise<void> {
    this.#known.delete(userId);
    await this.#state.delete(this.#key(`dm:${userId}`));
  }
}

/** What the adapter itself learns from an update: who may be written to, whose admins changed. */
export async function observeUpdate(update: Update, contacts: Contacts, admins: AdminCache): Promise<void> {
  const message = update.message ?? update.edited_message;
  const privateFrom =
    message?.chat.type === 'private'
      ? message.from
      : update.callback_query?.message?.chat.type === 'private'
        ? update.callback_query.from
        : undefined;
  if (privateFrom && !contacts.knows(String(privateFrom.id))) await contacts.add(String(privateFrom.id));
  const change = update.my_chat_member ?? update.chat_member;
  if (change) admins.invalidate(String(change.chat.id));
  if (update.my_chat_member?.chat.type === 'private') {
    const userId = String(update.my_chat_member.chat.id);
    if (update.my_chat_member.new_chat_member.status === 'kicked') await contacts.remove(userId);
    else await contacts.add(userId);
  }
  const migrated = update.message?.migrate_to_chat_id;
  if (migrated !== undefined) admins.invalidate(String(update.message!.chat.id));
}
