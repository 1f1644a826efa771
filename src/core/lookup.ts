// Finding a person named in a command: "@username", the platform's user id
// (Matrix ids start with "@" too and contain ":"), or, for people without a
// @username, their display name ("@Ivan", "@\"Ivan Petrov\"") among the members
// of the caller's cohorts. Several people of that name: a picker (one button
// each) runs the command again with the chosen one. A command sent as a reply
// to someone's message may leave that person out (core/types.ts replyToSender).

import { splitCommandLine } from './commands/tokenize.ts';
import type { Context } from './context.ts';
import { AlreadyAnswered, UserError } from './errors.ts';
import type { ActionHandler } from './feature.ts';
import { escapeHtml } from './markup.ts';
import { accountInput } from './people.ts';
import type { Account, MemberWithAccount } from './store.ts';

export const PERSON_CHOICE_KIND = 'core.person-choice';
const CHOICE_TTL_MS = 10 * 60_000;
/** More people of one name than this are not offered as buttons. */
const MAX_BUTTONS = 8;

/** Anyone the bot has seen on this chat's platform. */
export async function findAccount(ctx: Context, word: string): Promise<Account> {
  const who = word.trim();
  const bare = who.replace(/^@/, '');
  const { accounts } = ctx.store;
  const account =
    (await accounts.byPlatformId(ctx.chat.platform, who)) ??
    (await accounts.byPlatformId(ctx.chat.platform, bare)) ??
    (await accounts.byUsername(ctx.chat.platform, bare)) ??
    (await byDisplayName(ctx, who, bare));
  if (!account) throw new UserError('error-unknown-person', { who: who.slice(0, 64) });
  return account;
}

/** A member (active or paused) of the current cohort, named as for findAccount. */
export async function findMember(ctx: Context, word: string): Promise<MemberWithAccount> {
  const cohort = ctx.cohort;
  if (!cohort) throw new UserError('error-no-cohort-here');
  const account = await findAccount(ctx, word);
  const membership = await ctx.store.memberships.get(cohort.id, account.id);
  if (!membership || membership.status === 'left') {
    throw new UserError('error-not-in-cohort', { name: account.displayName });
  }
  return { ...membership, account };
}

/**
 * The person whose message this command answers (a reply to them), when the
 * platform says who wrote it; null otherwise. Lets a coordinator name someone
 * without a @username by replying to one of their messages.
 */
export async function repliedPerson(ctx: Context): Promise<Account | null> {
  const event = ctx.event;
  if (event.kind !== 'message' || !event.replyToSender) return null;
  if (event.replyToSender.userId === event.sender.userId) return null;
  return ctx.store.accounts.upsert({
    ...accountInput(ctx.chat.platform, event.replyToSender),
    createdAt: ctx.services.clock.now(),
  });
}

/** The member a reply names, as for findMember. */
export async function repliedMember(ctx: Context): Promise<MemberWithAccount | null> {
  const account = await repliedPerson(ctx);
  if (!account) return null;
  return findMember(ctx, account.platformUserId);
}

/**
 * Members of the caller's cohorts (the current one in a group) whose display
 * name is the word, or starts with it: one is the answer; several are offered
 * as buttons and the command waits for the press.
 */
async function byDisplayName(ctx: Context, typed: string, name: string): Promise<Account | null> {
  const wanted = name.normalize('NFC').trim().toLocaleLowerCase();
  if (wanted.length < 2) return null;
  const people = new Map<string, Account>();
  const cohortIds = ctx.cohort
    ? [ctx.cohort.id]
    : (await ctx.store.memberships.forAccount(ctx.account.id))
        .filter((m) => m.status !== 'left')
        .map((m) => m.cohortId);
  for (const cohortId of cohortIds) {
    for (const m of await ctx.store.memberships.list(cohortId, { status: ['active', 'paused'] })) {
      if (m.account.platform === ctx.chat.platform) people.set(m.account.id, m.account);
    }
  }
  const all = [...people.values()];
  const named = (test: (display: string) => boolean) =>
    all.filter((a) => test(a.displayName.normalize('NFC').toLocaleLowerCase()));
  const exact = named((d) => d === wanted);
  const found = exact.length > 0 ? exact : named((d) => d.startsWith(wanted) || d.split(/\s+/).includes(wanted));
  if (found.length === 0) return null;
  if (found.length === 1) return found[0]!;
  await offerPicker(ctx, typed, found);
  throw new AlreadyAnswered();
}

async function offerPicker(ctx: Context, typed: string, found: Account[]): Promise<void> {
  const event = ctx.event;
  const line = event.kind === 'message' ? splitCommandLine(event.text) : null;
  if (!line || found.length > MAX_BUTTONS) throw new UserError('error-unknown-person', { who: typed.slice(0, 64) });
  const buttons = await ctx.choices(
    PERSON_CHOICE_KIND,
    found.map((a, i) => ({
      label: escapeHtml(a.username ? `${a.displayName} (@${a.username})` : a.displayName),
      choice: String(i),
    })),
    {
      // Account ids: /forgetme of one of them removes the picker too (its payload names them).
      payload: { text: `/${line.name} ${line.rest}`.trim(), typed, ids: found.map((a) => a.id) },
      ttlMs: CHOICE_TTL_MS,
    },
  );
  await ctx.reply({ html: ctx.t('person-pick', { who: typed.replace(/^@/, '') }), buttons: buttons.map((b) => [b]) });
}

/** The words as typed, the name replaced by the chosen person's id (quoted or not). */
function withPerson(text: string, typed: string, id: string): string {
  for (const form of [`"${typed}"`, `“${typed}”`, `«${typed}»`, `'${typed}'`, typed]) {
    const at = text.indexOf(form);
    if (at >= 0) return `${text.slice(0, at)}${id}${text.slice(at + form.length)}`;
  }
  return text;
}

/** The press on one person of the picker: the command runs again with them. */
export const choosePerson: ActionHandler = async (ctx, token, choice) => {
  const ids = Array.isArray(token.payload.ids) ? token.payload.ids.map(String) : [];
  const accountId = choice !== undefined && /^\d{1,2}$/.test(choice) ? ids[Number(choice)] : undefined;
  const account = accountId ? await ctx.store.accounts.byId(accountId) : null;
  const text = String(token.payload.text ?? '');
  // "@id": a bare id would not read as a person where a subcommand may stand (/pair @a @b).
  const id = account?.platformUserId;
  const person = id?.startsWith('@') ? id : `@${id}`;
  const line = id ? splitCommandLine(withPerson(text, String(token.payload.typed ?? ''), person)) : null;
  if (!line) return ctx.t('action-stale');
  if (!(await ctx.store.actionTokens.consume(token.id, ctx.services.clock.now(), { clearPayload: true })))
    return ctx.t('action-stale');
  await ctx.runLine(line);
  return undefined;
};
