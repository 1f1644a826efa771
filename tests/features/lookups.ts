// Store lookups for feature scenarios: what the bot keeps, seen from a test,
// by the handles and chats the scenario DSL uses.

import type { Account, Cohort, Membership } from '../../src/core/store.ts';
import type { ChatHandle, World } from '../helpers/scenario.ts';

export async function accountOf(world: World, handle: string): Promise<Account | null> {
  return world.store.accounts.byPlatformId('fake', world.person(handle).userId);
}

/** The live cohort of a group (or of its topic). */
export async function cohortOf(world: World, group: ChatHandle): Promise<Cohort | null> {
  const chat = await world.store.chats.byPlatformId('fake', group.chat.chatId);
  return chat ? world.store.cohorts.liveFor(chat.id, group.chat.threadId ?? '') : null;
}

export async function liveCohort(world: World, group: ChatHandle): Promise<Cohort> {
  const cohort = await cohortOf(world, group);
  if (!cohort) throw new Error(`no live cohort in ${group.chat.chatId}`);
  return cohort;
}

export async function membershipOf(world: World, group: ChatHandle, handle: string): Promise<Membership | null> {
  const cohort = await cohortOf(world, group);
  const account = await accountOf(world, handle);
  return cohort && account ? world.store.memberships.get(cohort.id, account.id) : null;
}

/** Every button of the bot's newest message that has buttons, as label -> data. */
export function lastButtons(chat: ChatHandle): Array<{ label: string; data: string }> {
  const message = [...chat.messages()].reverse().find((m) => m.buttons);
  return message?.buttons?.flat() ?? [];
}

/** The bot's messages in a chat, as people read them (a copy, to compare later). */
export function transcript(chat: ChatHandle): string[] {
  return [...chat.botMessages()];
}
