// /avoid: someone a person must never be paired with, in every cohort they
// share (or one, with --cohort "Name"). Private by design: it works only in a
// private chat (typed in a group, the command is taken out of it), and the
// other person is never told (the engine treats it as an exclusion either way round).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UsageError, UserError } from '../../core/errors.ts';
import { findAccount } from '../../core/lookup.ts';
import { byCohortFlag } from '../../core/private-cohort.ts';
import { listOf } from '../../core/words.ts';
import { nameOf } from './plan.ts';

export async function avoid(ctx: Context, args: ParsedArgs): Promise<void> {
  const mine = byCohortFlag(
    args,
    (await ctx.store.memberships.forAccount(ctx.account.id)).filter((m) => m.status !== 'left'),
  );
  if (args.positional.length === 0) return listAvoided(ctx, mine);
  if (args.positional.length > 1)
    throw new UsageError('error-unexpected-words', { words: args.positional.slice(1).join(' ') });
  const other = await findAccount(ctx, args.positional[0]!);
  if (other.id === ctx.account.id) throw new UserError('avoid-error-self');
  const remove = args.flags.has('remove');
  const cohorts: string[] = [];
  for (const m of mine) {
    const theirs = await ctx.store.memberships.get(m.cohortId, other.id);
    if (!theirs || theirs.status === 'left') continue;
    const avoid = remove ? m.avoid.filter((id) => id !== theirs.id) : [...new Set([...m.avoid, theirs.id])];
    await ctx.store.memberships.update(m.id, { avoid });
    cohorts.push(m.cohort.name);
  }
  if (cohorts.length === 0) throw new UserError('avoid-error-no-shared-cohort', { who: other.displayName });
  await ctx.say(remove ? 'avoid-removed' : 'avoid-added', { who: other.displayName, cohorts: cohorts.join(', ') });
}

async function listAvoided(
  ctx: Context,
  mine: Awaited<ReturnType<Context['store']['memberships']['forAccount']>>,
): Promise<void> {
  const lines: string[] = [];
  for (const m of mine.filter((x) => x.avoid.length > 0)) {
    const people = new Map((await ctx.store.memberships.list(m.cohortId)).map((p) => [p.id, p]));
    const names = m.avoid.flatMap((id) => {
      const person = people.get(id);
      return person ? [nameOf(person)] : [];
    });
    if (names.length > 0) lines.push(ctx.t('avoid-line', { cohort: m.cohort.name, names: listOf(ctx.locale, names) }));
  }
  await ctx.reply(lines.length > 0 ? [ctx.t('avoid-title'), ...lines].join('\n') : ctx.t('avoid-none'));
}
