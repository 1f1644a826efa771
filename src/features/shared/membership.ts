// Joining, leaving, pausing and resuming a cohort: the operations several
// features offer (/join and a join link, /leave and a nudge's "leave" button,
// /pause and a nudge's "pause" button). Each writes the membership and then
// publishes what happened, so features that care (pairing ends a leaver's
// mentorships) react without being imported here. Imports only the core.

import { UserError } from '../../core/errors.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import type { Account, Cohort, Membership } from '../../core/store.ts';

/** The job that ends a break (registered by the members feature). */
export const MEMBER_RESUME_JOB = 'members.resume';
const resumeJobId = (membershipId: string) => `member-resume-${membershipId}`;

export type JoinResult = { kind: 'joined' | 'rejoined' | 'already'; membership: Membership };

export async function joinCohort(job: JobContext, cohort: Cohort, account: Account): Promise<JoinResult> {
  if (cohort.status === 'archived') throw new UserError('error-cohort-archived', { name: cohort.name });
  const existing = await job.store.memberships.get(cohort.id, account.id);
  if (existing && existing.status !== 'left') return { kind: 'already', membership: existing };
  let membership = await job.store.memberships.join(cohort.id, account.id, undefined, job.clock.now());
  // The person's one timezone (shared/timezone.ts) is mirrored into each membership, this one too.
  if (account.timezone && membership.timezone !== account.timezone)
    membership = await job.store.memberships.update(membership.id, { timezone: account.timezone });
  return { kind: existing ? 'rejoined' : 'joined', membership };
}

/** Leave a cohort: the membership is kept (profile, history) as 'left'. */
export async function leaveCohort(job: JobContext, cohort: Cohort, membership: Membership): Promise<Membership> {
  // When they left is read from updatedAt (reports): the bot's clock, not the database's.
  const left = await job.store.memberships.update(membership.id, { status: 'left', updatedAt: job.clock.now() });
  await job.publish({ type: 'membership.ended', cohort, membership: left });
  return left;
}

/** Pause a membership until `until`, (re)planning the job that ends the break. */
export async function pauseMembership(
  job: JobContext,
  cohort: Cohort,
  membership: Membership,
  until: Date,
): Promise<Date> {
  const paused = await job.store.memberships.update(membership.id, { status: 'paused' });
  await job.scheduler.cancel(resumeJobId(membership.id));
  await job.scheduler.schedule({
    id: resumeJobId(membership.id),
    name: MEMBER_RESUME_JOB,
    data: { cohortId: cohort.id, membershipId: membership.id, until: until.toISOString() },
    runAt: until,
  });
  await job.publish({ type: 'membership.paused', cohort, membership: paused, until });
  return until;
}

/** End a break now (/resume): active again, and the job that would have ended it is dropped. */
export async function resumeMembership(job: JobContext, cohort: Cohort, membership: Membership): Promise<Membership> {
  const resumed = await job.store.memberships.update(membership.id, { status: 'active' });
  await job.scheduler.cancel(resumeJobId(membership.id));
  await job.publish({ type: 'membership.resumed', cohort, membership: resumed, by: 'member' });
  return resumed;
}

/** The break is over: active again, and told so in private where possible. */
export async function membershipResumeJob(data: JobData, job: JobContext): Promise<void> {
  const cohort = await job.store.cohorts.byId(String(data.cohortId));
  if (!cohort) return;
  const members = await job.store.memberships.list(cohort.id, { status: ['paused'] });
  const member = members.find((m) => m.id === String(data.membershipId));
  // Resumed by hand, left, or paused again with another end: this job is stale.
  if (!member) return;
  const resumed = await job.store.memberships.update(member.id, { status: 'active' });
  await job.tell(
    cohort,
    member,
    `member-resumed-${member.id}-${String(data.until)}`,
    async (to) => ({ html: to.t('pause-ended-dm', { name: cohort.name }) }),
    { inGroup: false },
  );
  await job.publish({ type: 'membership.resumed', cohort, membership: resumed, by: 'schedule' });
}
