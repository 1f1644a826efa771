// Finding the network a command is about, and who may act for it.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { cleanUserText } from '../../core/markup.ts';
import type { Network } from '../../core/store.ts';

export const NAME_MAX = 80;

export function cleanNetworkName(raw: string): string {
  return cleanUserText(raw, { maxLength: NAME_MAX, field: 'field-network-name' });
}

/** The name typed after a subcommand, or undefined when none was. */
export function typedName(args: ParsedArgs): string | undefined {
  const words = args.positional.join(' ').trim();
  return words ? cleanNetworkName(words) : undefined;
}

/**
 * One of `networks`: the one named, or the only one. Several and none named:
 * the answer lists their names, so the caller can say which.
 */
export function pickNetwork(networks: readonly Network[], name: string | undefined): Network {
  if (name !== undefined) {
    const wanted = name.toLocaleLowerCase();
    const found = networks.filter((n) => n.name.toLocaleLowerCase() === wanted);
    if (found.length === 1) return found[0]!;
    throw new UserError('network-error-unknown-name', { name, names: namesOf(networks) || '—' });
  }
  if (networks.length === 1) return networks[0]!;
  if (networks.length === 0) throw new UserError('network-error-none');
  throw new UserError('network-error-which', { names: namesOf(networks) });
}

const namesOf = (networks: readonly Network[]) => networks.map((n) => `“${n.name}”`).join(', ');

/** The networks of the chat's cohort. */
export async function networksOfCohort(ctx: Context): Promise<Network[]> {
  if (!ctx.cohort) return [];
  return (await ctx.store.networks.ofCohort(ctx.cohort.id)).map((entry) => entry.network);
}

/** The networks the caller coordinates; a clear refusal when none. */
export async function coordinatedNetworks(ctx: Context): Promise<Network[]> {
  const networks = await ctx.store.networks.coordinatedBy(ctx.account.id);
  if (networks.length === 0) throw new UserError('network-error-not-network-coordinator');
  return networks;
}
