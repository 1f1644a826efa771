// In a private chat there is no group to say which cohort a command is for.
// A command that belongs to one cohort (a reflection, a break, a coordinator's
// view) takes --cohort "Name"; without it, someone in one fitting cohort uses
// that one, and someone in several is asked with a button per cohort. The
// press runs the command again with the same words (core/private-rerun.ts):
// they wait in the button's token, which lives a few minutes, is emptied
// when used, and goes with the person's account on /forgetme.

import type { CommandLine, ParsedArgs } from './commands/tokenize.ts';
import type { Context } from './context.ts';
import { UserError } from './errors.ts';
import type { Access } from './feature.ts';
import { escapeHtml } from './markup.ts';
import { allows, effectiveRole } from './permissions.ts';
import type { Cohort, Membership } from './store.ts';

export const COHORT_CHOICE_KIND = 'core.cohort-choice';
const CHOICE_TTL_MS = 10 * 60_000;
/** More cohorts than this are not offered as buttons: name one with --cohort. */
const MAX_BUTTONS = 8;

interface Candidate {
  cohort: Cohort;
  membership: Membership;
  admin: boolean;
}

const QUOTED = '"[^"]*"|\'[^\']*\'|“[^”]*”|„[^“]*“|«[^»]*»|‹[^›]*›|「[^」]*」|『[^』]*』';
const COHORT_FLAG = new RegExp(`(^|\\s)(?:--|—)cohort(?:=(?:${QUOTED}|\\S+)|\\s+(?:${QUOTED}|\\S+))`, 'giu');

/** The text as typed without its --cohort option: an option is never part of a free text. */
export function withoutCohortFlag(raw: string): string {
  return raw.replace(COHORT_FLAG, '$1');
}

/** Whether the caller is an administrator of the cohort's chat on its platform. */
async function adminOf(ctx: Context, cohort: Cohort): Promise<boolean> {
  const chat = await ctx.store.chats.byId(cohort.chatId);
  if (!chat || chat.platform !== ctx.adapter.platform) return false;
  const admins = await ctx.adapter.chatAdmins({
    platform: chat.platform,
    chatId: chat.platformChatId,
    kind: 'group',
    ...(cohort.threadId ? { threadId: cohort.threadId } : {}),
  });
  return admins.includes(ctx.account.platformUserId);
}

/** The caller's live cohorts in which their role allows `access`. */
async function candidates(ctx: Context, access: Access): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const { cohort, ...membership } of await ctx.store.memberships.forAccount(ctx.account.id)) {
    if (cohort.status === 'archived') continue;
    const admin = await adminOf(ctx, cohort);
    if (allows(effectiveRole(membership, admin), access)) found.push({ cohort, membership, admin });
  }
  return found;
}

function named<T extends { cohort: Pick<Cohort, 'name' | 'joinCode'> }>(list: T[], wanted: string): T | undefined {
  const name = wanted.trim().toLowerCase();
  return list.find((c) => c.cohort.name.toLowerCase() === name || c.cohort.joinCode === wanted.trim());
}

/**
 * Settle the cohort of a command run in private. True when ctx now holds it
 * (ctx.cohort, ctx.membership and the role in it); false when the caller was
 * asked to choose. `chosenId`: the cohort a press or a link already chose.
 */
export async function settleCohort(
  ctx: Context,
  args: ParsedArgs,
  access: Access,
  line: CommandLine,
  chosenId?: string,
): Promise<boolean> {
  const list = await candidates(ctx, access);
  const flag = args.flags.get('cohort');
  if (flag === true) throw new UserError('error-flag-needs-value', { flag: '--cohort' });
  let pick: Candidate | undefined;
  if (chosenId) {
    pick = list.find((c) => c.cohort.id === chosenId);
    if (!pick) throw new UserError('cohort-choice-gone');
  } else if (flag !== undefined) {
    pick = named(list, flag);
    if (!pick) {
      throw new UserError(list.length > 0 ? 'error-unknown-cohort' : 'cohort-choice-none', {
        value: flag.slice(0, 80),
        cohorts: list.map((c) => c.cohort.name).join(', '),
        command: `/${line.name}`,
      });
    }
  } else if (list.length === 0) {
    // A member's command: they are in no cohort at all (say how to join one); else they lack the role.
    throw new UserError(allows('member', access) ? 'profile-no-cohorts' : 'cohort-choice-none', {
      command: `/${line.name}`,
    });
  } else if (list.length === 1) {
    pick = list[0];
  } else {
    await askWhichCohort(ctx, list, line);
    return false;
  }
  ctx.useCohort(pick!.cohort, pick!.membership, pick!.admin);
  return true;
}

async function askWhichCohort(ctx: Context, list: Candidate[], line: CommandLine): Promise<void> {
  if (list.length > MAX_BUTTONS) {
    throw new UserError('cohort-choice-name-it', {
      command: `/${line.name}`,
      cohorts: list.map((c) => c.cohort.name).join(', '),
    });
  }
  const buttons = await ctx.choices(
    COHORT_CHOICE_KIND,
    list.map((c, i) => ({ label: escapeHtml(c.cohort.name), choice: String(i) })),
    {
      payload: { text: `/${line.name} ${line.rest}`.trim(), cohortIds: list.map((c) => c.cohort.id) },
      ttlMs: CHOICE_TTL_MS,
    },
  );
  await ctx.reply({
    html: ctx.t('cohort-choice-ask', { command: `/${line.name}` }),
    buttons: buttons.map((button) => [button]),
  });
}

/**
 * For commands that apply to all of someone's cohorts (their profile, /avoid,
 * their reflections): with --cohort "Name" (or its join code), only that one.
 */
export function byCohortFlag<T extends { cohort: Pick<Cohort, 'name' | 'joinCode'> }>(
  args: ParsedArgs,
  list: T[],
): T[] {
  const flag = args.flags.get('cohort');
  if (flag === undefined) return list;
  if (flag === true) throw new UserError('error-flag-needs-value', { flag: '--cohort' });
  const chosen = list.filter((m) => named([{ cohort: m.cohort }], flag));
  if (chosen.length === 0) {
    throw new UserError('error-unknown-cohort', {
      value: flag.slice(0, 80),
      cohorts: [...new Set(list.map((m) => m.cohort.name))].join(', '),
    });
  }
  return chosen;
}

/** In a group, --cohort may only name the group's own cohort. */
export function checkCohortFlag(ctx: Context, args: ParsedArgs): void {
  const flag = args.flags.get('cohort');
  if (flag === undefined || !ctx.cohort) return;
  if (flag === true) throw new UserError('error-flag-needs-value', { flag: '--cohort' });
  const wanted = flag.trim();
  if (wanted.toLowerCase() !== ctx.cohort.name.toLowerCase() && wanted !== ctx.cohort.joinCode) {
    throw new UserError('error-cohort-not-here', { value: wanted.slice(0, 80), name: ctx.cohort.name });
  }
}
