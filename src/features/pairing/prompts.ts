// Asking a mentor: a DM introducing the mentee with Accept and Decline (in the
// group, addressed to the mentor, where the platform does not let the bot write
// first). Decline or silence past the timeout offers the mentee to the next
// best mentor; accept introduces the two with meeting times in both timezones.

import type { Context } from '../../core/context.ts';
import type { JobContext } from '../../core/job-context.ts';
import type { JobData } from '../../core/jobs.ts';
import { maySee, type Reader } from '../../core/privacy.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { ActionToken, Cohort, Mentorship } from '../../core/store.ts';
import { formatDateTime, formatDateTimeZoned, midnightIn } from '../../core/validate.ts';
import { tellCoordinators } from '../shared/tell-coordinators.ts';
import { explain, greetingOf, LIVE, linkOf, nameOf, planMentors, timezoneOf } from './plan.ts';

export const ANSWER_ACTION = 'pairing.answer';
export const TIMEOUT_JOB = 'pairing.timeout';
export const DECLINE_REASON_ACTION = 'pairing.decline-reason';
export const DECLINE_REASONS = ['no-time', 'topics', 'other'] as const;
const timeoutJobId = (mentorshipId: string) => `mentorship-timeout-${mentorshipId}`;

/** Ask the mentor of an 'asked' mentorship, and plan its timeout. */
export async function askMentor(job: JobContext, cohort: Cohort, mentorship: Mentorship): Promise<void> {
  const active = await job.store.memberships.list(cohort.id, { status: ['active'] });
  const mentor = active.find((m) => m.id === mentorship.mentorMembershipId);
  const mentee = active.find((m) => m.id === mentorship.menteeMembershipId);
  if (!mentor || !mentee) return;
  const { answerHours } = await job.store.mentorships.settings(cohort.id);
  const expiresAt = new Date(job.clock.now().getTime() + answerHours * 3_600_000);
  const privateLink = job.adapterFor(mentor.account.platform).deepLink('help');
  await job.tell(cohort, mentor, `mentorship-ask-${mentorship.id}`, async (to) => {
    // The mentor-to-be reads the mentee's "about" in private; where the bot may not write
    // to them first, the question goes to the group, which does not (core/privacy.ts).
    // Only platforms that cannot open a DM fall back to the group (Telegram), and those have
    // buttons whose presses nobody else sees: the group variant of the privacy line says so.
    const reader: Reader = to.inGroup
      ? { kind: 'group', namesInGroup: false }
      : { kind: 'private', relation: 'mentor' };
    return {
      html: [
        to.t('pair-ask', { mentor: greetingOf(mentor, to.inGroup), mentee: linkOf(mentee), name: cohort.name }),
        to.t('pair-why', { reasons: explain(job.services, to.locale, mentorship.reasons) }),
        mentee.about && maySee('about', reader) ? to.t('pair-about', { about: mentee.about }) : '',
        to.t('pair-ask-deadline', { when: formatDateTimeZoned(expiresAt, to.locale, timezoneOf(mentor, cohort)) }),
        // Who reads the answer, said truthfully before it is given (docs/privacy.md "Mentor declines").
        to.t(to.inGroup ? 'pair-ask-privacy-group' : 'pair-ask-privacy', { mentee: nameOf(mentee) }),
        // In the group (the bot may not write first): a way to open the private chat for next time.
        to.inGroup && privateLink ? to.t('pair-ask-open-private', { link: privateLink }) : '',
      ]
        .filter(Boolean)
        .join('\n'),
      buttons: [
        await to.choices(
          ANSWER_ACTION,
          [
            { label: to.t('button-pair-accept'), choice: 'accept' },
            { label: to.t('button-pair-decline'), choice: 'decline' },
          ],
          { payload: { mentorshipId: mentorship.id }, expiresAt },
        ),
      ],
    };
  });
  await job.scheduler.schedule({
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
    await introduce(ctx.job, cohort, mentorship);
    return ctx.t('pair-accepted-toast');
  }
  // Saying why is optional: one press, and it helps coordinators plan. A decline is
  // the mentor's and the coordinators' business: pressed in the group, the follow-up
  // goes to the mentor in private, and the group hears nothing of it.
  const mentee = await menteeName(ctx, mentorship);
  const outcome = await replyPrivately(
    ctx,
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
  await offerNextMentor(ctx.job, cohort, mentorship.menteeMembershipId);
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
export async function timeoutJob(data: JobData, job: JobContext): Promise<void> {
  const mentorship = await job.store.mentorships.byId(String(data.mentorshipId));
  if (!mentorship) return;
  if (!(await job.store.mentorships.transition(mentorship.id, ['asked'], 'timed_out', job.clock.now()))) return;
  const cohort = await job.store.cohorts.byId(mentorship.cohortId);
  if (cohort) await offerNextMentor(job, cohort, mentorship.menteeMembershipId);
}

/**
 * Ask the best remaining mentor for one mentee, or tell the coordinators, in
 * private, that there is none (the group hears only that someone is waiting).
 */
export async function offerNextMentor(job: JobContext, cohort: Cohort, menteeId: string): Promise<boolean> {
  if (cohort.status !== 'active') return false;
  const plan = await planMentors(job.services, cohort, new Set([menteeId]));
  const mentee = plan.members.get(menteeId);
  if (!mentee) return false;
  const pair = plan.assignment.pairs[0];
  if (pair) {
    const next = await job.store.mentorships.create({
      cohortId: cohort.id,
      mentorMembershipId: pair.mentorId,
      menteeMembershipId: menteeId,
      status: 'asked',
      score: pair.score,
      reasons: pair.reasons,
      askedAt: job.clock.now(),
      createdAt: job.clock.now(),
    });
    await askMentor(job, cohort, next);
    return true;
  }
  const key = `mentorship-none-${menteeId}-${job.clock.now().getTime()}`;
  const coordinator: Reader = { kind: 'private', relation: 'coordinator' };
  const told = await tellCoordinators(job, cohort, key, (to) => ({
    html: to.t('pair-no-next-mentor', {
      mentee: maySee('participation', coordinator) ? nameOf(mentee) : '—',
      name: cohort.name,
    }),
  }));
  if (told > 0) return false;
  // No coordinator can be written to first: the group learns that someone waits, not who.
  const chat = await job.cohortChat(cohort);
  if (!chat) return false;
  await job.post(chat, { html: job.t(cohort.locale, 'pair-no-next-mentor-group') }, key);
  return false;
}

/**
 * Someone left the cohort (or, with 'as-mentor', a mentor is away for long):
 * their pairings end, and each of their mentees is offered to the next best mentor.
 * `tellGone` false: only the partners hear it (the one who went used /forgetme).
 */
export async function releaseMentorships(
  job: JobContext,
  cohort: Cohort,
  membershipId: string,
  only: 'all' | 'as-mentor' = 'all',
  tellGone = true,
): Promise<void> {
  const now = job.clock.now();
  for (const m of await job.store.mentorships.ofMember(membershipId, LIVE)) {
    if (only === 'as-mentor' && m.mentorMembershipId !== membershipId) continue;
    if (!(await job.store.mentorships.transition(m.id, LIVE, 'ended', now))) continue;
    await job.scheduler.cancel(timeoutJobId(m.id));
    // The next mentor first, so that the mentee is told "I am asking the next best mentor" only when one was asked.
    const nextAsked =
      m.mentorMembershipId === membershipId && (await offerNextMentor(job, cohort, m.menteeMembershipId));
    await tellEnded(job, m, only === 'as-mentor' ? 'away' : 'left', tellGone ? membershipId : undefined, nextAsked);
  }
}

/**
 * A mentorship ended: each person in it is told in private, in their language
 * (`gone`: the one who left or is away, told that it ended because of that).
 * A coordinator's /unpair and someone leaving tell both.
 */
export async function tellEnded(
  job: JobContext,
  mentorship: Mentorship,
  why: 'unpaired' | 'left' | 'away',
  gone?: string,
  nextAsked = false,
): Promise<void> {
  const cohort = await job.store.cohorts.byId(mentorship.cohortId);
  if (!cohort) return;
  const people = await job.store.memberships.list(cohort.id);
  const byId = new Map(people.map((p) => [p.id, p]));
  const mentor = byId.get(mentorship.mentorMembershipId);
  const mentee = byId.get(mentorship.menteeMembershipId);
  if (!mentor || !mentee) return;
  for (const [person, other] of [
    [mentor, mentee],
    [mentee, mentor],
  ] as const) {
    const isGone = person.id === gone;
    if (!isGone && person.status === 'left') continue;
    const asMentee = person === mentee;
    // A request the mentor had not answered yet is the mentor's business (docs/privacy.md "decline").
    if (asMentee && mentorship.status === 'asked') continue;
    // Someone the bot cannot write to first (they never opened the private chat) hears it in the
    // group, addressed to them, without the other person or the reason, with a link that opens the
    // private chat for next time. The one who went (left, away, deleted their data) is not.
    const privateLink = isGone ? null : job.adapterFor(person.account.platform).deepLink('help');
    await job.tell(
      cohort,
      person,
      `mentorship-ended-${mentorship.id}-${person.id}`,
      async (to) => ({
        html: [
          to.inGroup
            ? to.t('pair-ended-group', { person: greetingOf(person, true), name: cohort.name })
            : to.t(isGone ? `pair-ended-you-${why}` : `pair-ended-${why}`, {
                person: person.account.displayName,
                other: nameOf(other),
                name: cohort.name,
              }),
          // The mentee of a mentor who is gone, when the next best mentor was asked (offerNextMentor).
          asMentee && !isGone && nextAsked ? to.t('pair-ended-next-mentor') : '',
          to.inGroup && privateLink ? to.t('pair-open-private', { link: privateLink }) : '',
        ]
          .filter(Boolean)
          .join('\n'),
      }),
      // Who mentored whom, and why it ended, is told in private only.
      { inGroup: privateLink !== null },
    );
  }
}

/** Mentee-local hours tried for a meeting, best first: the evening, then the rest of the waking day. */
const MEETING_HOURS = [18, 19, 17, 20, 16, 21, 15, 14, 13, 12, 11, 10, 9, 8];
/** Waking hours, as the matching engine counts them (08:00 to 22:00 local). */
const WAKING = { from: 8, to: 22 };

function hourIn(at: Date, timezone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: timezone, hour: 'numeric', hourCycle: 'h23' }).format(at));
}

/**
 * Three times over the next days that fall in both people's waking hours (the
 * mentee's evening first); when no hour suits both, 18:00 for the mentee. One
 * zone for both: each time once, not "6 PM (Lagos) = 6 PM (Lagos)".
 */
function meetingTimes(job: JobContext, locale: string, mentee: string, mentor: string): string[] {
  const now = job.clock.now();
  const lines: string[] = [];
  for (let day = 1; day <= 3; day++) {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: mentee }).format(
      new Date(now.getTime() + day * 86_400_000),
    );
    const midnight = midnightIn(date, mentee);
    if (!midnight) continue;
    const at = (hour: number) => new Date(midnight.getTime() + hour * 3_600_000);
    const hour =
      MEETING_HOURS.find((h) => {
        const theirs = hourIn(at(h), mentor);
        return theirs >= WAKING.from && theirs < WAKING.to;
      }) ?? 18;
    const when = at(hour);
    lines.push(
      mentee === mentor
        ? job.t(locale, 'pair-intro-time-one-zone', { when: formatDateTime(when, locale, mentee), zone: mentee })
        : job.t(locale, 'pair-intro-time', {
            mentee: formatDateTime(when, locale, mentee),
            menteeZone: mentee,
            mentor: formatDateTime(when, locale, mentor),
            mentorZone: mentor,
          }),
    );
  }
  return lines;
}

/** Accepted: both hear about each other, with times that suit the mentee. */
async function introduce(job: JobContext, cohort: Cohort, mentorship: Mentorship): Promise<void> {
  const active = await job.store.memberships.list(cohort.id, { status: ['active', 'paused'] });
  const mentor = active.find((m) => m.id === mentorship.mentorMembershipId);
  const mentee = active.find((m) => m.id === mentorship.menteeMembershipId);
  if (!mentor || !mentee) return;
  const menteeZone = timezoneOf(mentee, cohort);
  const mentorZone = timezoneOf(mentor, cohort);
  for (const [person, other] of [
    [mentee, mentor],
    [mentor, mentee],
  ] as const) {
    await job.tell(cohort, person, `mentorship-intro-${mentorship.id}-${person.id}`, async (to) => ({
      html: [
        to.t(person === mentee ? 'pair-intro-mentee' : 'pair-intro-mentor', {
          person: greetingOf(person, to.inGroup),
          other: linkOf(other),
          name: cohort.name,
        }),
        // A link that opens the other person (a tg://user link, a Matrix pill): no @username needed.
        to.t('pair-intro-reach', { other: linkOf(other) }),
        to.t('pair-intro-times-both'),
        ...meetingTimes(job, to.locale, menteeZone, mentorZone),
      ].join('\n'),
    }));
  }
}
