// Writing to a cohort's coordinators from a job, in private: what names or
// singles out a member (someone still waiting for a mentor, who declined)
// is theirs to read, not the group's (docs/privacy.md). Coordinators are
// those granted the role and the administrators of the cohort's chat now.

import type { JobContext, Recipient } from '../../core/job-context.ts';
import type { Cohort } from '../../core/store.ts';
import type { OutboundMessage } from '../../core/types.ts';
import { coordinatorsOf } from './coordinators.ts';

/** Returns how many coordinators it reached in private (0: none could be written to). */
export async function tellCoordinators(
  job: JobContext,
  cohort: Cohort,
  key: string,
  message: (to: Recipient) => OutboundMessage,
): Promise<number> {
  const members = await job.store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  let told = 0;
  for (const coordinator of await coordinatorsOf(job, cohort, members)) {
    const sent = await job.tell(cohort, coordinator, `${key}-${coordinator.id}`, async (to) => message(to), {
      inGroup: false,
    });
    if (sent) told++;
  }
  return told;
}
