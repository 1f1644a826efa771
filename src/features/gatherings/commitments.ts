// What people say they will try after a gathering (/commit, in private), and
// how it went (the follow-up buttons: done, partly, not yet, let it go).
// Texts are the person's own: "only me" unless they share them with their
// mentor or the coordinators (the reflections' model, core/privacy.ts).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { cleanUserText } from '../../core/markup.ts';
import type {
  ActionToken,
  Cohort,
  Commitment,
  CommitmentStatus,
  CommitmentVisibility,
  Gathering,
  MemberWithAccount,
} from '../../core/store.ts';
import { midnightIn, parseIntInRange } from '../../core/validate.ts';
import { wallClock } from './time.ts';

export const COMMIT_ACTION = 'gatherings.commitment';
export const HELP_ACTION = 'gatherings.help';
export const OPEN_STATUSES: readonly CommitmentStatus[] = ['open', 'partly', 'not-yet'];
const ANSWERS: readonly CommitmentStatus[] = ['done', 'partly', 'not-yet', 'let-go'];
const VISIBILITIES: readonly CommitmentVisibility[] = ['me', 'mentor', 'coordinators'];
export const MAX_COMMITMENTS = 3;
const MAX_LENGTH = 500;
/** How long after a gathering /commit still files under it. */
const COMMIT_WINDOW_MS = 30 * 86_400_000;
/** A target date further than this is not a plan for "the next weeks". */
const MAX_TARGET_DAYS = 366;

/** --by 2027-04-30: a real calendar day, from today (in the person's timezone) to a year ahead. */
export function parseTargetDate(raw: string, now: Date, timezone: string): string {
  const value = raw.trim();
  const day = midnightIn(value, timezone);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !day)
    throw new UserError('commit-error-bad-date', { value: value.slice(0, 20) });
  const today = wallClock(now, timezone);
  const todayIso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  if (value < todayIso) throw new UserError('commit-error-date-past', { value });
  if (day.getTime() - now.getTime() > MAX_TARGET_DAYS * 86_400_000)
    throw new UserError('commit-error-date-too-far', { value });
  return value;
}

/** "30 Apr 2027" in the reader's language (a calendar day: no timezone moves it). */
export function formatDay(iso: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    // A formatter is slow to make and a burst of follow-ups formats thousands of days: one per language.
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The gathering a /commit is for: --gathering N, else the latest that ended in the window and the person answered. */
async function gatheringFor(ctx: Context, args: ParsedArgs, membershipId: string): Promise<Gathering> {
  const cohortId = ctx.cohort!.id;
  const flag = args.flags.get('gathering');
  const now = ctx.services.clock.now();
  if (flag !== undefined) {
    const number = parseIntInRange(String(flag), 1, 1_000_000, 'field-gathering-number');
    const g = await ctx.store.gatherings.byNumber(cohortId, number);
    if (!g) throw new UserError('gathering-error-unknown', { number });
    // It exists: "there is no gathering #2" would send the person looking for it.
    if (g.status === 'cancelled') throw new UserError('gathering-error-cancelled');
    return g;
  }
  const answered = new Set((await ctx.store.gatherings.rsvpsOfMember(membershipId)).map((r) => r.gatheringId));
  const recent = (
    await ctx.store.gatherings.inRange(cohortId, new Date(now.getTime() - COMMIT_WINDOW_MS - 14 * 86_400_000), now)
  )
    .filter((g) => g.status === 'scheduled' && answered.has(g.id) && g.startsAt <= now)
    .at(-1);
  if (!recent) throw new UserError('commit-error-no-gathering');
  return recent;
}

export async function commit(ctx: Context, args: ParsedArgs): Promise<void> {
  // The router took --cohort out; --visibility and --gathering are flags too.
  const raw = (args.raw ?? '').replace(/(?:^|\s)(?:--|—)(?:visibility|gathering|by)(?:=|\s+)\S+/gu, '').trim();
  if (!raw) throw new UsageError('error-missing-argument', { argument: 'text' });
  const text = cleanUserText(raw, { maxLength: MAX_LENGTH, multiline: true, field: 'field-commitment' });
  const flag = args.flags.get('visibility');
  const visibility = (flag === undefined ? 'me' : String(flag).toLowerCase()) as CommitmentVisibility;
  if (!VISIBILITIES.includes(visibility))
    throw new UserError('commit-error-visibility', { value: String(flag).slice(0, 20) });
  const { cohort, membership } = ctx;
  if (!cohort || !membership || membership.status === 'left') throw new UserError('reflect-error-not-member');
  const by = args.flags.get('by');
  const zone = membership.timezone ?? ctx.account.timezone ?? cohort.timezone;
  const targetDate = by === undefined ? null : parseTargetDate(String(by), ctx.services.clock.now(), zone);
  const gathering = await gatheringFor(ctx, args, membership.id);
  const existing = await ctx.store.gatherings.commitmentsOf(gathering.id, membership.id);
  if (existing.length >= MAX_COMMITMENTS) throw new UserError('commit-error-too-many', { max: MAX_COMMITMENTS });
  await ctx.store.gatherings.addCommitment({
    gatheringId: gathering.id,
    membershipId: membership.id,
    text,
    visibility,
    targetDate,
  });
  await ctx.reply(
    [
      ctx.t('commit-saved', { title: gathering.title, visibility, left: MAX_COMMITMENTS - existing.length - 1 }),
      ...(targetDate ? [ctx.t('commit-saved-target', { date: formatDay(targetDate, ctx.locale) })] : []),
    ].join(' '),
  );
}

/** /commitments: mine, with how each is going. */
export async function listCommitments(ctx: Context): Promise<void> {
  const lines: string[] = [];
  for (const m of await ctx.store.memberships.forAccount(ctx.account.id)) {
    for (const c of await ctx.store.gatherings.commitmentsOfMember(m.id)) {
      const g = await ctx.store.gatherings.byId(c.gatheringId);
      lines.push(
        ctx.t('commitments-line', {
          cohort: m.cohort.name,
          title: g?.title ?? '?',
          status: ctx.t('commitment-status-word', { status: c.status }),
          text: c.text,
        }) + targetSuffix(ctx, c.targetDate),
      );
    }
  }
  await ctx.reply(lines.length === 0 ? ctx.t('commitments-none') : [ctx.t('commitments-title'), ...lines].join('\n'));
}

/** " (by 30 Apr 2027)" after a commitment with a target date. */
export function targetSuffix(ctx: Pick<Context, 't' | 'locale'>, targetDate: string | null): string {
  return targetDate ? ` ${ctx.t('commitment-target', { date: formatDay(targetDate, ctx.locale) })}` : '';
}

/** A follow-up answer: done, partly, not yet, let it go. Only the person's own, once per question. */
export async function answerCommitment(ctx: Context, token: ActionToken, choice?: string): Promise<string | undefined> {
  if (!ANSWERS.includes(choice as CommitmentStatus)) return ctx.t('action-stale');
  const commitment = await ctx.store.gatherings.commitmentById(String(token.payload.commitmentId));
  if (!commitment) return ctx.t('action-stale');
  const memberships = await ctx.store.memberships.forAccount(ctx.account.id);
  if (!memberships.some((m) => m.id === commitment.membershipId)) return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  await ctx.store.gatherings.setCommitmentStatus(commitment.id, choice as CommitmentStatus);
  const cohort = memberships.find((m) => m.id === commitment.membershipId)?.cohort;
  // How it went is something others may learn from (the network feature offers it to the author).
  if (cohort) {
    await ctx.job.publish({
      type: 'learning.written',
      cohort,
      membershipId: commitment.membershipId,
      kind: 'commitment',
      id: commitment.id,
      text: commitment.text,
    });
  }
  const helper = choice === 'not-yet' ? await helperFor(ctx, commitment) : null;
  // The answer is the message below: no "Done." toast (it would read as the
  // answer "done" to someone who pressed "Not yet" or "Let it go").
  if (!helper) {
    await ctx.say(`commitment-answer-${choice}`, { text: commitment.text });
    return undefined;
  }
  // Stuck: one press asks for help, with the text (sharing it is the person's choice, made by pressing).
  const name = helper.member.account.displayName;
  await ctx.reply({
    html: ctx.t(helper.kind === 'mentor' ? 'commitment-answer-not-yet-mentor' : 'commitment-answer-not-yet-peer', {
      mentor: name,
      peer: name,
      topic: helper.topic ?? '',
    }),
    buttons: [
      [
        await ctx.button(
          HELP_ACTION,
          helper.kind === 'mentor'
            ? ctx.t('button-commitment-ask-mentor')
            : ctx.t('button-commitment-ask-peer', { peer: name }),
          { payload: { commitmentId: commitment.id, helperId: helper.member.id }, ttlMs: 7 * 86_400_000 },
        ),
      ],
    ],
  });
  return undefined;
}

interface Helper {
  kind: 'mentor' | 'peer';
  member: MemberWithAccount;
  cohort: Cohort;
  /** The topic a peer shares with the commitment. */
  topic?: string;
}

/**
 * Who can help with a commitment someone is stuck on: their mentor (an
 * accepted mentorship), else an active peer of the cohort whose profile topic
 * appears in the commitment's words (or, failing that, one of the person's own
 * topics). Read from the store: no other feature is asked.
 */
async function helperFor(ctx: Context, commitment: Commitment): Promise<Helper | null> {
  const membership = (await ctx.store.memberships.forAccount(ctx.account.id)).find(
    (m) => m.id === commitment.membershipId,
  );
  if (!membership) return null;
  const members = await ctx.store.memberships.list(membership.cohortId, { status: ['active'] });
  const [mentorship] = (await ctx.store.mentorships.ofMember(membership.id, ['accepted'])).filter(
    (m) => m.menteeMembershipId === membership.id,
  );
  const mentor = mentorship && members.find((m) => m.id === mentorship.mentorMembershipId);
  if (mentor) return { kind: 'mentor', member: mentor, cohort: membership.cohort };
  const words = commitment.text.toLocaleLowerCase();
  const own = new Set(membership.topics.map((t) => t.toLocaleLowerCase()));
  const peers = members.filter((m) => m.id !== membership.id && !m.account.unreachableAt);
  for (const matches of [(topic: string) => words.includes(topic), (topic: string) => own.has(topic)]) {
    for (const peer of peers) {
      const topic = peer.topics.find((t) => t.length >= 3 && matches(t.toLocaleLowerCase()));
      if (topic) return { kind: 'peer', member: peer, cohort: membership.cohort, topic };
    }
  }
  return null;
}

/** "Ask for help": the mentor or peer hears what the person is stuck on, in private. */
export async function askForHelp(ctx: Context, token: ActionToken): Promise<string | undefined> {
  const commitment = await ctx.store.gatherings.commitmentById(String(token.payload.commitmentId));
  if (!commitment) return ctx.t('action-stale');
  const helper = await helperFor(ctx, commitment);
  // The helper offered is still the one found (a mentorship that ended, a peer who left: stale).
  if (!helper || helper.member.id !== token.payload.helperId) return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const { member, cohort } = helper;
  const told = await ctx.job.tell(
    cohort,
    member,
    `gathering-help-${commitment.id}-${member.id}`,
    async (to) => ({
      html: to.t(helper.kind === 'mentor' ? 'commitment-help-to-mentor' : 'commitment-help-to-peer', {
        mentee: ctx.account.displayName,
        text: commitment.text,
        cohort: cohort.name,
        topic: helper.topic ?? '',
      }),
    }),
    // The words were shared with the mentor or peer, not with the group.
    { inGroup: false },
  );
  await ctx.say(told ? 'commitment-help-sent' : 'commitment-help-unreachable', { mentor: member.account.displayName });
  return ctx.t('done');
}
