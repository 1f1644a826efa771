// Asking a mentor: a DM introducing the mentee with Accept and Decline (in the
// group, addressed to the mentor, where the platform does not let the bot write
// first). Decline or silence past the timeout offers the mentee to the next
// best mentor; accept introduces the two with meeting times in both timezones.

import type { Context } from '../../core/context.ts';
import type { JobData } from '../../core/jobs.ts';
import { maySee, type Reader } from '../../core/privacy.ts';
import type { BotServices } from '../../core/services.ts';
import type { ActionToken, Cohort, Mentorship } from '../../core/store.ts';
import { formatDateTime, midnightIn } from '../../core/validate.ts';
import { cohortChat } from '../checkins/occurrences.ts';
import { tellCoordinators } from '../shared/tell-coordinators.ts';
import { createActionToken, tellMember } from '../shared/tell-member.ts';
import { explain, nameOf, planMentors, timezoneOf } from './plan.ts';

export const ANSWER_ACTION = 'pairing.answer';
export const TIMEOUT_JOB = 'pairing.timeout';
export const DECLINE_REASON_ACTION = 'pairing.decline-reason';
export const DECLINE_REASONS = ['no-time', 'topics', 'other'] as const;
const timeoutJobId = (mentorshipId: string) => `mentorship-timeout-${mentorshipId}`;

/** Ask the mentor of an 'asked' mentorship, and plan its timeout. */
export async function askMentor(services: BotServices, cohort: Cohort, mentorship: Mentorship): Promise<void> {
  const active = await services.store.memberships.list(cohort.id, { status: ['active'] });
  const mentor = active.find((m) => m.id === mentorship.mentorMembershipId);
  const mentee = active.find((m) => m.id === mentorship.menteeMembershipId);
  if (!mentor || !mentee) return;
  const { answerHours } = await services.store.mentorships.settings(cohort.id);
  const expiresAt = new Date(services.clock.now().getTime() + answerHours * 3_600_000);
  await tellMember(services, cohort, mentor, `mentorship-ask-${mentorship.id}`, async (locale, chatRowId, where) => {
    const tokenId = await createActionToken(services.store, {
      kind: ANSWER_ACTION,
      accountId: mentor.account.id,
      chatId: chatRowId,
      payload: { mentorshipId: mentorship.id },
      expiresAt,
    });
    const t = (id: string, args?: Record<string, string | number>) => services.i18n.t(locale, id, args);
    // The mentor-to-be reads the mentee's "about" in private; where the bot may not write
    // to them first, the question goes to the group, which does not (core/privacy.ts).
    // Only platforms that cannot open a DM fall back to the group (Telegram), and those have
    // buttons whose presses nobody else sees: the group variant of the privacy line says so.
    const reader: Reader =
      where === 'group' ? { kind: 'group', namesInGroup: false } : { kind: 'private', relation: 'mentor' };
    return {
      html: [
        t('pair-ask', { mentor: mentor.account.displayName, mentee: nameOf(mentee), name: cohort.name }),
        t('pair-why', { reasons: explain(services, locale, mentorship.reasons) }),
        mentee.about && maySee('about', reader) ? t('pair-about', { about: mentee.about }) : '',
        t('pair-ask-deadline', { when: formatDateTime(expiresAt, locale, timezoneOf(mentor, cohort)) }),
        // Who reads the answer, said truthfully before it is given (docs/privacy.md "Mentor declines").
        t(where === 'group' ? 'pair-ask-privacy-group' : 'pair-ask-privacy', { mentee: nameOf(mentee) }),
      ]
        .filter(Boolean)
        .join('\n'),
      buttons: [
        [
          { label: t('button-pair-accept'), data: `${tokenId}:accept` },
          { label: t('button-pair-decline'), data: `${tokenId}:decline` },
        ],
      ],
    };
  });
  await services.scheduler.schedule({
    id: timeoutJobId(mentorship.id),
    name: TIMEOUT_JOB,
    data: { mentorshipId: mentorship.id },
    runAt: expiresAt,
  });
}

/** Accept or Decline, pressed by the mentor. */
export async function answerAsk(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (choice !== 'accept' && choice !== 'decline') return ctx.t('action-stale');
  const now = ctx.services.clock.now();
  const mentorship = await ctx.store.mentorships.byId(String(token.payload.mentorshipId));
  const cohort = mentorship ? await ctx.store.cohorts.byId(mentorship.cohortId) : null;
  if (!mentorship || !cohort) return ctx.t('action-stale');
  if (
    !(await ctx.store.mentorships.transition(
      mentorship.id,
      ['asked'],
      choice === 'accept' ? 'accepted' : 'declined',
      now,
    ))
  )
    return ctx.t('pair-answer-late');
  await ctx.store.actionTokens.consume(token.id, now);
  await ctx.services.scheduler.cancel(timeoutJobId(mentorship.id));
  if (choice === 'accept') {
    await introduce(ctx.services, cohort, mentorship);
    return ctx.t('pair-accepted-toast');
  }
  // Saying why is optional: one press, and it helps coordinators plan. A decline is
  // the mentor's and the coordinators' business: pressed in the group, the follow-up
  // goes to the mentor in private, and the group hears nothing of it.
  const mentee = await menteeName(ctx, mentorship);
  const outcome = await ctx.replyPrivately(
    async () => ({
      html: `${ctx.t('pair-declined-thanks')}\n${ctx.t('pair-decline-why', { mentee })}`,
      buttons: [
        await ctx.choices(
          DECLINE_REASON_ACTION,
          DECLINE_REASONS.map((reason) => ({ label: ctx.t(`button-decline-${reason}`), choice: reason })),
          { payload: { mentorshipId: mentorship.id } },
        ),
      ],
    }),
    { pointer: false },
  );
  await offerNextMentor(ctx.services, cohort, mentorship.menteeMembershipId);
  if (outcome === 'replied') return ctx.t('done');
  return ctx.t(outcome === 'sent' ? 'pair-declined-toast-private' : 'pair-declined-toast');
}

/** How the mentee of a mentorship is named to its mentor. */
async function menteeName(ctx: Context, mentorship: Mentorship): Promise<string> {
  const members = await ctx.store.memberships.list(mentorship.cohortId);
  const mentee = members.find((m) => m.id === mentorship.menteeMembershipId);
  return mentee ? nameOf(mentee) : '—';
}

/** The optional reason after a decline. */
export async function answerDeclineReason(
  ctx: Context,
  token: ActionToken,
  choice?: string,
): Promise<string | undefined> {
  if (!choice || !(DECLINE_REASONS as readonly string[]).includes(choice)) return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const mentorship = await ctx.store.mentorships.byId(String(token.payload.mentorshipId));
  if (!mentorship) return ctx.t('action-stale');
  await ctx.store.mentorships.setDeclineReason(mentorship.id, choice);
  await ctx.say('pair-decline-noted', { mentee: await menteeName(ctx, mentorship) });
  return ctx.t('done');
}

/** No answer in time: the mentee goes to the next best mentor. */
export async function timeoutJob(data: JobData, services: BotServices): Promise<void> {
  const mentorship = await services.store.mentorships.byId(String(data.mentorshipId));
  if (!mentorship) return;
  if (!(await services.store.mentorships.transition(mentorship.id, ['asked'], 'timed_out', services.clock.now())))
    return;
  const cohort = await services.store.cohorts.byId(mentorship.cohortId);
  if (cohort) await offerNextMentor(services, cohort, mentorship.menteeMembershipId);
}

/**
 * Ask the best remaining mentor for one mentee, or tell the coordinators, in
 * private, that there is none (the group hears only that someone is waiting).
 */
export async function offerNextMentor(services: BotServices, cohort: Cohort, menteeId: string): Promise<void> {
  if (cohort.status !== 'active') return;
  const plan = await planMentors(services, cohort, new Set([menteeId]));
  const mentee = plan.members.get(menteeId);
  if (!mentee) return;
  const pair = plan.assignment.pairs[0];
  if (pair) {
    const next = await services.store.mentorships.create({
      cohortId: cohort.id,
      mentorMembershipId: pair.mentorId,
      menteeMembershipId: menteeId,
      status: 'asked',
      score: pair.score,
      reasons: pair.reasons,
      askedAt: services.clock.now(),
    });
    await askMentor(services, cohort, next);
    return;
  }
  const key = `mentorship-none-${menteeId}-${services.clock.now().getTime()}`;
  const coordinator: Reader = { kind: 'private', relation: 'coordinator' };
  const told = await tellCoordinators(services, cohort, key, (locale) => ({
    html: services.i18n.t(locale, 'pair-no-next-mentor', {
      mentee: maySee('participation', coordinator) ? nameOf(mentee) : '—',
      name: cohort.name,
    }),
  }));
  if (told > 0) return;
  // No coordinator can be written to first: the group learns that someone waits, not who.
  const chat = await cohortChat(services, cohort);
  if (!chat) return;
  await services.outbox.enqueue({
    idempotencyKey: key,
    chat,
    message: { html: services.i18n.t(cohort.locale, 'pair-no-next-mentor-group') },
  });
}

/**
 * Someone left the cohort (or, with 'as-mentor', a mentor is away for long):
 * their pairings end, and each of their mentees is offered to the next best mentor.
 */
export async function releaseMentorships(
  services: BotServices,
  cohort: Cohort,
  membershipId: string,
  only: 'all' | 'as-mentor' = 'all',
): Promise<void> {
  const now = services.clock.now();
  for (const m of await services.store.mentorships.ofMember(membershipId, ['asked', 'accepted'])) {
    if (only === 'as-mentor' && m.mentorMembershipId !== membershipId) continue;
    if (!(await services.store.mentorships.transition(m.id, ['asked', 'accepted'], 'ended', now))) continue;
    await services.scheduler.cancel(timeoutJobId(m.id));
    if (m.mentorMembershipId === membershipId) await offerNextMentor(services, cohort, m.menteeMembershipId);
  }
}

/** Three evening times in the mentee's timezone, shown in both people's. */
function meetingTimes(services: BotServices, locale: string, mentee: string, mentor: string): string[] {
  const now = services.clock.now();
  const lines: string[] = [];
  for (let day = 1; day <= 3; day++) {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: mentee }).format(
      new Date(now.getTime() + day * 86_400_000),
    );
    const midnight = midnightIn(date, mentee);
    if (!midnight) continue;
    const at = new Date(midnight.getTime() + 18 * 3_600_000);
    lines.push(
      services.i18n.t(locale, 'pair-intro-time', {
        mentee: formatDateTime(at, locale, mentee),
        menteeZone: mentee,
        mentor: formatDateTime(at, locale, mentor),
        mentorZone: mentor,
      }),
    );
  }
  return lines;
}

/** Accepted: both hear about each other, with times that suit the mentee. */
async function introduce(services: BotServices, cohort: Cohort, mentorship: Mentorship): Promise<void> {
  const active = await services.store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  const mentor = active.find((m) => m.id === mentorship.mentorMembershipId);
  const mentee = active.find((m) => m.id === mentorship.menteeMembershipId);
  if (!mentor || !mentee) return;
  const menteeZone = timezoneOf(mentee, cohort);
  const mentorZone = timezoneOf(mentor, cohort);
  for (const [person, other] of [
    [mentee, mentor],
    [mentor, mentee],
  ] as const) {
    await tellMember(services, cohort, person, `mentorship-intro-${mentorship.id}-${person.id}`, async (locale) => ({
      html: [
        services.i18n.t(locale, person === mentee ? 'pair-intro-mentee' : 'pair-intro-mentor', {
          person: person.account.displayName,
          other: nameOf(other),
          name: cohort.name,
        }),
        services.i18n.t(locale, 'pair-intro-times'),
        ...meetingTimes(services, locale, menteeZone, mentorZone),
      ].join('\n'),
    }));
  }
}
