// Writing to one member from a job (no Context): in private where the
// platform allows it, else — unless told not to — in the cohort's group,
// addressed to them. Buttons are tied to the chat the message goes to, so the
// message is built once that chat is known.

import { randomBytes } from 'node:crypto';
import type { BotServices } from '../../core/services.ts';
import type { Account, ActionToken, Cohort, MemberWithAccount, Store } from '../../core/store.ts';
import type { OutboundMessage } from '../../core/types.ts';
import { cohortChat } from '../checkins/occurrences.ts';

/** The language to write to someone in: theirs, their app's, else the cohort's. */
export function localeFor(services: BotServices, account: Account, cohortLocale: string): string {
  return services.i18n.negotiate([account.locale, account.localeHint, cohortLocale], services.defaults.locale);
}

/** Store a button's meaning server-side; the id is what the button carries. */
export async function createActionToken(store: Store, token: Omit<ActionToken, 'id' | 'usedAt'>): Promise<string> {
  const id = randomBytes(9).toString('base64url');
  await store.actionTokens.create({ id, ...token });
  return id;
}

/** Returns whether the message was queued (false: neither a DM nor, when allowed, the group). */
export async function tellMember(
  services: BotServices,
  cohort: Cohort,
  member: MemberWithAccount,
  key: string,
  /** `where`: the message goes to the person in private, or (fallback) to the group, where everyone reads it. */
  message: (locale: string, chatRowId: string, where: 'private' | 'group') => Promise<OutboundMessage>,
  options: { inGroup?: boolean } = {},
): Promise<boolean> {
  const group = await services.store.chats.byId(cohort.chatId);
  if (!group) return false;
  const adapter = services.adapterFor(group.platform);
  const dm = member.account.unreachableAt ? null : await adapter.openDm(member.account.platformUserId);
  if (dm) {
    const dmRow = await services.store.chats.upsert({
      platform: dm.platform,
      platformChatId: dm.chatId,
      kind: 'private',
    });
    const built = await message(localeFor(services, member.account, cohort.locale), dmRow.id, 'private');
    await services.outbox.enqueue({
      idempotencyKey: key,
      chat: dm,
      recipientAccountId: member.account.id,
      message: built,
    });
    return true;
  }
  if (options.inGroup === false) return false;
  const chat = await cohortChat(services, cohort);
  if (!chat) return false;
  const built = await message(cohort.locale, group.id, 'group');
  await services.outbox.enqueue({ idempotencyKey: `${key}-group`, chat, message: built });
  return true;
}
