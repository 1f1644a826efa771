// Roles: platform admins of a chat are coordinators of its cohort by default;
// coordinators grant roles with /role.

import type { Access } from './commands/catalog.ts';
import type { Membership, Role } from './store.ts';

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
