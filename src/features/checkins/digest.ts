// Before close: remind those who have not answered. At close: the digest.
// Nobody's private answer ever reaches a group: only answers marked shared,
// and only when the schedule's digest goes to the group.

import type { JobData } from '../../core/jobs.ts';
import { escapeHtml } from '../../core/markup.ts';
import { maySee, mayShowAggregate } from '../../core/privacy.ts';
import type { BotServices } from '../../core/services.ts';
import type { Account, CheckIn, Cohort, MemberWithAccount } from '../../core/store.ts';
import { localeFor } from '../shared/tell-member.ts';
import { nudgeInactive } from './nudge.ts';
import { cohortChat, questionsOf, scheduleClose } from './occurrences.ts';

/** How a person is named (plain text: Fluent escapes arguments; escape it before putting it in markup yourself). */
function mention(account: Account): string {
  return account.username ? `@${account.username}` : account.displayName;
}

async function load(services: BotServices, data: JobData) {
  const checkIn = await services.store.checkins.occurrence(String(data.checkInId));
  if (!checkIn) return null;
  const cohort = await services.store.cohorts.byId(checkIn.cohortId);
  if (!cohort) return null;
  const members = await services.store.memberships.list(cohort.id, { status: ['active'] });
  const answers = await services.store.checkins.answers(checkIn.id);
  return { checkIn, cohort, members, answers };
}

/**
 * Remind active members without answers: by DM where possible, else in the
 * group: by name when the cohort names people in the group, else a count.
 */
export async function remindJob(data: JobData, services: BotServices): Promise<void> {
  const loaded = await load(services, data);
  if (loaded?.checkIn.state !== 'open') return;
  // The window's chain: the close job is planned by its reminder.
  await scheduleClose(services, loaded.checkIn);
  const { checkIn, cohort, members, answers } = loaded;
  const answered = new Set(answers.filter((a) => a.answers.some((x) => x)).map((a) => a.membershipId));
  const adapter = services.adapterFor((await services.store.chats.byId(cohort.chatId))?.platform ?? 'fake');
  const inGroup: MemberWithAccount[] = [];
  for (const member of members) {
    if (answered.has(member.id)) continue;
    const dm = member.account.unreachableAt ? null : await adapter.openDm(member.account.platformUserId);
    if (!dm) {
      inGroup.push(member);
      continue;
    }
    const locale = localeFor(services, member.account, cohort.locale);
    await services.outbox.enqueue({
      idempotencyKey: `checkin-remind-${checkIn.id}-${member.id}`,
      chat: dm,
      recipientAccountId: member.account.id,
      message: { html: services.i18n.t(locale, 'checkin-reminder-dm', { name: cohort.name }) },
    });
  }
  const chat = await cohortChat(services, cohort);
  if (inGroup.length > 0 && chat) {
    // Who has not answered singles people out (docs/privacy.md, participation).
    const named = maySee('participation', { kind: 'group', namesInGroup: cohort.namesInGroup });
    const unanswered = members.filter((m) => !answered.has(m.id)).length;
    await services.outbox.enqueue({
      idempotencyKey: `checkin-remind-${checkIn.id}-group`,
      chat,
      message: {
        html: named
          ? services.i18n.t(cohort.locale, 'checkin-reminder-group', {
              names: inGroup.map((m) => mention(m.account)).join(', '),
              count: inGroup.length,
            })
          : services.i18n.t(cohort.locale, 'checkin-reminder-group-count', { count: unanswered }),
      },
    });
  }
}

/** Close the occurrence and post its digest. */
export async function closeJob(data: JobData, services: BotServices): Promise<void> {
  const loaded = await load(services, data);
  if (!loaded) return;
  const { checkIn, cohort, members, answers } = loaded;
  // Only the job that moves it from open to closed posts the digest. Who is
  // on a break now is excused: a break is not a run of missed check-ins.
  const onBreak = await services.store.memberships.list(cohort.id, { status: ['paused'] });
  if (
    !(await services.store.checkins.close(
      checkIn.id,
      onBreak.map((m) => m.id),
    ))
  )
    return;
  const schedule = await services.store.checkins.schedule(checkIn.scheduleId);
  const chat = await cohortChat(services, cohort);
  if (!chat) return;
  const byMembership = new Map(members.map((m) => [m.id, m]));
  const took = answers.filter((a) => a.answers.some((x) => x) && byMembership.has(a.membershipId));
  const t = (id: string, args?: Record<string, string | number>) => services.i18n.t(cohort.locale, id, args);
  // Who took part names, by leaving them out, who did not: names only where the
  // cohort chose so, and "2 of 3" only over enough people (docs/privacy.md).
  const named = maySee('participation', { kind: 'group', namesInGroup: cohort.namesInGroup });
  const lines = [t('checkin-digest-title', { name: cohort.name })];
  if (named || mayShowAggregate(members.length)) {
    lines.push(t('checkin-digest-count', { count: took.length, total: members.length }));
  }
  if (took.length > 0 && named) {
    lines.push(
      t('checkin-digest-who', {
        names: took.map((a) => mention(byMembership.get(a.membershipId)!.account)).join(', '),
      }),
    );
  }
  const shared = sharedAnswers(services, checkIn, cohort, took, byMembership);
  const reflections = await services.store.reflections.ofCohort(
    cohort.id,
    ['cohort'],
    new Date(checkIn.dueAt.getTime() - 7 * 86_400_000),
  );
  const reflectionLines = reflections
    .filter((r) => byMembership.has(r.membershipId))
    .map((r) => `• ${escapeHtml(mention(byMembership.get(r.membershipId)!.account))}: ${escapeHtml(r.text)}`);
  if (schedule?.digest === 'coordinators') {
    lines.push(t('checkin-digest-coordinators-only'));
    // Coordinators read who took part in private, whatever the group is told.
    const forCoordinators = [
      t('checkin-digest-title', { name: cohort.name }),
      t('checkin-digest-count', { count: took.length, total: members.length }),
      ...(took.length > 0
        ? [
            t('checkin-digest-who', {
              names: took.map((a) => mention(byMembership.get(a.membershipId)!.account)).join(', '),
            }),
          ]
        : []),
      ...shared,
    ];
    for (const coordinator of members.filter((m) => m.role === 'coordinator')) {
      const dm = await services.adapterFor(chat.platform).openDm(coordinator.account.platformUserId);
      if (!dm) continue;
      await services.outbox.enqueue({
        idempotencyKey: `checkin-digest-${checkIn.id}-${coordinator.id}`,
        chat: dm,
        recipientAccountId: coordinator.account.id,
        message: { html: forCoordinators.join('\n') },
      });
    }
  } else {
    lines.push(...shared);
    if (reflectionLines.length > 0) lines.push('', t('checkin-digest-reflections'), ...reflectionLines);
  }
  await services.outbox.enqueue({
    idempotencyKey: `checkin-digest-${checkIn.id}`,
    chat,
    message: { html: lines.join('\n') },
  });
  if (schedule) await nudgeInactive(services, schedule, cohort, checkIn, members);
}

function sharedAnswers(
  services: BotServices,
  checkIn: CheckIn,
  cohort: Cohort,
  took: Array<{ membershipId: string; answers: Array<string | null>; shared: boolean }>,
  byMembership: Map<string, MemberWithAccount>,
): string[] {
  const questions = questionsOf(services, checkIn.questions, cohort.locale);
  const lines: string[] = [];
  for (const answer of took.filter((a) => a.shared)) {
    lines.push('', `<b>${escapeHtml(mention(byMembership.get(answer.membershipId)!.account))}</b>`);
    answer.answers.forEach((text, i) => {
      if (text) lines.push(`${escapeHtml(questions[i] ?? '')} ${escapeHtml(text)}`);
    });
  }
  return lines;
}
