// How the bot names a person so that others can reach them, on every
// platform: Telegram links "@username" by itself and needs a tg://user link for
// someone without one; Matrix shows a matrix.to link as a pill, and its
// adapter turns the pills of a message into m.mentions (never @room). The
// playground shows the name as it is. Features name people through here only.

import { Markup } from './i18n.ts';
import { escapeHtml } from './markup.ts';
import type { Account } from './store.ts';

export type Person = Pick<Account, 'platform' | 'platformUserId' | 'displayName' | 'username'>;

const MATRIX_ID = /^@[^\s:"<>]+:[^\s"<>]+$/;

/** A link that opens the person (their profile, a chat with them), or null where the platform has none. */
export function personUrl(person: Person): string | null {
  if (person.platform === 'telegram' && /^\d+$/.test(person.platformUserId))
    return `tg://user?id=${person.platformUserId}`;
  if (person.platform === 'matrix' && MATRIX_ID.test(person.platformUserId))
    return `https://matrix.to/#/${person.platformUserId}`;
  return null;
}

/**
 * The name in plain text (for Fluent arguments, which escape it): "@username"
 * where the platform has usernames, else the display name. A Matrix "username"
 * is the user id, which reads badly: Matrix people are named by display name.
 */
export function personName(person: Person): string {
  if (person.platform !== 'matrix' && person.username) return `@${person.username}`;
  return person.displayName;
}

/**
 * The name as markup that reaches the person: "@username" on Telegram (a
 * mention already), a tg://user link without one, a pill on Matrix.
 */
export function mention(person: Person): Markup {
  const name = escapeHtml(personName(person));
  if (person.platform === 'telegram' && person.username) return new Markup(name);
  const url = personUrl(person);
  return new Markup(url ? `<a href="${escapeHtml(url)}">${name}</a>` : name);
}

/** The display name as a link to the person where the platform has one (a list that shows usernames beside it). */
export function linkedName(person: Person): Markup {
  const name = escapeHtml(person.displayName);
  const url = personUrl(person);
  return new Markup(url ? `<a href="${escapeHtml(url)}">${name}</a>` : name);
}

/**
 * A link that opens a group chat for someone not in it yet, where the platform
 * has one without the bot's help: a matrix.to link to a Matrix room (Telegram
 * joins go through the bot's deep link instead).
 */
export function chatUrl(chat: { platform: Account['platform']; platformChatId: string }): string | null {
  if (chat.platform === 'matrix' && /^[!#][^\s:"<>]+:[^\s"<>]+$/.test(chat.platformChatId))
    return `https://matrix.to/#/${chat.platformChatId}`;
  return null;
}
