// The life of one occurrence: due (post once, or record a miss), reminder,
// close (digest). Driven by one-off jobs with deterministic ids, one chain per
// schedule: each due job plans the next occurrence.
//
// Why not BullMQ job schedulers (cron pattern + tz): cron cannot say "every 2
// weeks" nor "the first Tuesday" (day-of-month and day-of-week OR together),
// and its handling of wall times that fall in a daylight-saving gap differs
// from ours. So the database row stays the source of truth, schedule.ts
// computes the next local due time, and the queue holds exactly one job per
// occurrence ("checkin-due-<schedule>-<ms>"): adding it twice is one job, two
// instances reconciling at once converge, and the unique (schedule, dueAt) row
// plus the outbox key "checkin-<occurrence>" guard against a second post.

import { randomBytes } from 'node:crypto';
import type { JobData } from '../../core/jobs.ts';
import { escapeHtml } from '../../core/markup.ts';
import type { BotServices } from '../../core/services.ts';
import type { Chat, CheckIn, CheckInSchedule, Cohort } from '../../core/store.ts';
import type { ChatRef } from '../../core/types.ts';
import { formatDateTime } from '../../core/validate.ts';
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
export function questionsOf(services: BotServices, questions: string[], locale: string): string[] {
  return questions.length > 0 ? questions : DEFAULT_QUESTIONS.map((key) => services.i18n.t(locale, key));
}

export async function cohortChat(services: BotServices, cohort: Cohort): Promise<ChatRef | null> {
  const chat = await services.store.chats.byId(cohort.chatId);
  return chat ? chatRefOf(chat, cohort) : null;
}

function chatRefOf(chat: Chat, cohort: Cohort): ChatRef | null {
  if (chat.unreachableAt) return null;
  return {
    platform: chat.platform,
    chatId: chat.platformChatId,
    kind: chat.kind,
    ...(cohort.threadId ? { threadId: cohort.threadId } : {}),
  };
}

/** The next due time of a schedule after `after`, in its cohort's timezone. */
export function nextDue(schedule: CheckInSchedule, timezone: string, after: Date): Date {
  return nextOccurrence(storedRhythm(schedule.pattern, schedule.phase), timezone, after);
}

/** Make sure the job of the schedule's next occurrence exists (idempotent). */
export async function planNext(services: BotServices, schedule: CheckInSchedule, timezone: string, after: Date) {
  const dueAt = nextDue(schedule, timezone, after);
  await services.store.checkins.updateSchedule(schedule.id, { nextDueAt: dueAt });
  await services.scheduler.schedule({
    id: dueJobId(schedule.id, dueAt),
    name: DUE_JOB,
    data: { scheduleId: schedule.id, dueAt: dueAt.toISOString() },
    runAt: dueAt,
  });
  return dueAt;
}

/**
 * The cohort's timezone changed: every active schedule's next occurrence moves
 * to the same local time in the new zone. The old job finds a different
 * nextDueAt when it runs and does nothing.
 */
export async function replanCheckins(services: BotServices, cohort: Cohort): Promise<void> {
  for (const schedule of await services.store.checkins.schedules(cohort.id)) {
    if (schedule.status !== 'active') continue;
    if (schedule.nextDueAt) await services.scheduler.cancel(dueJobId(schedule.id, schedule.nextDueAt));
    await planNext(services, schedule, cohort.timezone, services.clock.now());
  }
}

/**
 * At start: every active schedule gets the job of its next occurrence. A
 * schedule whose next occurrence passed while the bot was down keeps it: the
 * due job then runs late and decides between a late post and a recorded miss.
 * Jobs of deleted or paused schedules find no active row and do nothing.
 */
export async function reconcileCheckins(services: BotServices): Promise<number> {
  let planned = 0;
  for (const schedule of await services.store.checkins.activeSchedules()) {
    const cohort = await services.store.cohorts.byId(schedule.cohortId);
    if (!cohort) continue;
    if (schedule.nextDueAt) {
      await services.scheduler.schedule({
        id: dueJobId(schedule.id, schedule.nextDueAt),
        name: DUE_JOB,
        data: { scheduleId: schedule.id, dueAt: schedule.nextDueAt.toISOString() },
        runAt: schedule.nextDueAt,
      });
    } else {
      await planNext(services, schedule, cohort.timezone, services.clock.now());
    }
    planned++;
  }
  return planned;
}

/** The occurrence is due: post it once (late within its window), or record why not. */
export async function dueJob(data: JobData, services: BotServices): Promise<void> {
  const found = await services.store.checkins.scheduleWithCohort(String(data.scheduleId));
  const dueAt = new Date(String(data.dueAt));
  if (!found) return;
  const { schedule, cohort, chat } = found;
  // Paused, or re-planned since: this job is stale. An archived cohort posts nothing more.
  if (schedule.status !== 'active' || schedule.nextDueAt?.getTime() !== dueAt.getTime()) return;
  if (cohort.status === 'archived') return;
  await postOccurrence(services, schedule, cohort, dueAt, chat);
  await planNext(services, schedule, cohort.timezone, dueAt);
}

/** Open (or find) the occurrence at `dueAt` and post it unless skipped or stale. */
export async function postOccurrence(
  services: BotServices,
  schedule: CheckInSchedule,
  cohort: Cohort,
  dueAt: Date,
  knownChat?: Chat,
): Promise<CheckIn> {
  const { store, clock } = services;
  const now = clock.now();
  const closesAt = new Date(dueAt.getTime() + schedule.windowMinutes * MINUTE);
  const skipped = schedule.skipDueAt?.getTime() === dueAt.getTime() || cohort.status === 'paused';
  const { checkIn, created } = await store.checkins.openOccurrence({
    scheduleId: schedule.id,
    cohortId: cohort.id,
    dueAt,
    closesAt,
    state: skipped ? 'skipped' : closesAt <= now ? 'missed' : 'open',
    questions: schedule.questions,
    postedAt: skipped || closesAt <= now ? null : now,
  });
  if (skipped && schedule.skipDueAt) await store.checkins.updateSchedule(schedule.id, { skipDueAt: null });
  if (checkIn.state !== 'open') {
    if (created && checkIn.state === 'missed')
      services.log.warn({ checkInId: checkIn.id }, 'check-in window passed while the bot was down: recorded as missed');
    return checkIn;
  }
  const chatRow = knownChat ?? (await store.chats.byId(cohort.chatId));
  const chat = chatRow ? chatRefOf(chatRow, cohort) : null;
  if (!chat || !chatRow) {
    // The bot was removed or the chat is gone: nobody can be asked; count it as missed, not open forever.
    await store.checkins.setState(checkIn.id, 'open', 'missed');
    return { ...checkIn, state: 'missed' };
  }
  // The button's meaning stays server-side; it lives as long as the window.
  const tokenId = randomBytes(9).toString('base64url');
  await store.actionTokens.create({
    id: tokenId,
    kind: PRIVATE_ANSWER,
    accountId: null,
    chatId: chatRow.id,
    payload: { checkInId: checkIn.id },
    expiresAt: closesAt,
  });
  const t = (id: string, args?: Record<string, string | number>) => services.i18n.t(cohort.locale, id, args);
  const questions = questionsOf(services, checkIn.questions, cohort.locale);
  const lines = [
    t('checkin-prompt', { name: cohort.name, closes: formatDateTime(closesAt, cohort.locale, cohort.timezone) }),
    ...questions.map((q, i) => `${i + 1}. ${escapeHtml(q)}`),
    '',
    t('checkin-prompt-how'),
  ];
  // The key is the occurrence: a retried or concurrent job posts once.
  await services.outbox.enqueue({
    idempotencyKey: `checkin-${checkIn.id}`,
    chat,
    message: { html: lines.join('\n'), buttons: [[{ label: t('button-checkin-private'), data: tokenId }]] },
  });
  if (schedule.remindMinutes) {
    const remindAt = new Date(closesAt.getTime() - schedule.remindMinutes * MINUTE);
    if (remindAt > now) {
      await services.scheduler.schedule({
        id: remindJobId(checkIn.id),
        name: REMIND_JOB,
        data: { checkInId: checkIn.id },
        runAt: remindAt,
      });
    }
  }
  await services.scheduler.schedule({
    id: closeJobId(checkIn.id),
    name: CLOSE_JOB,
    data: { checkInId: checkIn.id },
    runAt: closesAt,
  });
  return checkIn;
}
