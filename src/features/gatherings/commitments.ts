// What people say they will try after a gathering (/commit, in private), and
// how it went (the follow-up buttons: done, partly, not yet, let it go).
// Texts are the person's own: "only me" unless they share them with their
// mentor or the coordinators (the reflections' model, core/privacy.ts).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { cleanUserText } from '../../core/markup.ts';
import type { ActionToken, CommitmentStatus, CommitmentVisibility, Gathering } from '../../core/store.ts';
import { parseIntInRange } from '../../core/validate.ts';

export const COMMIT_ACTION = 'gatherings.commitment';
export const HELP_ACTION = 'gatherings.help';
export const OPEN_STATUSES: readonly CommitmentStatus[] = ['open', 'partly', 'not-yet'];
const ANSWERS: readonly CommitmentStatus[] = ['done', 'partly', 'not-yet', 'let-go'];
const VISIBILITIES: readonly CommitmentVisibility[] = ['me', 'mentor', 'coordinators'];
export const MAX_COMMITMENTS = 3;
const MAX_LENGTH = 500;
/** How long after a gathering /commit still files under it. */
const COMMIT_WINDOW_MS = 30 * 86_400_000;

/** The gathering a /commit is for: --gathering N, else the latest that ended in the window and the person answered. */
async function gatheringFor(ctx: Context, args: ParsedArgs, membershipId: string): Promise<Gathering> {
  const cohortId = ctx.cohort!.id;
  const flag = args.flags.get('gathering');
  const now = ctx.services.clock.now();
  if (flag !== undefined) {
    const number = parseIntInRange(String(flag), 1, 1_000_000, 'field-gathering-number');
    const g = await ctx.store.gatherings.byNumber(cohortId, number);
    if (!g || g.status === 'cancelled') throw new UserError('gathering-error-unknown', { number });
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
  const raw = (args.raw ?? '').replace(/(?:^|\s)(?:--|—)(?:visibility|gathering)(?:=|\s+)\S+/gu, '').trim();
  if (!raw) throw new UsageError('error-missing-argument', { argument: 'text' });
  const text = cleanUserText(raw, { maxLength: MAX_LENGTH, multiline: true, field: 'field-commitment' });
  const flag = args.flags.get('visibility');
  const visibility = (flag === undefined ? 'me' : String(flag).toLowerCase()) as CommitmentVisibility;
  if (!VISIBILITIES.includes(visibility))
    throw new UserError('commit-error-visibility', { value: String(flag).slice(0, 20) });
  const { cohort, membership } = ctx;
  if (!cohort || !membership || membership.status === 'left') throw new UserError('reflect-error-not-member');
  const gathering = await gatheringFor(ctx, args, membership.id);
  const existing = await ctx.store.gatherings.commitmentsOf(gathering.id, membership.id);
  if (existing.length >= MAX_COMMITMENTS) throw new UserError('commit-error-too-many', { max: MAX_COMMITMENTS });
  await ctx.store.gatherings.addCommitment({
    gatheringId: gathering.id,
    membershipId: membership.id,
    text,
    visibility,
  });
  await ctx.say('commit-saved', {
    title: gathering.title,
    visibility,
    left: MAX_COMMITMENTS - existing.length - 1,
  });
}

/** /commitments: mine, with how each is going. */
export async function listCommitments(ctx: Context): Promise<void> {
  const lines: string[] = [];
  for (const m of await ctx.store.memberships.forAccount(ctx.account.id)) {
    for (const c of await ctx.store.gatherings.commitmentsOfMember(m.id)) {
      const g = await ctx.store.gatherings.byId(c.gatheringId);
      lines.push(
        ctx.t('commitments-line', { cohort: m.cohort.name, title: g?.title ?? '?', status: c.status, text: c.text }),
      );
    }
  }
  await ctx.reply(lines.length === 0 ? ctx.t('commitments-none') : [ctx.t('commitments-title'), ...lines].join('\n'));
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
  const found = choice === 'not-yet' ? await mentorOf(ctx, commitment.membershipId) : null;
  if (!found) {
    await ctx.say(`commitment-answer-${choice}`, { text: commitment.text });
    return ctx.t('done');
  }
  // Stuck: one press tells their mentor, with the text (sharing it is the person's choice, made by pressing).
  await ctx.reply({
    html: ctx.t('commitment-answer-not-yet-mentor', { mentor: found.mentor.account.displayName }),
    buttons: [
      [
        await ctx.button(HELP_ACTION, ctx.t('button-commitment-ask-mentor'), {
          payload: { commitmentId: commitment.id },
          ttlMs: 7 * 86_400_000,
        }),
      ],
    ],
  });
  return ctx.t('done');
}

/** The person's mentor in the commitment's cohort (an accepted mentorship), if any. */
async function mentorOf(ctx: Context, membershipId: string) {
  const membership = (await ctx.store.memberships.forAccount(ctx.account.id)).find((m) => m.id === membershipId);
  if (!membership) return null;
  const [mentorship] = (await ctx.store.mentorships.ofMember(membershipId, ['accepted'])).filter(
    (m) => m.menteeMembershipId === membershipId,
  );
  if (!mentorship) return null;
  const members = await ctx.store.memberships.list(membership.cohortId, { status: ['active'] });
  const mentor = members.find((m) => m.id === mentorship.mentorMembershipId);
  return mentor ? { mentor, cohort: membership.cohort } : null;
}

/** "Ask my mentor for help": the mentor hears what the person is stuck on, in private. */
export async function askMentorForHelp(ctx: Context, token: ActionToken): Promise<string | undefined> {
  const commitment = await ctx.store.gatherings.commitmentById(String(token.payload.commitmentId));
  if (!commitment) return ctx.t('action-stale');
  const found = await mentorOf(ctx, commitment.membershipId);
  if (!found) return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now()))) return ctx.t('action-stale');
  const { mentor, cohort } = found;
  const told = await ctx.job.tell(
    cohort,
    mentor,
    `gathering-help-${commitment.id}-${mentor.id}`,
    async (to) => ({
      html: to.t('commitment-help-to-mentor', {
        mentee: ctx.account.displayName,
        text: commitment.text,
        cohort: cohort.name,
      }),
    }),
    // The words were shared with the mentor, not with the group.
    { inGroup: false },
  );
  await ctx.say(told ? 'commitment-help-sent' : 'commitment-help-unreachable', { mentor: mentor.account.displayName });
  return ctx.t('done');
}
