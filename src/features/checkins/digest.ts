// Before close: remind those who have not answered. At close: the digest.
// Nobody's private answer ever reaches a group: only answers marked shared,
// and only when the schedule's digest goes to the group.

import type { Markup, MessageArgs } from '../../core/i18n.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import { mention as mentionPerson } from '../../core/mention.ts';
import { cohortChatAdmins, isCoordinator } from '../../core/permissions.ts';
import { maySee, mayShowAggregate, smallestGroupOf } from '../../core/privacy.ts';
import type { BotServices } from '../../core/services.ts';
import type { Account, CheckIn, CheckInAnswer, Cohort, MemberWithAccount } from '../../core/store.ts';
import type { ChatRef } from '../../core/types.ts';
import { listOf } from '../../core/words.ts';
import { nudgeInactive } from './nudge.ts';
import { questionsOf, scheduleClose } from './occurrences.ts';

/** How a person is named: markup that reaches them (core/mention.ts: @username, a tg://user link, a Matrix pill). */
function mention(account: Account): Markup {
  return mentionPerson(account);
}

async function load(job: JobContext, data: JobData) {
  const { store } = job;
  const checkIn = await store.checkins.occurrence(String(data.checkInId));
  if (!checkIn) return null;
  const cohort = await store.cohorts.byId(checkIn.cohortId);
  if (!cohort) return null;
  const members = await store.memberships.list(cohort.id, { status: ['active'] });
  const answers = await store.checkins.answers(checkIn.id);
  return { checkIn, cohort, members, answers };
}

/**
 * Remind active members without answers: by DM where possible, else in the
 * group: by name when the cohort names people in the group, else a count.
 */
export async function remindJob(data: JobData, job: JobContext): Promise<void> {
  const loaded = await load(job, data);
  if (loaded?.checkIn.state !== 'open') return;
  // The window's chain: the close job is planned by its reminder.
  await scheduleClose(job, loaded.checkIn);
  // Run late (the bot was down) after the window closed: "closes soon" would be stale; the close
  // job posts the digest.
  if (loaded.checkIn.closesAt <= job.clock.now()) return;
  const { checkIn, cohort, members, answers } = loaded;
  const answered = new Set(answers.filter((a) => a.answers.some((x) => x)).map((a) => a.membershipId));
  const inGroup: MemberWithAccount[] = [];
  for (const member of members) {
    if (answered.has(member.id)) continue;
    const html = job.t(job.localeFor(member.account, cohort), 'checkin-reminder-dm', { name: cohort.name });
    const sent = await job.dm(member.account, { html }, `checkin-remind-${checkIn.id}-${member.id}`);
    if (!sent) inGroup.push(member);
  }
  const chat = await job.cohortChat(cohort);
  if (inGroup.length > 0 && chat) {
    // Who has not answered singles people out (docs/privacy.md, participation).
    const named = maySee('participation', { kind: 'group', namesInGroup: cohort.namesInGroup });
    const unanswered = members.filter((m) => !answered.has(m.id)).length;
    const html = named
      ? job.t(cohort.locale, 'checkin-reminder-group', {
          names: listOf(
            cohort.locale,
            inGroup.map((m) => mention(m.account)),
          ),
          count: inGroup.length,
        })
      : job.t(cohort.locale, 'checkin-reminder-group-count', { count: unanswered });
    await job.post(chat, { html }, `checkin-remind-${checkIn.id}-group`);
  }
}

/** Close the occurrence and post its digest. */
export async function closeJob(data: JobData, job: JobContext): Promise<void> {
  const loaded = await load(job, data);
  if (!loaded) return;
  const { checkIn, cohort, members, answers } = loaded;
  // Only the job that moves it from open to closed posts the digest. Who is
  // on a break now is excused: a break is not a run of missed check-ins.
  const { store } = job;
  const onBreak = await store.memberships.list(cohort.id, { status: ['paused'] });
  if (
    !(await store.checkins.close(
      checkIn.id,
      onBreak.map((m) => m.id),
    ))
  )
    return;
  const schedule = await store.checkins.schedule(checkIn.scheduleId);
  const chat = await job.cohortChat(cohort);
  if (!chat) return;
  await takeOffPromptButton(job, checkIn, chat);
  const byMembership = new Map(members.map((m) => [m.id, m]));
  const took = answers.filter((a) => a.answers.some((x) => x) && byMembership.has(a.membershipId));
  // The digest speaks the group's language, to the group and to its coordinators alike.
  const { locale } = cohort;
  const t = (id: string, args?: MessageArgs) => job.t(locale, id, args);
  // Who took part names, by leaving them out, who did not: names only where the
  // cohort chose so, and "2 of 3" only over enough people (docs/privacy.md).
  const named = maySee('participation', { kind: 'group', namesInGroup: cohort.namesInGroup });
  const lines = [t('checkin-digest-title', { name: cohort.name })];
  if (named || mayShowAggregate(members.length, smallestGroupOf(cohort))) {
    lines.push(t('checkin-digest-count', { count: took.length, total: members.length }));
  }
  if (took.length > 0 && named) {
    lines.push(
      job.t(locale, 'checkin-digest-who', {
        names: listOf(
          locale,
          took.map((a) => mention(byMembership.get(a.membershipId)!.account)),
        ),
      }),
    );
  }
  const shared = sharedAnswers(job.services, locale, checkIn, took, byMembership);
  const reflections = await store.reflections.ofCohort(cohort.id, ['cohort'], await reflectionsSince(job, checkIn));
  const reflectionLines = reflections
    .filter((r) => byMembership.has(r.membershipId))
    .map((r) =>
      t('checkin-digest-reflection', { name: mention(byMembership.get(r.membershipId)!.account), text: r.text }),
    );
  if (schedule?.digest === 'coordinators') {
    // Coordinators right now: granted ones and the chat's admins (docs/privacy.md, "Roles").
    const admins = await cohortChatAdmins(job.services, cohort);
    const html = coordinatorDigest(job.services, locale, checkIn, cohort, members, answers);
    const coordinators = members.filter((m) => isCoordinator(m, admins));
    const unreached: MemberWithAccount[] = [];
    for (const coordinator of coordinators) {
      const sent = await job.dm(coordinator.account, { html }, `checkin-digest-${checkIn.id}-${coordinator.id}`);
      if (!sent) unreached.push(coordinator);
    }
    // Answers stay stored either way: a coordinator the bot cannot write to reads them on
    // request (/checkin digest, in private); the group is never told they went somewhere they did not.
    lines.push(
      t(
        unreached.length < coordinators.length
          ? 'checkin-digest-coordinators-only'
          : 'checkin-digest-coordinators-kept',
      ),
    );
    if (unreached.length > 0) {
      lines.push(
        t('checkin-digest-coordinators-start', {
          names: listOf(
            locale,
            unreached.map((m) => mention(m.account)),
          ),
        }),
      );
    }
  } else {
    lines.push(...shared);
    if (reflectionLines.length > 0) lines.push('', job.t(locale, 'checkin-digest-reflections'), ...reflectionLines);
  }
  // Nobody took part and nobody shared a reflection, or nothing but the title would show (too few
  // people for a count, no names, nothing shared): a digest would only be noise in the group.
  const empty =
    lines.length === 1 || (took.length === 0 && (schedule?.digest === 'coordinators' || reflectionLines.length === 0));
  if (!empty) await job.post(chat, { html: lines.join('\n') }, `checkin-digest-${checkIn.id}`);
  if (schedule) await nudgeInactive(job, schedule, cohort, checkIn, members);
}

/**
 * The prompt's "Answer privately" goes once the check-in closed (Telegram: the
 * keyboard is taken off; Matrix: the numbered option), so nobody presses it
 * later and hears that it is no longer valid. Best effort.
 */
async function takeOffPromptButton(job: JobContext, checkIn: CheckIn, chat: ChatRef): Promise<void> {
  const prompt = await job.store.deliveries.get(`checkin-${checkIn.id}`);
  if (!prompt?.platformMessageId || prompt.platformChatId !== chat.chatId) return;
  await job
    .adapterFor(chat.platform)
    .clearButtons?.(chat, prompt.platformMessageId)
    .catch(() => {});
}

/**
 * What coordinators read of a closed check-in (sent at close, or on request
 * with /checkin digest): who took part, and the answers shared.
 */
export function coordinatorDigest(
  services: Pick<BotServices, 'i18n'>,
  locale: string,
  checkIn: CheckIn,
  cohort: Cohort,
  members: MemberWithAccount[],
  answers: CheckInAnswer[],
): string {
  const t = (id: string, args?: MessageArgs) => services.i18n.t(locale, id, args);
  const byMembership = new Map(members.map((m) => [m.id, m]));
  const took = answers.filter((a) => a.answers.some((x) => x) && byMembership.has(a.membershipId));
  return [
    t('checkin-digest-title', { name: cohort.name }),
    t('checkin-digest-count', { count: took.length, total: members.length }),
    ...(took.length > 0
      ? [
          t('checkin-digest-who', {
            names: listOf(
              locale,
              took.map((a) => mention(byMembership.get(a.membershipId)!.account)),
            ),
          }),
        ]
      : []),
    ...sharedAnswers(services, locale, checkIn, took, byMembership),
  ].join('\n');
}

function sharedAnswers(
  services: Pick<BotServices, 'i18n'>,
  locale: string,
  checkIn: CheckIn,
  took: Array<{ membershipId: string; answers: Array<string | null>; shared: boolean }>,
  byMembership: Map<string, MemberWithAccount>,
): string[] {
  const questions = questionsOf(services, checkIn.questions, locale);
  const lines: string[] = [];
  for (const answer of took.filter((a) => a.shared)) {
    lines.push('', `<b>${mention(byMembership.get(answer.membershipId)!.account).html}</b>`);
    answer.answers.forEach((text, i) => {
      // Each isolated: an English question before an Arabic answer must not run together.
      if (text)
        lines.push(services.i18n.t(locale, 'checkin-digest-answer', { question: questions[i] ?? '', answer: text }));
    });
  }
  return lines;
}

/**
 * Shared reflections a digest lists: those written since the cohort's previous
 * digest went out (each appears in one digest), else over the last week.
 */
async function reflectionsSince(job: JobContext, checkIn: CheckIn): Promise<Date> {
  const weekBefore = new Date(checkIn.dueAt.getTime() - 7 * 86_400_000);
  const earlier = (await job.store.checkins.recentOccurrences(checkIn.cohortId, 10)).filter(
    (o) => o.id !== checkIn.id && o.dueAt <= checkIn.dueAt,
  );
  for (const previous of earlier) {
    const digest = await job.store.deliveries.get(`checkin-digest-${previous.id}`);
    if (digest?.sentAt) return digest.sentAt > weekBefore ? digest.sentAt : weekBefore;
  }
  return weekBefore;
}
