// Going / maybe / not going, by one press on the announcement (Telegram:
// inline buttons; Matrix: the core's numbered replies or reactions). When a
// capacity is set and reached, "going" puts the person on the waiting list;
// when a place frees up, the first on the list moves up and is told in private.
// The presser gets the date in their own timezone as the toast.

import { choiceButtons } from '../../core/action-tokens.ts';
import type { Context } from '../../core/context.ts';
import type { MembershipEnded } from '../../core/events.ts';
import type { JobContext } from '../../core/job-context.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { ActionToken, Cohort, Gathering, RsvpAnswer } from '../../core/store.ts';
import type { Button } from '../../core/types.ts';
import { sendIcs } from './calendar-commands.ts';
import { card, countsLine, countsOf, noticeWithCalendar, when } from './card.ts';
import { timezoneOf } from './plan.ts';

export const RSVP_ACTION = 'gatherings.rsvp';
export const HERE_ACTION = 'gatherings.here';
const CHOICES = ['going', 'maybe', 'no'] as const;

/** The RSVP buttons of an announcement: anyone in the group may press, until the end. */
export async function rsvpButtons(ctx: Context, gathering: Gathering): Promise<Button[]> {
  return ctx.choices(
    RSVP_ACTION,
    CHOICES.map((choice) => ({ label: ctx.t(`button-gathering-${choice}`), choice })),
    {
      onlyCaller: false,
      payload: { gatheringId: gathering.id },
      ttlMs: gathering.endsAt.getTime() - ctx.services.clock.now().getTime(),
    },
  );
}

/** Why a gathering takes no more answers now, or null when it does. */
export function closedReason(gathering: Gathering | null, now: Date): string | null {
  if (!gathering) return 'gathering-error-unknown-button';
  if (gathering.status === 'cancelled') return 'gathering-error-cancelled';
  if (gathering.endsAt <= now) return 'gathering-error-finished';
  return null;
}

/** One press of going / maybe / not going. */
export async function answerRsvp(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (!CHOICES.includes(choice as (typeof CHOICES)[number])) return ctx.t('action-stale');
  const now = ctx.services.clock.now();
  const gathering = await ctx.store.gatherings.byId(String(token.payload.gatheringId));
  const closed = closedReason(gathering, now);
  if (closed || !gathering) return ctx.t(closed ?? 'action-stale');
  const cohort = await ctx.store.cohorts.byId(gathering.cohortId);
  const membership = cohort ? await ctx.store.memberships.get(cohort.id, ctx.account.id) : null;
  if (!cohort || !membership || membership.status === 'left') return ctx.t('gathering-error-join-first');
  const before = (await ctx.store.gatherings.rsvps(gathering.id)).find((r) => r.membershipId === membership.id);
  const answer = await setAnswer(ctx.job, cohort, gathering, membership.id, choice as RsvpAnswer);
  await refreshCount(ctx, token, gathering);
  // Coming (or maybe): the calendar file goes with the confirmation, once per change of mind.
  const coming = (a: string | undefined) => a === 'going' || a === 'maybe';
  if (coming(answer) && !coming(before?.answer)) await sendIcs(ctx, gathering);
  // The answer with the date, in the presser's language and timezone.
  const locale = ctx.localeOf(ctx.account, cohort.locale);
  const zone = membership.timezone ?? ctx.account.timezone ?? gathering.timezone;
  const text = ctx.services.i18n.t(locale, `gathering-rsvp-${answer}`, {
    title: gathering.title,
    when: when(gathering, locale, zone),
  });
  // Telegram's toast is read by the presser alone. Where there are no buttons
  // (Matrix: numbered replies, reactions), the acknowledgement is a notice in
  // the room: it says only "noted", and the details go to the private chat.
  if (ctx.adapter.capabilities.buttons || !ctx.isGroup) return text;
  await replyPrivately(ctx, text, { pointer: false });
  return ctx.t('gathering-rsvp-noted');
}

/**
 * The live count on the message pressed (where buttons can be edited:
 * Telegram). Best effort: a rate-limited or failed edit is skipped, and the
 * next press shows the right count again (/gathering show always does).
 */
async function refreshCount(ctx: Context, token: ActionToken, gathering: Gathering): Promise<void> {
  const { event } = ctx;
  const { capabilities } = ctx.adapter;
  if (!ctx.isGroup || !capabilities.buttons || !capabilities.edits || event.kind !== 'action' || !event.messageId)
    return;
  const t = ctx.t.bind(ctx);
  const html = [
    ...card(t, gathering, ctx.locale, gathering.timezone),
    countsLine(t, countsOf(await ctx.store.gatherings.rsvps(gathering.id))),
    t('gathering-rsvp-prompt'),
  ].join('\n');
  const buttons = choiceButtons(
    token.id,
    CHOICES.map((choice) => ({ label: t(`button-gathering-${choice}`), choice })),
  );
  try {
    await ctx.adapter.edit(ctx.chat, event.messageId, { html, buttons: [buttons] });
  } catch (error) {
    ctx.services.log.warn({ err: error, gatheringId: gathering.id }, 'could not update the live count');
  }
}

/**
 * Record an answer, keeping the capacity: "going" past it is "waitlist".
 * Someone leaving "going" frees a place for the first on the waiting list.
 * Returns the answer stored.
 */
export async function setAnswer(
  job: JobContext,
  cohort: Cohort,
  gathering: Gathering,
  membershipId: string,
  wanted: RsvpAnswer,
): Promise<RsvpAnswer> {
  const now = job.clock.now();
  const rsvps = await job.store.gatherings.rsvps(gathering.id);
  const before = rsvps.find((r) => r.membershipId === membershipId);
  let answer = wanted;
  if (wanted === 'going' && gathering.capacity && before?.answer !== 'going') {
    const going = rsvps.filter((r) => r.answer === 'going').length;
    if (going >= gathering.capacity) answer = 'waitlist';
  }
  // Pressing "going" again while waiting keeps the place in the queue.
  if (before?.answer === answer) return answer;
  await job.store.gatherings.setRsvp(gathering.id, membershipId, answer, now);
  if (before?.answer === 'going' && answer !== 'going') await promote(job, cohort, gathering);
  return answer;
}

/** Someone left the cohort: their answers to gatherings ahead become "no", and their places go to the waiting list. */
export async function onMembershipEnded(event: MembershipEnded, job: JobContext): Promise<void> {
  const { cohort, membership } = event;
  for (const gathering of await job.store.gatherings.upcoming(cohort.id, job.clock.now())) {
    const rsvp = (await job.store.gatherings.rsvps(gathering.id)).find((r) => r.membershipId === membership.id);
    if (!rsvp || rsvp.answer === 'no') continue;
    await setAnswer(job, cohort, gathering, membership.id, 'no');
  }
}

/** A place is free: the first on the waiting list goes, and hears it in private. False: nobody moved up. */
export async function promote(job: JobContext, cohort: Cohort, gathering: Gathering): Promise<boolean> {
  const rsvps = await job.store.gatherings.rsvps(gathering.id);
  const going = rsvps.filter((r) => r.answer === 'going').length;
  if (gathering.capacity && going >= gathering.capacity) return false;
  const next = rsvps.filter((r) => r.answer === 'waitlist').sort((a, b) => +a.answeredAt - +b.answeredAt)[0];
  if (!next) return false;
  // The answer time stays: it says when they first asked.
  await job.store.gatherings.setRsvp(gathering.id, next.membershipId, 'going', next.answeredAt);
  const member = (await job.store.memberships.list(cohort.id)).find((m) => m.id === next.membershipId);
  if (!member) return true;
  await job.tell(
    cohort,
    member,
    `gathering-promoted-${gathering.id}-${member.id}-${job.clock.now().getTime()}`,
    async (to) => ({
      // "Going" by a press brings the calendar file; moved up from the list, it is a command away.
      html: noticeWithCalendar(
        to.t,
        'gathering-promoted',
        gathering,
        to.locale,
        timezoneOf(member, gathering.timezone),
      ),
    }),
    // Who goes is attendance data (docs/privacy.md): in private only.
    { inGroup: false },
  );
  return true;
}
