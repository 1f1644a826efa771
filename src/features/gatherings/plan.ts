// The jobs of one gathering, all computed from its row: reminders before it,
// "it starts now" with the I'm-here button, and after it the follow-up
// sequence per participant. Job ids carry the gathering's start (in minutes),
// so editing the time cancels the old set and plans a new one once, and two
// instances (or a restart) plan the same ids.

import type { JobContext } from '../../core/job-context.ts';
import type { OneOffJob } from '../../core/jobs.ts';
import type { FollowUpPlanRow, Gathering, MemberWithAccount, Rsvp } from '../../core/store.ts';
import { LINK_MINUTES, MAX_STEPS, type Settings, settingsOf } from './settings.ts';
import { localMorningAfter } from './time.ts';

export const REMIND_JOB = 'gatherings.remind';
export const START_JOB = 'gatherings.start';
export const AFTER_JOB = 'gatherings.after';
export const STEP_JOB = 'gatherings.step';
export const SURVEY_JOB = 'gatherings.survey';
export const SUMMARY_JOB = 'gatherings.summary';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The follow-up sequence, per participant, from the cohort's settings
 * (default +1, +7, +30, +90 days): step 1 asks what they will try, the next
 * ones how it went, each at 10:00 in the person's timezone (inside
 * 08:00-21:00, never at night).
 */
export const stepsOf = (settings: Settings) => settings.stepDays.map((days, i) => ({ step: i + 1, days }));
export const LOCAL_HOUR = 10;
/** Jobs planned at once (concurrent scheduler calls) where the scheduler has no scheduleMany. */
const PLAN_BATCH = 100;
/** Participants read per page when planning (start-up reconciliation of big gatherings). */
const PLAN_PAGE = 500;
/** Quiet hours: no follow-up DM from 21:00 until 08:00 local. */
export const QUIET_FROM = 21;
export const QUIET_UNTIL = 8;
/** The step after which the cohort's follow-up survey is requested (the seam for the surveys feature). */
export const SURVEY_AFTER_DAYS = 30;
export const SURVEY_TEMPLATE = 'followup';

export const stamp = (g: Pick<Gathering, 'startsAt'>) => String(Math.floor(g.startsAt.getTime() / MINUTE));
/** A reminder's kind: minutes before the start, or "link" (the join link of an online gathering). */
export const reminderKinds = (g: Gathering, settings: Settings) => [
  ...settings.reminderMinutes.map((m) => ({ kind: `${m}m`, beforeMs: m * MINUTE })),
  ...(g.onlineUrl ? [{ kind: 'link', beforeMs: LINK_MINUTES * MINUTE }] : []),
];
const remindId = (g: Gathering, kind: string) => `gathering-remind-${g.id}-${kind}-${stamp(g)}`;
const startId = (g: Gathering) => `gathering-start-${g.id}-${stamp(g)}`;
const afterId = (g: Gathering) => `gathering-after-${g.id}-${stamp(g)}`;
export const stepId = (gatheringId: string, membershipId: string, step: number) =>
  `gathering-step-${gatheringId}-${membershipId}-${step}`;
const surveyId = (g: Gathering) => `gathering-survey-${g.id}`;

/** Plan what lies ahead of a scheduled gathering (idempotent). */
export async function planGathering(job: JobContext, gathering: Gathering, given?: Settings): Promise<void> {
  if (gathering.status !== 'scheduled') return;
  const settings = given ?? (await settingsOf(job.store, gathering.cohortId));
  const now = job.clock.now().getTime();
  const data = { gatheringId: gathering.id, startsAt: gathering.startsAt.toISOString() };
  for (const r of reminderKinds(gathering, settings)) {
    const runAt = gathering.startsAt.getTime() - r.beforeMs;
    // A reminder whose time passed before the gathering was announced means nothing.
    if (runAt <= now) continue;
    await job.scheduler.schedule({
      id: remindId(gathering, r.kind),
      name: REMIND_JOB,
      data: { ...data, kind: r.kind },
      runAt: new Date(runAt),
    });
  }
  if (gathering.endsAt.getTime() > now)
    await job.scheduler.schedule({ id: startId(gathering), name: START_JOB, data, runAt: gathering.startsAt });
  await job.scheduler.schedule({ id: afterId(gathering), name: AFTER_JOB, data, runAt: gathering.endsAt });
}

/** Take back what planGathering planned for this start time (an edit moves it, a cancel drops it). */
export async function unplanGathering(job: JobContext, gathering: Gathering, given?: Settings): Promise<void> {
  const settings = given ?? (await settingsOf(job.store, gathering.cohortId));
  for (const r of reminderKinds(gathering, settings)) await job.scheduler.cancel(remindId(gathering, r.kind));
  await job.scheduler.cancel(startId(gathering));
  await job.scheduler.cancel(afterId(gathering));
}

/** Who the follow-ups are for: those recorded present, else (nobody recorded) those who said they would go. */
export function participants(rsvps: Rsvp[]): Rsvp[] {
  const present = rsvps.filter((r) => r.attendedAt);
  return present.length > 0 ? present : rsvps.filter((r) => r.answer === 'going');
}

export function timezoneOf(member: MemberWithAccount, fallback: string): string {
  return member.timezone ?? member.account.timezone ?? fallback;
}

/** The follow-up steps a participant has not been asked yet, each at their local 10:00. */
export function stepJobs(gathering: Gathering, participant: FollowUpPlanRow, settings: Settings): OneOffJob[] {
  const zone = participant.timezone ?? gathering.timezone;
  const { membershipId } = participant;
  return stepsOf(settings)
    .filter(({ step }) => step > participant.followUpStep)
    .map(({ step, days }) => ({
      id: stepId(gathering.id, membershipId, step),
      name: STEP_JOB,
      data: { gatheringId: gathering.id, membershipId, step, days },
      runAt: localMorningAfter(gathering.endsAt, days, LOCAL_HOUR, zone),
    }));
}

/** Several jobs: in one go where the scheduler can, else a batch of concurrent calls at a time. */
async function scheduleAll(job: JobContext, jobs: OneOffJob[]): Promise<void> {
  const { scheduler } = job;
  if (scheduler.scheduleMany) return scheduler.scheduleMany(jobs);
  for (let i = 0; i < jobs.length; i += PLAN_BATCH)
    await Promise.all(jobs.slice(i, i + PLAN_BATCH).map((one) => scheduler.schedule(one)));
}

/**
 * After the end: every participant's sequence, and the cohort's survey
 * request at +30 days. Participants are read a page at a time (a start-up
 * reconciles tens of thousands of them: memory stays bounded by a page).
 */
export async function planAfter(job: JobContext, gathering: Gathering): Promise<void> {
  const settings = await settingsOf(job.store, gathering.cohortId);
  // Who the follow-ups are for (as participants()): those recorded present, else those who said they would go.
  const present = await job.store.gatherings.anyPresent(gathering.id);
  for (let after: string | null = null; ; ) {
    const page = await job.store.gatherings.participantPage(gathering.id, {
      present,
      statuses: ['active', 'paused'],
      after,
      limit: PLAN_PAGE,
    });
    await scheduleAll(
      job,
      page.flatMap((participant) => stepJobs(gathering, participant, settings)),
    );
    if (page.length < PLAN_PAGE) break;
    after = page.at(-1)!.membershipId;
  }
  // Coordinators read how it went the day after each "how did it go" step.
  for (const { step, days } of stepsOf(settings).filter((s) => s.step > 1)) {
    await job.scheduler.schedule({
      id: `gathering-summary-${gathering.id}-${step}`,
      name: SUMMARY_JOB,
      data: { gatheringId: gathering.id, step, days },
      runAt: localMorningAfter(gathering.endsAt, days + 1, LOCAL_HOUR + 2, gathering.timezone),
    });
  }
  await job.scheduler.schedule({
    id: surveyId(gathering),
    name: SURVEY_JOB,
    data: { gatheringId: gathering.id },
    runAt: localMorningAfter(gathering.endsAt, SURVEY_AFTER_DAYS, LOCAL_HOUR, gathering.timezone),
  });
}

/**
 * At start: everything the rows call for (a wiped Redis loses nothing). Ahead:
 * reminders and the start; within 100 days after: the sequence steps not yet asked.
 */
export async function reconcile(job: JobContext): Promise<void> {
  const now = job.clock.now();
  const since = new Date(now.getTime() - 100 * DAY);
  for (const gathering of await job.store.gatherings.endingAfter(since)) {
    if (gathering.endsAt > now) await planGathering(job, gathering);
    else await planAfter(job, gathering);
  }
}

/** /forgetme: the person's pending follow-up steps (their ids carry the membership id) are dropped. */
export async function forgetFollowUps(account: { id: string }, job: JobContext): Promise<void> {
  for (const membership of await job.store.memberships.forAccount(account.id)) {
    for (const rsvp of await job.store.gatherings.rsvpsOfMember(membership.id)) {
      // Up to the longest sequence a cohort may set: the ids do not depend on the settings.
      for (let step = 1; step <= MAX_STEPS; step++)
        await job.scheduler.cancel(stepId(rsvp.gatheringId, membership.id, step));
    }
  }
}

/** The settings changed: every gathering not yet started drops the old reminders and plans the new ones. */
export async function replanCohort(job: JobContext, cohortId: string, before: Settings): Promise<void> {
  const now = job.clock.now();
  for (const gathering of await job.store.gatherings.upcoming(cohortId, now)) {
    if (gathering.startsAt <= now) continue;
    await unplanGathering(job, gathering, before);
    await planGathering(job, gathering);
  }
}
