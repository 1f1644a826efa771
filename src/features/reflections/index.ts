// Reflections: a few lines on what someone learned, with who may read them.
// They are written in private only (typed in a group, the command is taken
// out of it: core/private-reply.ts), default to "only me", and belong to one
// cohort: --cohort "Name", or the router asks which (core/private-cohort.ts).
// Shared ones appear in check-in digests.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { cohortChatAdmins, isCoordinator } from '../../core/permissions.ts';
import { maySee, type Relation } from '../../core/privacy.ts';
import { byCohortFlag } from '../../core/private-cohort.ts';
import type { Cohort, Membership, ReflectionVisibility } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { visibilityLabel } from '../shared/labels.ts';

const VISIBILITIES: readonly ReflectionVisibility[] = ['me', 'mentor', 'coordinators', 'cohort'];
const MAX_LENGTH = 4000;
const LIST_LIMIT = 20;
/** How far back /reflections shared looks. */
const SHARED_DAYS = 90;

async function reflect(ctx: Context, args: ParsedArgs): Promise<void> {
  // The router took --cohort out of the text; --visibility goes here.
  const raw = (args.raw ?? '').replace(/(?:^|\s)(?:--|—)visibility(?:=|\s+)\S+/u, '').trim();
  if (!raw) throw new UsageError('error-missing-argument', { argument: 'text' });
  if (raw.length > MAX_LENGTH) throw new UserError('reflect-error-too-long', { max: MAX_LENGTH });
  const flag = args.flags.get('visibility');
  const visibility = (flag === undefined ? 'me' : String(flag).toLowerCase()) as ReflectionVisibility;
  if (!VISIBILITIES.includes(visibility))
    throw new UserError('reflect-error-visibility', { value: String(flag).slice(0, 20) });
  // The cohort the router settled (the only one, the one named, or the one pressed).
  const { cohort, membership } = ctx;
  if (!cohort || !membership || membership.status === 'left') throw new UserError('reflect-error-not-member');
  const reflection = await ctx.store.reflections.create({
    membershipId: membership.id,
    cohortId: cohort.id,
    text: raw,
    visibility,
    createdAt: ctx.services.clock.now(),
  });
  await ctx.say('reflect-saved', { visibility, cohort: cohort.name });
  await ctx.job.publish({
    type: 'learning.written',
    cohort,
    membershipId: membership.id,
    kind: 'reflection',
    id: reflection.id,
    text: raw,
  });
}

/** The caller's memberships, or with --cohort "Name" the one of that cohort. */
/** The reader's timezone; for someone who never gave one, the cohort's rather than UTC (issue #12 item 5). */
function zoneFor(ctx: Context, cohort: { timezone: string }): string {
  return ctx.account.timezone ?? cohort.timezone;
}

async function membershipsOf(ctx: Context, args: ParsedArgs) {
  return byCohortFlag(args, await ctx.store.memberships.forAccount(ctx.account.id));
}

async function list(ctx: Context, args: ParsedArgs): Promise<void> {
  if (args.positional[0]?.toLowerCase() === 'shared') {
    expectNoWords({ ...args, positional: args.positional.slice(1) });
    await listShared(ctx, await membershipsOf(ctx, args));
    return;
  }
  expectNoWords(args);
  const memberships = await membershipsOf(ctx, args);
  const lines: string[] = [];
  for (const membership of memberships) {
    for (const r of await ctx.store.reflections.ofMember(membership.id, LIST_LIMIT)) {
      lines.push(
        ctx.t('reflections-line', {
          date: formatDateTime(r.createdAt, ctx.locale, zoneFor(ctx, membership.cohort)),
          cohort: membership.cohort.name,
          visibility: visibilityLabel(ctx, r.visibility),
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
async function listShared(ctx: Context, memberships: Array<Membership & { cohort: Cohort }>): Promise<void> {
  const since = new Date(ctx.services.clock.now().getTime() - SHARED_DAYS * 86_400_000);
  const lines: string[] = [];
  for (const membership of memberships) {
    if (membership.status !== 'active' || membership.cohort.status === 'archived') continue;
    const mentees = new Set(
      (await ctx.store.mentorships.ofMember(membership.id, ['accepted']))
        .filter((m) => m.mentorMembershipId === membership.id)
        .map((m) => m.menteeMembershipId),
    );
    // A coordinator by grant or as an admin of the cohort's chat right now.
    const admins = await cohortChatAdmins(ctx.services, membership.cohort);
    const coordinates = isCoordinator({ ...membership, account: ctx.account }, admins);
    // How the reader relates to each author decides (core/privacy.ts): their mentor, a coordinator, a member.
    const relationsTo = (author: string): Relation[] => [
      'member',
      ...(coordinates ? (['coordinator'] as const) : []),
      ...(mentees.has(author) ? (['mentor'] as const) : []),
    ];
    const readable = (await ctx.store.reflections.ofCohort(membership.cohortId, VISIBILITIES.slice(1), since))
      .filter(
        (r) =>
          r.membershipId !== membership.id &&
          relationsTo(r.membershipId).some((relation) =>
            maySee(`reflection-${r.visibility}`, { kind: 'private', relation }),
          ),
      )
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
          date: formatDateTime(r.createdAt, ctx.locale, zoneFor(ctx, membership.cohort)),
          cohort: membership.cohort.name,
          name: names.get(r.membershipId) ?? '?',
          visibility: visibilityLabel(ctx, r.visibility),
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
    {
      name: 'reflect',
      where: 'private',
      // Anyone may ask (and read /help about it); it is filed in one of their cohorts.
      access: 'anyone',
      flags: { visibility: 'value' },
      privateCohort: { access: 'member' },
      run: reflect,
    },
    // Private only: the list holds entries meant for no one else.
    { name: 'reflections', where: 'private', access: 'anyone', flags: { cohort: 'value' }, run: list },
  ],
};
