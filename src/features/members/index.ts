// Membership: /join, /leave, /members and /role, and the platform's join and
// leave events.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { accountInput } from '../../core/people.ts';
import { ROLES } from '../../core/permissions.ts';
import type { Role } from '../../core/store.ts';
import { roleLabel, statusLabel } from '../shared/labels.ts';
import { findMember, joinCohort, leaveCohort } from './membership.ts';
import { MEMBER_RESUME_JOB, pause, resume, resumeJob } from './pause.ts';

async function join(ctx: Context, args: ParsedArgs): Promise<void> {
  if (!ctx.isGroup) {
    await ctx.say('join-in-private');
    return;
  }
  expectNoWords(args);
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const result = await joinCohort(ctx, cohort, ctx.account);
  ctx.membership = result.membership;
  await ctx.say(result.kind === 'already' ? 'join-already' : 'join-welcome', {
    name: cohort.name,
    person: ctx.account.displayName,
  });
}

async function leave(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const membership = ctx.membership;
  if (!membership || membership.status === 'left') throw new UserError('leave-not-member', { name: cohort.name });
  ctx.membership = await leaveCohort(ctx.services, cohort, membership);
  await ctx.say('leave-done', { name: cohort.name });
}

async function members(ctx: Context, args: ParsedArgs): Promise<void> {
  expectNoWords(args);
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const statuses = args.flags.has('all') ? undefined : { status: ['active' as const, 'paused' as const] };
  const list = await ctx.store.memberships.list(cohort.id, statuses);
  if (list.length === 0) {
    await ctx.say('members-none', { name: cohort.name });
    return;
  }
  const lines = list.map((m) =>
    ctx.t('members-line', {
      name: m.account.displayName,
      // 'none' picks the Fluent variant without a username; real ones start with '@'.
      username: m.account.username ? `@${m.account.username}` : 'none',
      role: roleLabel(ctx, m.role),
      status: statusLabel(ctx, m.status),
    }),
  );
  await ctx.reply([ctx.t('members-title', { name: cohort.name, count: list.length }), ...lines].join('\n'));
}

async function setRole(ctx: Context, args: ParsedArgs): Promise<void> {
  const [who, roleWord, ...extra] = args.positional;
  if (!who || !roleWord) throw new UsageError('error-missing-argument', { argument: who ? 'role' : 'person' });
  if (extra.length > 0) throw new UsageError('error-unexpected-words', { words: extra.join(' ') });
  const role = roleWord.toLowerCase() as Role;
  if (!ROLES.includes(role)) throw new UsageError('error-bad-role', { value: roleWord.slice(0, 20) });
  const target = await findMember(ctx, who);
  const changed = target.role !== role;
  if (changed) {
    await ctx.store.memberships.update(target.id, { role });
    await ctx.audit('member.role', { membershipId: target.id, from: target.role, to: role });
  }
  let answer = ctx.t(changed ? 'role-set' : 'role-unchanged', {
    name: target.account.displayName,
    role: roleLabel(ctx, role),
  });
  // Platform admins are coordinators whatever their stored role: say so rather than mislead.
  if (role !== 'coordinator' && (await ctx.adapter.chatAdmins(ctx.chat)).includes(target.account.platformUserId)) {
    answer += `\n${ctx.t('role-admin-note', { name: target.account.displayName })}`;
  }
  await ctx.reply(answer);
}

export const membersFeature: Feature = {
  name: 'members',
  commands: [
    { name: 'join', where: 'any', access: 'anyone', run: join },
    { name: 'leave', where: 'group', access: 'anyone', run: leave },
    { name: 'members', where: 'group', access: 'coordinator', flags: { all: 'boolean' }, run: members },
    { name: 'role', where: 'group', access: 'coordinator', run: setRole },
    // A break is one's own business: it may be taken in private too (for one cohort, chosen there).
    { name: 'pause', where: 'any', access: 'member', flags: { until: 'value' }, privateCohort: true, run: pause },
    { name: 'resume', where: 'any', access: 'member', privateCohort: true, run: resume },
  ],
  jobs: { [MEMBER_RESUME_JOB]: resumeJob },
  async onMember(ctx, event) {
    const cohort = ctx.cohort;
    if (event.isBot || !cohort || cohort.status === 'archived') return;
    const account = await ctx.store.accounts.upsert(accountInput(event.chat.platform, event.member));
    if (event.change === 'joined') {
      const result = await joinCohort(ctx, cohort, account);
      if (result.kind === 'already') return;
      const key = `welcome-${result.membership.id}-${event.id}`;
      const html = ctx.services.i18n.t(ctx.localeOf(account, cohort.locale), 'join-welcome-dm', { name: cohort.name });
      if (await ctx.dm(account, { html }, key)) return;
      // The platform does not let the bot write first (Telegram): welcome them in the group.
      await ctx.post(
        ctx.chat,
        { html: ctx.t('join-welcome', { name: cohort.name, person: account.displayName }) },
        key,
      );
    } else if (event.change === 'left') {
      const membership = await ctx.store.memberships.get(cohort.id, account.id);
      if (membership && membership.status !== 'left') await leaveCohort(ctx.services, cohort, membership);
    }
  },
};
