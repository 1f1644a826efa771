// The coordinators of a cohort, for a job that must tell them something in
// private: members with the granted role, and members who administer the
// cohort's chat on the platform right now (docs/privacy.md, roles).

import type { JobContext } from '../../core/job-context.ts';
import { isCoordinator } from '../../core/permissions.ts';
import type { Cohort, MemberWithAccount } from '../../core/store.ts';

export async function coordinatorsOf(
  job: JobContext,
  cohort: Cohort,
  members: readonly MemberWithAccount[],
): Promise<MemberWithAccount[]> {
  const chat = await job.cohortChat(cohort);
  const admins = new Set(chat ? await job.adapterFor(chat.platform).chatAdmins(chat) : []);
  return members.filter((m) => m.status !== 'left' && isCoordinator(m, admins));
}
