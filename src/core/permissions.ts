// Roles (docs/privacy.md, "Roles: platform and granted"). Someone is a
// coordinator of a cohort when either
//   - they are an administrator of the cohort's chat on its platform right
//     now (Telegram chat administrator, Matrix power level at or above the
//     configured one), asked of the adapter at every command, or
//   - a coordinator granted them the role with /role (stored on the membership).
// Creating a cohort stores no granted role for an admin who creates it: a
// demotion on the platform takes the right away at the next command.

import type { Access } from './commands/catalog.ts';
import type { BotServices } from './services.ts';
import type { Cohort, Membership, Role } from './store.ts';
import type { ChatRef } from './types.ts';

const RANK: Record<Role, number> = { member: 1, mentor: 2, coordinator: 3 };
const REQUIRED: Record<Access, number> = { anyone: 0, member: 1, mentor: 2, coordinator: 3 };

/** The caller's effective role in a cohort, or null when they are not in it. */
export function effectiveRole(membership: Membership | null, isPlatformAdmin: boolean): Role | null {
  if (isPlatformAdmin) return 'coordinator';
  if (!membership || membership.status === 'left') return null;
  return membership.role;
}

export function allows(role: Role | null, access: Access): boolean {
  return (role ? RANK[role] : 0) >= REQUIRED[access];
}

export const ROLES: readonly Role[] = ['member', 'mentor', 'coordinator'];

/**
 * Why someone is a coordinator: an admin of the chat (for as long as they
 * are one), a role granted with /role (until taken back), or both; null when
 * they are not a coordinator.
 */
export type CoordinatorSource = 'admin' | 'granted' | 'both';

export function coordinatorSource(membership: Membership | null, isPlatformAdmin: boolean): CoordinatorSource | null {
  const granted = membership !== null && membership.status !== 'left' && membership.role === 'coordinator';
  if (isPlatformAdmin) return granted ? 'both' : 'admin';
  return granted ? 'granted' : null;
}

/** Whether a member coordinates their cohort right now, given the platform admins of its chat. */
export function isCoordinator(
  member: Membership & { account: { platformUserId: string } },
  admins: ReadonlySet<string>,
): boolean {
  return coordinatorSource(member, admins.has(member.account.platformUserId)) !== null;
}

/**
 * The platform admins of a cohort's chat, asked of the platform now: for work
 * outside a command in that chat (jobs, private chats), where no Context knows
 * them. Empty when the chat is gone.
 */
export async function cohortChatAdmins(services: BotServices, cohort: Cohort): Promise<Set<string>> {
  const chat = await services.store.chats.byId(cohort.chatId);
  if (!chat) return new Set();
  const ref: ChatRef = { platform: chat.platform, chatId: chat.platformChatId, kind: chat.kind };
  return new Set(await services.adapterFor(chat.platform).chatAdmins(ref));
}
