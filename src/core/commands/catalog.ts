// What can be known about the registered commands without running one: where
// and by whom each may run, its subcommands. /help and "did you mean" read this.
// Context carries a CommandCatalog rather than the router's registry, so the
// context depends on no command code (and the spec types may depend on Context).

import type { Role } from '../store.ts';
import type { FlagKind, ParsedArgs } from './tokenize.ts';

/** Who may run a command: anyone, or a member of the chat's cohort with at least this role. */
export type Access = 'anyone' | 'member' | 'mentor' | 'coordinator';
/** Where a command runs: in a group, in a private chat with the bot, or both. */
export type Where = 'group' | 'private' | 'any';

/**
 * In a private chat the command belongs to one of the caller's cohorts: it
 * takes --cohort "Name", and someone in several fitting cohorts is asked which
 * (core/private-cohort.ts). `access`: the role needed in that cohort (default:
 * the command's); `when`: only for some arguments (/profile @user).
 */
export type PrivateCohort = true | { access?: Access; when?: (args: ParsedArgs) => boolean };

export interface SubcommandInfo {
  where?: Where;
  access?: Access;
  flags?: Record<string, FlagKind>;
  privateCohort?: PrivateCohort;
  /** Its words are free text read from `args.raw` (a JSON or line-per-question definition): quotes inside stay as typed. */
  freeText?: boolean;
}

/** A command as listed: its spec (commands/spec.ts) without the code that runs it. */
export interface CommandInfo {
  name: string;
  where: Where;
  access: Access;
  flags?: Record<string, FlagKind>;
  privateCohort?: PrivateCohort;
  /** See SubcommandInfo.freeText. */
  freeText?: boolean;
  subcommands?: Record<string, SubcommandInfo>;
  defaultSubcommand?: string;
  /** Not listed in /help (still answered). */
  hidden?: boolean;
}

export interface RunOptions {
  /** In private: the cohort a press on "which cohort?" or a deep link already chose. */
  cohortId?: string;
}

/** Who asks, as far as which commands they see goes (a Context is one). */
export interface Caller {
  readonly isGroup: boolean;
  role(): Promise<Role | null>;
}

/** The registered commands, read-only. */
export interface CommandCatalog {
  get(name: string): CommandInfo | undefined;
  all(): CommandInfo[];
  /** Commands the caller may run here, for /help and "did you mean". */
  visibleTo(caller: Caller): Promise<CommandInfo[]>;
}
