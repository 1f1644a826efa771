// /profile: see and set one's profile for a cohort (in the group) or for all
// one's cohorts at once (in private, or one of them with --cohort).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { findMember } from '../../core/lookup.ts';
import { allows } from '../../core/permissions.ts';
import { dropFirstWord } from '../../core/router.ts';
import type { Cohort, Membership } from '../../core/store.ts';
import { roleLabel, statusLabel, yesNoLabel } from '../shared/labels.ts';
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
  const pick = args.flags.get('cohort');
  if (pick === undefined) return all;
  if (pick === true) throw new UsageError('error-flag-needs-value', { flag: '--cohort' });
  const wanted = pick.trim().toLowerCase();
  const chosen = all.filter((m) => m.cohort.name.toLowerCase() === wanted || m.cohort.joinCode === pick.trim());
  if (chosen.length === 0) {
    throw new UserError('error-unknown-cohort', {
      value: pick.slice(0, 80),
      cohorts: all.map((m) => m.cohort.name).join(', '),
    });
  }
  return chosen;
}

function renderProfile(ctx: Context, name: string, m: Target, own: boolean): string {
  const none = ctx.t('value-none');
  return [
    ctx.t('profile-title', {
      name,
      cohort: m.cohort.name,
      role: roleLabel(ctx, m.role),
      status: statusLabel(ctx, m.status),
    }),
    ctx.t('profile-languages', { value: m.languages.join(', ') || none }),
    ctx.t('profile-region', { value: m.region ?? none }),
    ctx.t('profile-topics', { value: m.topics.join(', ') || none }),
    ctx.t('profile-timezone', { value: m.timezone ?? none }),
    ctx.t('profile-capacity', { value: m.mentoringCapacity }),
    ctx.t('profile-wants-mentor', { value: yesNoLabel(ctx, m.wantsMentor) }),
    ctx.t('profile-stage', { value: m.stage ?? none }),
    // Preferences are for matching only: a coordinator looking at someone's profile does not see them.
    ...(own ? [ctx.t('profile-preferences', { value: m.preferences.join(', ') || none })] : []),
    ctx.t('profile-about', { value: m.about ?? none }),
  ].join('\n');
}

async function show(ctx: Context, args: ParsedArgs): Promise<void> {
  const [who, ...extra] = args.positional;
  if (extra.length > 0) throw new UsageError('error-unexpected-words', { words: extra.join(' ') });
  if (who) {
    if (!ctx.isGroup) throw new UserError('profile-other-in-group');
    if (!allows(await ctx.role(), 'coordinator')) throw new UserError('error-needs-role', { role: 'coordinator' });
    const member = await findMember(ctx, who);
    await ctx.reply(
      renderProfile(
        ctx,
        member.account.displayName,
        { ...member, cohort: ctx.cohort! },
        member.accountId === ctx.account.id,
      ),
    );
    return;
  }
  const list = await targets(ctx, args);
  await ctx.reply(list.map((m) => renderProfile(ctx, ctx.account.displayName, m, true)).join('\n\n'));
}

/**
 * The value of `/profile set field value`: free text as typed after the field
 * word (quotes and line breaks kept), other fields as words. With --cohort in
 * the line, free text too is read as words, so the option is not stored.
 */
function valueText(args: ParsedArgs, words: string[], freeText = false): string {
  if (freeText && args.raw !== undefined && args.flags.size === 0) return dropFirstWord(args.raw);
  return words.join(' ');
}

async function change(ctx: Context, args: ParsedArgs, clear: boolean): Promise<void> {
  const [fieldWord, ...valueWords] = args.positional;
  const { name, spec } = fieldSpec(fieldWord);
  if (clear && valueWords.length > 0) throw new UsageError('error-unexpected-words', { words: valueWords.join(' ') });
  if (!clear && valueWords.length === 0) throw new UsageError('error-missing-argument', { argument: 'value' });
  // Parse before touching anything, so a bad value stores nothing.
  const patch = clear ? spec.clear : spec.parse(valueText(args, valueWords, spec.freeText));
  const list = await targets(ctx, args);
  await ctx.store.transaction(async (tx) => {
    for (const m of list) await tx.memberships.update(m.id, patch);
  });
  await ctx.say(clear ? 'profile-cleared' : 'profile-updated', {
    field: name,
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
        show: { flags: { cohort: 'value' }, run: show },
        set: { flags: { cohort: 'value' }, run: (ctx, args) => change(ctx, args, false) },
        clear: { flags: { cohort: 'value' }, run: (ctx, args) => change(ctx, args, true) },
      },
    },
  ],
};
