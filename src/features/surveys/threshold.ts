// /survey threshold [N]: the old name of the cohort's "smallest group shown"
// (features/shared/smallest-group.ts), which surveys, reports and every other
// aggregate now share; it reads and sets that one setting.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { smallestGroupAlias } from '../shared/smallest-group.ts';
import { cohortOf } from './survey-arg.ts';

export async function threshold(ctx: Context, args: ParsedArgs): Promise<void> {
  await smallestGroupAlias(ctx, cohortOf(ctx), args.positional);
}
