// Reflections: a few lines on what someone learned, with who may read them.
// In a group the text is already public, so it defaults to the cohort; in
// private it defaults to "only me". Shared ones appear in check-in digests.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { cohortChatAdmins, isCoordinator } from '../../core/permissions.ts';
import type { Membership, ReflectionVisibility } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';

const VISIBILITIES: readonly ReflectionVisibility[] = ['me', 'mentor', 'coordinators', 'cohort'];
const MAX_LENGTH = 4000;
const LIST_LIMIT = 20;
/** How far back /reflections shared looks. */
const SHARED_DAYS = 90;

/** The membership a reflection belongs to: this group's cohort, or in private the latest active one. */
async function membershipFor(ctx: Context): Promise<Membership> {
  if (ctx.isGroup) {
    if (ctx.membership?.status !== 'active') throw new UserError('reflect-error-not-member');
    return ctx.membership;
  }
  const active = (await ctx.store.memberships.forAccount(ctx.account.id)).filter((m) => m.status === 'active');
  const latest = active.sort((a, b) => b.joinedAt.getTime() - a.joinedAt.getTime())[0];
  if (!latest) throw new UserError('reflect-error-not-member');
  return latest;
}

async function reflect(ctx: Context, args: ParsedArgs): Promise<void> {
  const raw = (args.raw ?? '').replace(/(?:^|\s)--visibility(?:=|\s+)\S+/u, '').trim();
  if (!raw) throw new UsageError('error-missing-argument', { argument: 'text' });
  if (raw.length > MAX_LENGTH) throw new UserError('reflect-error-too-long', { max: MAX_LENGTH });
  const flag = args.flags.get('visibility');
  const visibility = (
    flag === undefined ? (ctx.isGroup ? 'cohort' : 'me') : String(flag).toLowerCase()
  ) as ReflectionVisibility;
  if (!VISIBILITIES.includes(visibility))
    throw new UserError('reflect-error-visibility', { value: String(flag).slice(0, 20) });
  const membership = await membershipFor(ctx);
  await ctx.store.reflections.create({
    membershipId: membership.id,
    cohortId: membership.cohortId,
    text: raw,
    visibility,
  });
  await ctx.say('reflect-saved', { visibility });
}

async function list(ctx: Context, args: ParsedArgs): Promise<void> {
  if (args.positional[0]?.toLowerCase() === 'shared') {
    expectNoWords({ ...args, positional: args.positional.slice(1) });
    await listShared(ctx);
    return;
  }
  expectNoWords(args);
  const memberships = await ctx.store.memberships.forAccount(ctx.account.id);
  const lines: string[] = [];
  for (const membership of memberships) {
    for (const r of await ctx.store.reflections.ofMember(membership.id, LIST_LIMIT)) {
      lines.push(
        ctx.t('reflections-line', {
          date: formatDateTime(r.createdAt, ctx.locale, ctx.timezone),
          cohort: membership.cohort.name,
          visibility: r.visibility,
          text: r.text,
        }),
      );
    }
  }
  await ctx.reply(lines.length === 0 ? ctx.t('reflections-none') : [ctx.t('reflections-title'), ...lines].join('\n'));
}

/**
 * What others let me read, per cohort I am in: the cohort's shared ones; as a
 * coordinator, those meant for coordinators; as a mentor, those my mentees
 * (an accepted mentorship) meant for their mentor. Never anyone's "only me".
 */
async function listShared(ctx: Context): Promise<void> {
  const since = new Date(ctx.services.clock.now().getTime() - SHARED_DAYS * 86_400_000);
  const lines: string[] = [];
  for (const membership of await ctx.store.memberships.forAccount(ctx.account.id)) {
    if (membership.status !== 'active' || membership.cohort.status === 'archived') continue;
    const mentees = new Set(
      (await ctx.store.mentorships.ofMember(membership.id, ['accepted']))
        .filter((m) => m.mentorMembershipId === membership.id)
        .map((m) => m.menteeMembershipId),
    );
    const visibilities: ReflectionVisibility[] = ['cohort'];
    // A coordinator by grant or as an admin of the cohort's chat right now.
    const admins = await cohortChatAdmins(ctx.services, membership.cohort);
    if (isCoordinator({ ...membership, account: ctx.account }, admins)) visibilities.push('coordinators');
    if (mentees.size > 0) visibilities.push('mentor');
    const readable = (await ctx.store.reflections.ofCohort(membership.cohortId, visibilities, since))
      .filter((r) => r.membershipId !== membership.id && (r.visibility !== 'mentor' || mentees.has(r.membershipId)))
      .slice(-LIST_LIMIT);
    if (readable.length === 0) continue;
    const names = new Map(
      (await ctx.store.memberships.list(membership.cohortId)).map((m) => [
        m.id,
        m.account.username ? `@${m.account.username}` : m.account.displayName,
      ]),
    );
    for (const r of readable) {
      lines.push(
        ctx.t('reflections-shared-line', {
          date: formatDateTime(r.createdAt, ctx.locale, ctx.timezone),
          cohort: membership.cohort.name,
          name: names.get(r.membershipId) ?? '?',
          visibility: r.visibility,
          text: r.text,
        }),
      );
    }
  }
  await ctx.reply(
    lines.length === 0 ? ctx.t('reflections-shared-none') : [ctx.t('reflections-shared-title'), ...lines].join('\n'),
  );
}

export const reflectionsFeature: Feature = {
  name: 'reflections',
  commands: [
    { name: 'reflect', where: 'any', access: 'anyone', flags: { visibility: 'value' }, run: reflect },
    // Private only: the list holds entries meant for no one else.
    { name: 'reflections', where: 'private', access: 'anyone', run: list },
  ],
};
