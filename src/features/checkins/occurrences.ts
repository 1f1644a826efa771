// The life of one occurrence: due (post once, or record a miss), reminder,
// close (digest). Driven by one-off jobs with deterministic ids, one chain per
// schedule: each due job plans the next occurrence, and within a window the
// due job plans the reminder, the reminder the close.
//
// The due job is the hot path (many cohorts due at the same minute): one read
// (schedule + cohort + chat + its open occurrences), one statement that opens
// the occurrence, stores its button and moves the schedule on, one ledger
// insert, with the queue's writes alongside. The statements and the Redis writes of due jobs
// running at once go together (core/batch.ts: the occurrences in the
// repository, the ledger and send jobs in the outbox, the planned jobs in the
// scheduler), so a burst costs a few multi-row round trips, not thousands.
//
// Why not BullMQ job schedulers (cron pattern + tz): cron cannot say "every 2
// weeks" nor "the first Tuesday" (day-of-month and day-of-week OR together),
// and its handling of wall times that fall in a daylight-saving gap differs
// from ours. So the database row stays the source of truth, schedule.ts
// computes the next local due time, and the queue holds exactly one job per
// occurrence ("checkin-due-<schedule>-<ms>"): adding it twice is one job, two
// instances reconciling at once converge, and the unique (schedule, dueAt) row
// plus the outbox key "checkin-<occurrence>" guard against a second post.

import { randomUUID } from 'node:crypto';
import { newActionTokenId } from '../../core/action-tokens.ts';
import { chatRefOf } from '../../core/chats.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import { escapeHtml } from '../../core/markup.ts';
import type { BotServices } from '../../core/services.ts';
import type { Chat, CheckIn, CheckInSchedule, Cohort } from '../../core/store.ts';
import type { ChatRef } from '../../core/types.ts';
import { formatDateTimeZoned } from '../../core/validate.ts';
import { nextOccurrence, storedRhythm } from './schedule.ts';

export const DUE_JOB = 'checkins.due';
export const REMIND_JOB = 'checkins.remind';
export const CLOSE_JOB = 'checkins.close';
export const PRIVATE_ANSWER = 'checkins.private';

const MINUTE = 60_000;
/** Default questions, by Fluent key. */
export const DEFAULT_QUESTIONS = ['checkin-question-1', 'checkin-question-2', 'checkin-question-3'];

export const dueJobId = (scheduleId: string, dueAt: Date) => `checkin-due-${scheduleId}-${dueAt.getTime()}`;
export const remindJobId = (checkInId: string) => `checkin-remind-${checkInId}`;
export const closeJobId = (checkInId: string) => `checkin-close-${checkInId}`;

/** The questions of an occurrence, in a language. */
export function questionsOf(services: Pick<BotServices, 'i18n'>, questions: string[], locale: string): string[] {
  return questions.length > 0 ? questions : DEFAULT_QUESTIONS.map((key) => services.i18n.t(locale, key));
}

/** The cohort's occurrences still taking answers (at most one per schedule), newest first. */
export async function openOccurrences(services: Pick<BotServices, 'store' | 'clock'>, cohortId: string) {
  const now = services.clock.now().getTime();
  return (await services.store.checkins.recentOccurrences(cohortId, 10)).filter(
    (o) => o.state === 'open' && o.closesAt.getTime() > now,
  );
}

/** The next due time of a schedule after `after`, in its cohort's timezone. */
export function nextDue(schedule: CheckInSchedule, timezone: string, after: Date): Date {
  return nextOccurrence(storedRhythm(schedule.pattern, schedule.phase), timezone, after);
}

/** The due job of an occurrence (deterministic id: scheduling it twice is one job). */
function scheduleDue(job: JobContext, scheduleId: string, dueAt: Date): Promise<void> {
  return job.scheduler.schedule({
    id: dueJobId(scheduleId, dueAt),
    name: DUE_JOB,
    data: { scheduleId, dueAt: dueAt.toISOString() },
    runAt: dueAt,
  });
}

/** Make sure the job of the schedule's next occurrence exists (idempotent). */
export async function planNext(job: JobContext, schedule: CheckInSchedule, timezone: string, after: Date) {
  const dueAt = nextDue(schedule, timezone, after);
  await job.store.checkins.updateSchedule(schedule.id, {
    nextDueAt: dueAt,
    // A skip of the occurrence being replaced moves with it (a timezone change).
    ...(schedule.skipDueAt && schedule.skipDueAt.getTime() === schedule.nextDueAt?.getTime()
      ? { skipDueAt: dueAt }
      : {}),
  });
  await scheduleDue(job, schedule.id, dueAt);
  return dueAt;
}

/**
 * The cohort's timezone changed: every active schedule's next occurrence moves
 * to the same local time in the new zone (a skip of it moves too). The old
 * job finds a different nextDueAt when it runs and does nothing.
 */
export async function replanCheckins(job: JobContext, cohort: Cohort): Promise<void> {
  for (const schedule of await job.store.checkins.schedules(cohort.id)) {
    if (schedule.status !== 'active') continue;
    if (schedule.nextDueAt) await job.scheduler.cancel(dueJobId(schedule.id, schedule.nextDueAt));
    await planNext(job, schedule, cohort.timezone, job.clock.now());
  }
}

/**
 * At start: every active schedule gets the job of its next occurrence, and
 * every open occurrence its reminder and close jobs (Redis may have lost
 * them). A schedule whose next occurrence passed while the bot was down keeps
 * it: the due job then runs late and decides between a late post and a
 * recorded miss. Jobs of deleted or paused schedules find no active row and
 * do nothing. Returns how many schedules were planned.
 */
export async function reconcileCheckins(job: JobContext): Promise<number> {
  let planned = 0;
  // A few hundred at a time: their cohort reads and job lookups go together (one after the
  // other, 10,000 schedules took longer than the minute they may all be due in).
  for (const chunk of chunks(await job.store.checkins.activeSchedules(), RECONCILE_CHUNK)) {
    const done = await Promise.all(
      chunk.map(async (schedule) => {
        const cohort = await job.store.cohorts.byId(schedule.cohortId);
        if (!cohort) return 0;
        if (schedule.nextDueAt) await scheduleDue(job, schedule.id, schedule.nextDueAt);
        else await planNext(job, schedule, cohort.timezone, job.clock.now());
        return 1;
      }),
    );
    planned += done.reduce((a: number, b) => a + b, 0);
  }
  for (const chunk of chunks(await job.store.checkins.openOccurrences(), RECONCILE_CHUNK)) {
    await Promise.all(chunk.map((checkIn) => scheduleWindowJobs(job, checkIn.remindMinutes, checkIn, { both: true })));
  }
  return planned;
}

const RECONCILE_CHUNK = 250;

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The occurrence is due: post it once (late within its window), or record why not; then plan the next. */
export async function dueJob(data: JobData, job: JobContext): Promise<void> {
  const found = await job.store.checkins.scheduleWithCohort(String(data.scheduleId));
  if (!found) return;
  const { schedule, cohort, chat, open } = found;
  const dueAt = new Date(String(data.dueAt));
  // Paused, or re-planned since: this job is stale. An archived cohort posts nothing more.
  if (schedule.status !== 'active' || cohort.status === 'archived') return;
  const next = nextDue(schedule, cohort.timezone, dueAt);
  if (schedule.nextDueAt?.getTime() !== dueAt.getTime()) {
    // A retry of this job after its database work (the queue failed after it): finish the rest.
    const retried =
      schedule.nextDueAt?.getTime() === next.getTime() && (await job.store.checkins.occurrenceAt(schedule.id, dueAt));
    if (!retried) return;
  }
  // One occurrence of a schedule at a time: while one started with /checkin now is still open,
  // the regular one is recorded as skipped (a second prompt would split the answers).
  const now = job.clock.now().getTime();
  const earlier = open.find((o) => o.closesAt.getTime() > now && o.dueAt.getTime() !== dueAt.getTime());
  const asDue = earlier ? { ...schedule, skipDueAt: dueAt } : schedule;
  if (earlier)
    job.log.info({ scheduleId: schedule.id, open: earlier.id }, 'check-in still open: regular occurrence skipped');
  await postOccurrence(job, asDue, cohort, dueAt, { chat, nextDueAt: next });
}

/**
 * The next job of an open occurrence's window (idempotent): its reminder when
 * one is still ahead, else its close. The reminder job plans the close (a
 * chain, so the busy minute when many check-ins open queues one job less);
 * reconciliation at start plans both.
 */
export async function scheduleWindowJobs(
  job: JobContext,
  remindMinutes: number | null,
  checkIn: CheckIn,
  options: { both?: boolean } = {},
): Promise<void> {
  const now = job.clock.now();
  const remindAt = remindMinutes ? new Date(checkIn.closesAt.getTime() - remindMinutes * MINUTE) : null;
  // At start (`both`), a reminder that fell due while the bot was down goes out late while the
  // window is still open, as it would from a queue that kept it (its posts are keyed: a reminder
  // that already went out is not repeated). A late prompt gets no instant reminder.
  const remind = remindAt !== null && (remindAt > now || (options.both === true && checkIn.closesAt > now));
  const jobs: Promise<void>[] = [];
  if (remind) {
    jobs.push(
      job.scheduler.schedule({
        id: remindJobId(checkIn.id),
        name: REMIND_JOB,
        data: { checkInId: checkIn.id },
        runAt: remindAt,
      }),
    );
  }
  if (!remind || options.both) jobs.push(scheduleClose(job, checkIn));
  await Promise.all(jobs);
}

/** The close job of an occurrence (idempotent). */
export function scheduleClose(job: JobContext, checkIn: Pick<CheckIn, 'id' | 'closesAt'>): Promise<void> {
  return job.scheduler.schedule({
    id: closeJobId(checkIn.id),
    name: CLOSE_JOB,
    data: { checkInId: checkIn.id },
    runAt: checkIn.closesAt,
  });
}

/** "closes Jan 12, 2026, 6:00 PM GMT+1" (with the zone: members live in others; an hour may repeat): many cohorts share a closing time, language and zone in a busy minute. */
const closingTexts = new Map<string, string>();
function closingText(closesAt: Date, locale: string, timezone: string): string {
  const key = `${closesAt.getTime()} ${locale} ${timezone}`;
  let text = closingTexts.get(key);
  if (text === undefined) {
    if (closingTexts.size > 1000) closingTexts.clear();
    text = formatDateTimeZoned(closesAt, locale, timezone);
    closingTexts.set(key, text);
  }
  return text;
}

/**
 * Open (or find) the occurrence at `dueAt` and post it unless skipped or
 * stale. From the due job (`nextDueAt` set) the schedule moves on to its next
 * occurrence in the same database statement, and the jobs of the window and
 * of the next occurrence are planned while the prompt is queued.
 */
export async function postOccurrence(
  job: JobContext,
  schedule: CheckInSchedule,
  cohort: Cohort,
  dueAt: Date,
  options: { chat?: Chat; nextDueAt?: Date } = {},
): Promise<CheckIn> {
  const { store, clock } = job;
  const now = clock.now();
  const closesAt = new Date(dueAt.getTime() + schedule.windowMinutes * MINUTE);
  const skipped = schedule.skipDueAt?.getTime() === dueAt.getTime() || cohort.status === 'paused';
  const stale = closesAt <= now;
  const chatRow = skipped || stale ? null : (options.chat ?? (await store.chats.byId(cohort.chatId)));
  const chat = chatRow ? chatRefOf(chatRow, cohort) : null;
  // The bot was removed or the chat is gone: nobody can be asked; count it as missed, not open forever.
  const state = skipped ? 'skipped' : stale || !chat ? 'missed' : 'open';
  const input = {
    id: randomUUID(),
    scheduleId: schedule.id,
    cohortId: cohort.id,
    dueAt,
    closesAt,
    state,
    questions: schedule.questions,
    postedAt: state === 'open' ? now : null,
  } as const;
  // The button's meaning stays server-side; it lives as long as the window.
  const buttonToken = (checkInId: string) => ({
    id: newActionTokenId(),
    kind: PRIVATE_ANSWER,
    accountId: null,
    chatId: chatRow?.id ?? null,
    payload: { checkInId },
    expiresAt: closesAt,
  });
  const token = state === 'open' ? buttonToken(input.id) : undefined;
  const next = options.nextDueAt;
  const { checkIn, created } = await store.checkins.openOccurrence(input, {
    ...(token ? { token } : {}),
    ...(next ? { advance: { nextDueAt: next } } : {}),
  });
  if (checkIn.state === 'open' && chat) {
    let tokenId = token?.id;
    if (!created || !tokenId) {
      // Made by an earlier run or another worker: a button of our own (the ledger keeps the first message).
      tokenId = (await store.actionTokens.create(buttonToken(checkIn.id))).id;
    }
    // Together: the ledger insert, the send job and the planned jobs are each a batch of the burst,
    // one round trip in flight with the others rather than after them. The window's jobs run
    // minutes later at the earliest, and a retry after a failure here finds the occurrence and
    // queues the same keys and ids again.
    await Promise.all([
      enqueuePrompt(job, cohort, checkIn, chat, tokenId),
      scheduleWindowJobs(job, schedule.remindMinutes, checkIn),
      ...(next ? [scheduleDue(job, schedule.id, next)] : []),
    ]);
    return checkIn;
  }
  if (next) await scheduleDue(job, schedule.id, next);
  if (checkIn.state === 'open' && !created && !chat && !skipped && !stale) {
    // Opened by an earlier run, and the chat went away since.
    await store.checkins.setState(checkIn.id, 'open', 'missed');
    return { ...checkIn, state: 'missed' };
  }
  if (created && checkIn.state === 'missed' && stale)
    job.log.warn({ checkInId: checkIn.id }, 'check-in window passed while the bot was down: recorded as missed');
  return checkIn;
}

/** The prompt, in the cohort's language, through the outbox: the key is the occurrence, so it posts once. */
async function enqueuePrompt(job: JobContext, cohort: Cohort, checkIn: CheckIn, chat: ChatRef, tokenId: string) {
  const { locale } = cohort;
  const questions = questionsOf(job.services, checkIn.questions, locale);
  const lines = [
    job.t(locale, 'checkin-prompt', {
      name: cohort.name,
      closes: closingText(checkIn.closesAt, locale, cohort.timezone),
    }),
    ...questions.map((q, i) => `${i + 1}. ${escapeHtml(q)}`),
    '',
    job.t(locale, 'checkin-prompt-how'),
  ];
  const button = { label: job.t(locale, 'button-checkin-private'), data: tokenId };
  // A reply to the prompt is an answer, even a bare "1" (Matrix reads a reply that is a number as an option otherwise).
  await job.post(chat, { html: lines.join('\n'), buttons: [[button]], expectReply: {} }, `checkin-${checkIn.id}`);
}
