// The gathering's jobs: reminders, "it starts now", the plan after it, each
// participant's follow-up step, coordinators' summaries and the survey request.
// Each reads its rows again and does nothing when they moved on (an edited
// time, a cancel, a person who left, paused or used /forgetme).

import { Batcher } from '../../core/batcher.ts';
import type { JobHandler } from '../../core/feature.ts';
import type { JobContext, Recipient } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import type { Cohort, Gathering, MemberWithAccount } from '../../core/store.ts';
import { coordinatorsOf } from '../shared/coordinators.ts';
import { card } from './card.ts';
import { COMMIT_ACTION, formatDay, OPEN_STATUSES } from './commitments.ts';
import {
  LOCAL_HOUR,
  participants,
  planAfter,
  QUIET_FROM,
  QUIET_UNTIL,
  reminderKinds,
  STEP_JOB,
  SURVEY_TEMPLATE,
  stamp,
  stepId,
  timezoneOf,
} from './plan.ts';
import { HERE_ACTION } from './rsvp.ts';
import { DEFAULT_STEPS, formatSpan, settingsOf } from './settings.ts';
import { coordinatorSummary } from './summary.ts';
import { localMorningAfter, wallClock } from './time.ts';

async function load(job: JobContext, gatheringId: unknown): Promise<{ gathering: Gathering; cohort: Cohort } | null> {
  const gathering = await job.store.gatherings.byId(String(gatheringId));
  if (gathering?.status !== 'scheduled') return null;
  const cohort = await job.store.cohorts.byId(gathering.cohortId);
  if (!cohort || cohort.status === 'archived') return null;
  return { gathering, cohort };
}

/** The job was planned for this start time (an edit planned another set). */
const current = (gathering: Gathering, startsAt: unknown) => gathering.startsAt.toISOString() === startsAt;

/** The first line of a reminder: "In one week:" for the usual ones, "1 day, 12 hours before:" otherwise. */
function reminderHeadline(t: Recipient['t'], locale: string, kind: string, answer: string): string {
  const minutes = Number.parseInt(kind, 10);
  const usual = USUAL_REMINDERS[minutes];
  return usual
    ? t('gathering-reminder', { kind: usual, answer })
    : t('gathering-reminder-in', { span: formatSpan(minutes, locale), answer });
}
const USUAL_REMINDERS: Record<number, string> = { 10080: 'week', 1440: 'day', 60: 'hour' };

const remind: JobHandler = async (data, job) => {
  const found = await load(job, data.gatheringId);
  if (!found || !current(found.gathering, data.startsAt)) return;
  const { gathering, cohort } = found;
  // Late (the bot was down): a reminder still helps before the start (the join link until the end), not after.
  if (job.clock.now() >= (data.kind === 'link' ? gathering.endsAt : gathering.startsAt)) return;
  // The cohort's settings changed since this was planned: the new set does the reminding.
  const settings = await settingsOf(job.store, cohort.id);
  if (!reminderKinds(gathering, settings).some((k) => k.kind === data.kind)) return;
  const minutesBefore = Number.parseInt(String(data.kind), 10);
  const rsvps = new Map((await job.store.gatherings.rsvps(gathering.id)).map((r) => [r.membershipId, r]));
  for (const member of await job.store.memberships.list(cohort.id, { status: ['active'] })) {
    const rsvp = rsvps.get(member.id);
    const answer = rsvp?.answer;
    if (answer !== 'going' && answer !== 'maybe') continue;
    // A week and a day before: the organisers would like to know what people hope for.
    const askHope = !rsvp?.intention && minutesBefore >= 24 * 60;
    const key = `gathering-remind-${gathering.id}-${data.kind}-${stamp(gathering)}-${member.id}`;
    await job.tell(
      cohort,
      member,
      key,
      async (to) => {
        const zone = timezoneOf(member, gathering.timezone);
        const lines =
          data.kind === 'link'
            ? [to.t('gathering-reminder-link', { title: gathering.title, url: gathering.onlineUrl ?? '' })]
            : [
                reminderHeadline(to.t, to.locale, String(data.kind), answer),
                ...card(to.t, gathering, to.locale, zone),
                ...(askHope ? [to.t('gathering-reminder-hope')] : []),
              ];
        return { html: lines.join('\n') };
      },
      // Who said they would come is attendance data (docs/privacy.md): in private only.
      { inGroup: false },
    );
  }
};

/** At the start: the group hears it, with an "I'm here" button valid until the end. */
const start: JobHandler = async (data, job) => {
  const found = await load(job, data.gatheringId);
  if (!found || !current(found.gathering, data.startsAt)) return;
  const { gathering, cohort } = found;
  // Late (the bot was down): "is starting" after the end would be wrong, and its button already stale.
  if (job.clock.now() >= gathering.endsAt) return;
  const chat = await job.cohortChat(cohort);
  if (!chat) return;
  const button = await job.button(HERE_ACTION, job.t(cohort.locale, 'button-gathering-here'), {
    chatId: cohort.chatId,
    accountId: null,
    payload: { gatheringId: gathering.id },
    expiresAt: gathering.endsAt,
  });
  await job.post(
    chat,
    {
      html: job.t(cohort.locale, 'gathering-starts-now', { number: gathering.number, title: gathering.title }),
      buttons: [[button]],
    },
    `gathering-start-${gathering.id}-${stamp(gathering)}`,
  );
};

const after: JobHandler = async (data, job) => {
  const found = await load(job, data.gatheringId);
  if (!found || !current(found.gathering, data.startsAt)) return;
  await planAfter(job, found.gathering);
};

/**
 * The gathering and cohort a follow-up step reads, kept for a minute: a
 * gathering's steps come in thousands at once, and a gathering that has ended
 * no longer changes (edits and cancels stop at the end). Per process; ids only.
 */
const ended = new Map<string, { at: number; found: Awaited<ReturnType<typeof load>> }>();
const ENDED_TTL_MS = 60_000;
async function loadEnded(job: JobContext, gatheringId: unknown): Promise<Awaited<ReturnType<typeof load>>> {
  const key = String(gatheringId);
  const now = job.clock.now().getTime();
  const cached = ended.get(key);
  if (cached && now - cached.at < ENDED_TTL_MS) return cached.found;
  const found = await load(job, key);
  if (found && found.gathering.endsAt <= job.clock.now()) {
    if (ended.size > 1000) ended.clear();
    ended.set(key, { at: now, found });
  }
  return found;
}

/**
 * Step 1: "what will you try?"; steps 2-4: how it went, one question per open
 * commitment. Each person's step is a job of its own (planned, cancelled and
 * retried on its own); the jobs of one gathering's step that run at the same
 * time go through together (core/batcher.ts), so a gathering of thousands
 * costs a few database round trips per batch rather than several per person.
 */
const step: JobHandler = async (data, job) => {
  const found = await loadEnded(job, data.gatheringId);
  if (!found) return;
  await batcherOf(job).submit(`${found.gathering.id}:${Number(data.step)}:${Number(data.days ?? 0)}`, data);
};

/** One batcher per JobContext (two bot instances in one test process batch apart). */
const batchers = new WeakMap<JobContext, Batcher<JobData>>();
function batcherOf(job: JobContext): Batcher<JobData> {
  let batcher = batchers.get(job);
  if (!batcher) {
    batcher = new Batcher((_key, items) => steps(job, items), { max: STEP_BATCH, windowMs: STEP_WINDOW_MS });
    batchers.set(job, batcher);
  }
  return batcher;
}
/** People of one step handled in one batch at most. */
const STEP_BATCH = 200;
/** In a burst, how long a batch waits for the rest of the jobs the worker is handing over. */
const STEP_WINDOW_MS = 20;

/** The step of several people of one gathering (same step, same days). */
async function steps(job: JobContext, items: JobData[]): Promise<void> {
  const first = items[0]!;
  const found = await loadEnded(job, first.gatheringId);
  if (!found) return;
  const { gathering, cohort } = found;
  const n = Number(first.step);
  const dataOf = new Map(items.map((data) => [String(data.membershipId), data]));
  const due: StepRow[] = [];
  for (const row of await job.store.gatherings.stepRows(gathering.id, [...dataOf.keys()])) {
    const { member, rsvp } = row;
    // Left, forgotten or on a break: no follow-up now (a paused person is not chased).
    if (member.status !== 'active' || member.cohortId !== cohort.id) continue;
    // Asked already (two instances, a replayed job).
    if (rsvp.followUpStep >= n) continue;
    if (await laterIfQuiet(job, gathering, member, n, dataOf.get(member.id)!)) continue;
    due.push(row);
  }
  if (due.length === 0) return;
  // The messages go to the ledger before the step is recorded: a crash in
  // between asks again under the same keys (posted once), never loses a step.
  if (n === 1) await askWhatToTry(job, cohort, gathering, due);
  else await askHowItWent(job, cohort, gathering, Number(first.days ?? 0), n, due);
  await job.store.gatherings.advanceFollowUps(
    gathering.id,
    due.map((row) => row.member.id),
    n,
  );
}

type StepRow = Awaited<ReturnType<JobContext['store']['gatherings']['stepRows']>>[number];

/**
 * Late (a restart, a queue that was down): never a DM between 21:00 and 08:00
 * local; the step moves to the next 10:00 there. True when it was moved.
 */
async function laterIfQuiet(
  job: JobContext,
  gathering: Gathering,
  member: MemberWithAccount,
  n: number,
  data: JobData,
): Promise<boolean> {
  const zone = timezoneOf(member, gathering.timezone);
  const { hour } = wallClock(job.clock.now(), zone);
  if (hour >= QUIET_UNTIL && hour < QUIET_FROM) return false;
  const runAt = localMorningAfter(job.clock.now(), hour >= QUIET_FROM ? 1 : 0, LOCAL_HOUR, zone);
  await job.scheduler.schedule({
    id: `${stepId(gathering.id, member.id, n)}-q${Math.floor(runAt.getTime() / 60_000)}`,
    name: STEP_JOB,
    data: { ...data },
    runAt,
  });
  return true;
}

async function askWhatToTry(job: JobContext, cohort: Cohort, gathering: Gathering, due: StepRow[]): Promise<void> {
  const later = (await settingsOf(job.store, cohort.id)).stepDays.slice(1);
  const usual = later.join(',') === DEFAULT_STEPS.slice(1).join(',');
  await job.tellMany(
    cohort,
    due.map(({ member }) => ({
      member,
      key: `gathering-commit-ask-${gathering.id}-${member.id}`,
      build: async (to) => ({
        html: to.t(usual ? 'gathering-commit-ask' : 'gathering-commit-ask-days', {
          title: gathering.title,
          number: gathering.number,
          cohort: cohort.name,
          days: later.join(', '),
        }),
      }),
    })),
    { inGroup: false },
  );
}

async function askHowItWent(
  job: JobContext,
  cohort: Cohort,
  gathering: Gathering,
  days: number,
  n: number,
  due: StepRow[],
): Promise<void> {
  const tellings = due.flatMap(({ member, commitments }) =>
    commitments
      .filter((c) => OPEN_STATUSES.includes(c.status))
      .map((commitment) => ({
        member,
        key: `gathering-followup-${commitment.id}-${n}`,
        build: async (to: Recipient) => ({
          html: [
            to.t(days === 7 || (days === 0 && n === 2) ? 'gathering-followup-week' : 'gathering-followup-later', {
              title: gathering.title,
              text: commitment.text,
            }),
            ...(commitment.targetDate
              ? [to.t('gathering-followup-target', { date: formatDay(commitment.targetDate, to.locale) })]
              : []),
          ].join('\n'),
          buttons: [
            await to.choices(
              COMMIT_ACTION,
              (['done', 'partly', 'not-yet', 'let-go'] as const).map((choice) => ({
                label: to.t(`button-commitment-${choice}`),
                choice,
              })),
              { payload: { commitmentId: commitment.id }, ttlMs: 30 * 86_400_000 },
            ),
          ],
        }),
      })),
  );
  // Private words: never asked in the group.
  if (tellings.length > 0) await job.tellMany(cohort, tellings, { inGroup: false });
}

/** Coordinators' summary, in private, the day after each "how did it go" step. */
const summary: JobHandler = async (data, job) => {
  const found = await load(job, data.gatheringId);
  if (!found) return;
  const { gathering, cohort } = found;
  const members = await job.store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  for (const coordinator of await coordinatorsOf(job, cohort, members)) {
    await job.tell(
      cohort,
      coordinator,
      `gathering-summary-${gathering.id}-${data.step}-${coordinator.id}`,
      async (to) => ({
        html: [
          to.t('gathering-summary-intro', { days: Number(data.days) }),
          await coordinatorSummary(job.store, to.t, gathering),
        ].join('\n'),
      }),
      { inGroup: false },
    );
  }
};

/** The seam for the surveys feature: ask for the cohort's follow-up survey for this gathering's participants. */
const survey: JobHandler = async (data, job) => {
  const found = await load(job, data.gatheringId);
  if (!found) return;
  const { gathering, cohort } = found;
  const active = new Set((await job.store.memberships.list(cohort.id, { status: ['active'] })).map((m) => m.id));
  const membershipIds = participants(await job.store.gatherings.rsvps(gathering.id))
    .map((r) => r.membershipId)
    .filter((id) => active.has(id));
  if (membershipIds.length === 0) return;
  await job.publish({
    type: 'survey.requested',
    cohort,
    template: SURVEY_TEMPLATE,
    membershipIds,
    source: { kind: 'gathering', id: gathering.id },
    key: `gathering-${gathering.id}-survey`,
  });
};

export const jobs: Record<string, JobHandler> = {
  'gatherings.remind': remind,
  'gatherings.start': start,
  'gatherings.after': after,
  'gatherings.step': step,
  'gatherings.summary': summary,
  'gatherings.survey': survey,
};
