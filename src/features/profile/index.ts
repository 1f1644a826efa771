// /profile: see and set one's profile for a cohort (in the group) or for all
// one's cohorts at once (in private, or one of them with --cohort).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { findMember } from '../../core/lookup.ts';
import { allows } from '../../core/permissions.ts';
import { type DataKind, maySee, type Relation } from '../../core/privacy.ts';
import { byCohortFlag } from '../../core/private-cohort.ts';
import { refuseInGroup, replyPrivately } from '../../core/private-reply.ts';
import { dropFirstWord } from '../../core/router.ts';
import type { Cohort, Membership } from '../../core/store.ts';
import { formatDateTime } from '../../core/validate.ts';
import { fieldLabel, languagesLabel, roleLabel, stageLabel, statusLabel, yesNoLabel } from '../shared/labels.ts';
import { setPersonTimezone } from '../shared/timezone.ts';
import { fieldSpec } from './fields.ts';

type Target = Membership & { cohort: Cohort };

/** The memberships a profile command applies to. */
async function targets(ctx: Context, args: ParsedArgs): Promise<Target[]> {
  if (ctx.isGroup) {
    if (!ctx.cohort) throw new UserError('error-no-cohort-here');
    if (!ctx.membership || ctx.membership.status === 'left') throw new UserError('error-not-member');
    return [{ ...ctx.membership, cohort: ctx.cohort }];
  }
  const all = (await ctx.store.memberships.forAccount(ctx.account.id)).filter(
    (m) => m.status !== 'left' && m.cohort.status !== 'archived',
  );
  if (all.length === 0) throw new UserError('profile-no-cohorts');
  return byCohortFlag(args, all);
}

/**
 * A profile as its reader may see it (core/privacy.ts): matching preferences
 * to the person only, "about" also to coordinators in private, and in a group
 * only the fields used for matching.
 */
function renderProfile(ctx: Context, name: string, m: Target, relation: Relation, timezone: string | null): string {
  const none = ctx.t('value-none');
  const reader = ctx.readerAs(relation);
  return [
    ctx.t('profile-title', {
      name,
      cohort: m.cohort.name,
      role: roleLabel(ctx, m.role),
      status: statusLabel(ctx, m.status),
    }),
    ctx.t('profile-languages', { value: languagesLabel(ctx, m.languages) }),
    ctx.t('profile-region', { value: m.region ?? none }),
    ctx.t('profile-topics', { value: m.topics.join(', ') || none }),
    // The person's one timezone (shared/timezone.ts), the same in every cohort.
    ctx.t('profile-timezone', { value: timezone ?? m.timezone ?? none }),
    ctx.t('profile-capacity', { value: m.mentoringCapacity }),
    ctx.t('profile-wants-mentor', { value: yesNoLabel(ctx, m.wantsMentor) }),
    ctx.t('profile-stage', { value: m.stage ? stageLabel(ctx, m.stage) : none }),
    ...(maySee('preferences', reader)
      ? [ctx.t('profile-preferences', { value: m.preferences.join(', ') || none })]
      : []),
    ...(maySee('about', reader) ? [ctx.t('profile-about', { value: m.about ?? none })] : []),
    ...(reader.kind === 'group' && relation === 'self' ? [ctx.t('profile-private-hint')] : []),
  ].join('\n');
}

async function show(ctx: Context, args: ParsedArgs): Promise<void> {
  const [who, ...extra] = args.positional;
  if (extra.length > 0) throw new UsageError('error-unexpected-words', { words: extra.join(' ') });
  if (who) {
    // A coordinator's look at someone's profile (the router found the cohort in private).
    const cohort = ctx.cohort;
    if (!cohort) throw new UserError('error-no-cohort-here');
    if (!allows(await ctx.role(), 'coordinator')) throw new UserError('error-needs-role', { role: 'coordinator' });
    const member = await findMember(ctx, who);
    const relation = member.accountId === ctx.account.id ? 'self' : 'coordinator';
    await replyPrivately(ctx, () =>
      renderProfile(ctx, member.account.displayName, { ...member, cohort }, relation, member.account.timezone),
    );
    return;
  }
  const list = await targets(ctx, args);
  await ctx.reply(
    list.map((m) => renderProfile(ctx, ctx.account.displayName, m, 'self', ctx.account.timezone)).join('\n\n'),
  );
}

/**
 * The value of `/profile set field value`: free text as typed after the field
 * word (quotes and line breaks kept), other fields as words. With --cohort in
 * the line, free text too is read as words, so the option is not stored.
 */
function valueText(args: ParsedArgs, words: string[], freeText = false): string {
  // The router took --cohort out of args.raw already.
  if (freeText && args.raw !== undefined) return dropFirstWord(args.raw);
  return words.join(' ');
}

/** Which kind of data (core/privacy.ts) a profile field is. */
const FIELD_KINDS: Record<string, DataKind> = { about: 'about', preferences: 'preferences' };

async function change(ctx: Context, args: ParsedArgs, clear: boolean): Promise<void> {
  const [fieldWord, ...valueWords] = args.positional;
  const { name, spec } = fieldSpec(fieldWord);
  // A private field typed in a group: out of the group, and on in private (nothing of it is kept).
  if (!clear && !maySee(FIELD_KINDS[name] ?? 'profile', ctx.readerAs('self'))) {
    await refuseInGroup(ctx, '/profile', () => ctx.t('cmd-profile-set-usage'));
    return;
  }
  if (clear && valueWords.length > 0) throw new UsageError('error-unexpected-words', { words: valueWords.join(' ') });
  if (!clear && valueWords.length === 0) throw new UsageError('error-missing-argument', { argument: 'value' });
  // Parse before touching anything, so a bad value stores nothing.
  const patch = clear ? spec.clear : spec.parse(valueText(args, valueWords, spec.freeText));
  if (name === 'timezone') {
    // One timezone per person, whichever cohort or command sets it: the same as /timezone.
    await setPersonTimezone(ctx, patch.timezone ?? null);
    const zone = ctx.timezone;
    const said = ctx.t(clear ? 'timezone-cleared' : 'timezone-set', {
      timezone: zone,
      now: formatDateTime(ctx.services.clock.now(), ctx.locale, zone),
    });
    // --cohort names one cohort, but the zone is the person's: said, not silently widened.
    await ctx.reply(args.flags.has('cohort') ? `${said}\n${ctx.t('timezone-every-cohort')}` : said);
    return;
  }
  const list = await targets(ctx, args);
  await ctx.store.transaction(async (tx) => {
    for (const m of list) await tx.memberships.update(m.id, patch);
  });
  await ctx.say(clear ? 'profile-cleared' : 'profile-updated', {
    field: fieldLabel(ctx, name),
    cohorts: list.map((m) => m.cohort.name).join(', '),
  });
}

export const profileFeature: Feature = {
  name: 'profile',
  commands: [
    {
      name: 'profile',
      where: 'any',
      access: 'anyone',
      defaultSubcommand: 'show',
      subcommands: {
        show: {
          flags: { cohort: 'value' },
          // /profile @user in private: a coordinator's look, in one of the cohorts they coordinate.
          privateCohort: { access: 'coordinator', when: (args) => args.positional.length > 0 },
          run: show,
        },
        set: { flags: { cohort: 'value' }, run: (ctx, args) => change(ctx, args, false) },
        clear: { flags: { cohort: 'value' }, run: (ctx, args) => change(ctx, args, true) },
      },
    },
  ],
};
