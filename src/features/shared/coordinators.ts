// The coordinators of a cohort, for a job that must tell them something in
// private: members with the granted role, and members who administer the
// cohort's chat on the platform right now (docs/privacy.md, roles).

import type { BotServices } from '../../core/services.ts';
import type { Cohort, MemberWithAccount } from '../../core/store.ts';
import { cohortChat } from '../checkins/occurrences.ts';

export async function coordinatorsOf(
  services: BotServices,
  cohort: Cohort,
  members: readonly MemberWithAccount[],
): Promise<MemberWithAccount[]> {
  const chat = await cohortChat(services, cohort);
  const admins = new Set(chat ? await services.adapterFor(chat.platform).chatAdmins(chat) : []);
  return members.filter(
    (m) => m.status !== 'left' && (m.role === 'coordinator' || admins.has(m.account.platformUserId)),
  );
}
