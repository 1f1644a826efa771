// Membership: /join (and join links), /leave, /members and /role, /pause and
// /resume, and the platform's join and leave events.

import { expectNoWords, type ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { Markup, type MessageArgs } from '../../core/i18n.ts';
import { choosePerson, findMember, PERSON_CHOICE_KIND, repliedMember } from '../../core/lookup.ts';
import { linkedName } from '../../core/mention.ts';
import { accountInput } from '../../core/people.ts';
import { coordinatorSource, ROLES } from '../../core/permissions.ts';
import { maySee } from '../../core/privacy.ts';
import type { MemberWithAccount, Role } from '../../core/store.ts';
import { eventKey } from '../shared/event-key.ts';
import { roleLabel } from '../shared/labels.ts';
import { joinCohort, leaveCohort, MEMBER_RESUME_JOB, membershipResumeJob } from '../shared/membership.ts';
import { pause, resume } from './pause.ts';
import { membersReport } from './report.ts';

async function join(ctx: Context, args: ParsedArgs): Promise<void> {
  if (!ctx.isGroup) {
    await ctx.say('join-in-private');
    return;
  }
  expectNoWords(args);
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const result = await joinCohort(ctx.job, cohort, ctx.account);
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
  ctx.membership = await leaveCohort(ctx.job, cohort, membership);
  await ctx.say('leave-done', { name: cohort.name });
}

/** /start <join code>: the cohort's join link (its card shows it). */
async function joinByLink(ctx: Context, payload: string): Promise<boolean> {
  const cohort = /^[A-Za-z0-9]{1,32}$/.test(payload) ? await ctx.store.cohorts.byJoinCode(payload) : null;
  if (!cohort || cohort.status === 'archived') return false;
  const result = await joinCohort(ctx.job, cohort, ctx.account);
  // Someone who opens a join link without a language of their own reads the cohort's.
  const locale = ctx.localeOf(ctx.account, cohort.locale);
  const id = result.kind === 'already' ? 'join-already' : 'start-joined';
  await ctx.reply(ctx.services.i18n.t(locale, id, { name: cohort.name }));
  return true;
}

/**
 * The member list in a language: a title, one line per member (a coordinator
 * says why: chat admin, granted with /role, or both) and the roles note.
 */
function memberLines(
  ctx: Context,
  locale: string,
  cohortName: string,
  count: number,
  shown: MemberWithAccount[],
  admins: ReadonlySet<string>,
): string[] {
  const t = (id: string, args?: MessageArgs) => ctx.services.i18n.t(locale, id, args);
  return [
    t('members-title', { name: cohortName, count }),
    ...shown.map((m) => {
      const source = coordinatorSource(m, admins.has(m.account.platformUserId));
      return t('members-line', {
        // A link that opens the person (a Matrix pill, a tg://user link): no raw ids.
        name: linkedName(m.account),
        // 'none' picks the Fluent variant without a username; real ones start with '@'.
        username: m.account.username && m.account.platform !== 'matrix' ? `@${m.account.username}` : 'none',
        role: new Markup(source ? t('members-coordinator', { source }) : t('role-name', { role: m.role })),
        status: new Markup(t('status-name', { status: m.status })),
      });
    }),
  ];
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
  const admins = new Set(await ctx.adapter.chatAdmins(ctx.chat));
  // Who is on a break or left singles them out (docs/privacy.md, participation):
  // a group that does not name people gets counts; the coordinator gets the names in private.
  const reader = ctx.isGroup
    ? ({ kind: 'group', namesInGroup: cohort.namesInGroup } as const)
    : ({ kind: 'private', relation: 'coordinator' } as const);
  const hidden = maySee('participation', reader) ? [] : list.filter((m) => m.status !== 'active');
  if (hidden.length === 0) {
    await ctx.reply(
      [...memberLines(ctx, ctx.locale, cohort.name, list.length, list, admins), '', ctx.t('members-roles-note')].join(
        '\n',
      ),
    );
    return;
  }
  const shown = list.filter((m) => m.status === 'active');
  const lines = memberLines(ctx, ctx.locale, cohort.name, list.length, shown, admins);
  const count = (status: string) => hidden.filter((m) => m.status === status).length;
  if (count('paused') > 0) lines.push(ctx.t('members-on-break-count', { count: count('paused') }));
  if (count('left') > 0) lines.push(ctx.t('members-left-count', { count: count('left') }));
  const full = memberLines(ctx, ctx.localeOf(ctx.account, cohort.locale), cohort.name, list.length, list, admins);
  const sent = await ctx.dm(ctx.account, { html: full.join('\n') }, `members-${cohort.id}-${eventKey(ctx.event.id)}`);
  lines.push(ctx.t(sent ? 'members-names-sent-privately' : 'members-names-not-in-group'));
  await ctx.reply(lines.join('\n'));
}

async function setRole(ctx: Context, args: ParsedArgs): Promise<void> {
  // As a reply to someone's message, "/role coordinator" names them (people without a @username).
  const replied = args.positional.length === 1 ? await repliedMember(ctx) : null;
  const [who, roleWord, ...extra] = replied ? [replied.account.platformUserId, ...args.positional] : args.positional;
  if (!who || !roleWord) throw new UsageError('error-missing-argument', { argument: who ? 'role' : 'person' });
  if (extra.length > 0) throw new UsageError('error-unexpected-words', { words: extra.join(' ') });
  const role = roleWord.toLowerCase() as Role;
  if (!ROLES.includes(role)) throw new UsageError('error-bad-role', { value: roleWord.slice(0, 20) });
  const target = replied ?? (await findMember(ctx, who));
  const changed = target.role !== role;
  if (changed) {
    await ctx.store.memberships.update(target.id, { role });
    await ctx.audit('member.role', { membershipId: target.id, from: target.role, to: role });
  }
  let answer = ctx.t(changed ? 'role-set' : 'role-unchanged', {
    name: target.account.displayName,
    role: roleLabel(ctx, role),
  });
  // Admins of the chat are coordinators whatever their stored role, for as long as they are
  // admins (docs/privacy.md, "Roles"): say so rather than mislead.
  if ((await ctx.adapter.chatAdmins(ctx.chat)).includes(target.account.platformUserId)) {
    const note = role === 'coordinator' ? 'role-admin-granted-note' : 'role-admin-note';
    answer += `\n${ctx.t(note, { name: target.account.displayName })}`;
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
  jobs: { [MEMBER_RESUME_JOB]: membershipResumeJob },
  // "Which of these people?" (core/lookup.ts), for every command that names someone.
  actions: { [PERSON_CHOICE_KIND]: choosePerson },
  report: membersReport,
  onStartPayload: joinByLink,
  async onMember(ctx, event) {
    const cohort = ctx.cohort;
    if (event.isBot || !cohort || cohort.status === 'archived') return;
    const account = await ctx.store.accounts.upsert({
      ...accountInput(event.chat.platform, event.member),
      createdAt: ctx.services.clock.now(),
    });
    if (event.change === 'joined') {
      const result = await joinCohort(ctx.job, cohort, account);
      if (result.kind === 'already') return;
      const key = `welcome-${result.membership.id}-${eventKey(event.id)}`;
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
      if (membership && membership.status !== 'left') await leaveCohort(ctx.job, cohort, membership);
    }
  },
};
