// How features declare commands and button handlers. Types only: the router
// (core/router.ts) runs them, core/feature.ts re-exports them for features.

import type { Context } from '../context.ts';
import type { ActionToken } from '../store.ts';
import type { Access, CommandInfo, PrivateCohort, SubcommandInfo, Where } from './catalog.ts';
import type { ParsedArgs } from './tokenize.ts';

export type { Access, PrivateCohort, Where };

export type CommandRun = (ctx: Context, args: ParsedArgs) => Promise<void>;

export interface SubcommandSpec extends SubcommandInfo {
  run: CommandRun;
}

/**
 * A command. Localized texts come from Fluent by convention:
 * `cmd-<name>-summary`, `cmd-<name>-usage`, and for subcommands
 * `cmd-<name>-<sub>-usage` / `cmd-<name>-<sub>-summary`.
 */
export interface CommandSpec extends CommandInfo {
  /** With subcommands, the first word picks one; no word runs `defaultSubcommand`. */
  subcommands?: Record<string, SubcommandSpec>;
  run?: CommandRun;
}

/** Answers a button press. Returns the toast to show the presser, if any. */
export type ActionHandler = (
  ctx: Context,
  token: ActionToken,
  choice: string | undefined,
) => Promise<string | undefined>;
