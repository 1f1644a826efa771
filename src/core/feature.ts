// What a feature folder exports: its commands, button handlers, jobs and event
// hooks. src/features/index.ts lists the features; nothing else needs editing
// to add one.

import type { FlagKind, ParsedArgs } from './commands/tokenize.ts';
import type { Context } from './context.ts';
import type { JobData } from './jobs.ts';
import type { BotServices } from './services.ts';
import type { ActionToken } from './store.ts';
import type { ChatEvent, MemberEvent, MessageEvent } from './types.ts';

/** Who may run a command: anyone, or a member of the chat's cohort with at least this role. */
export type Access = 'anyone' | 'member' | 'mentor' | 'coordinator';
/** Where a command runs: in a group, in a private chat with the bot, or both. */
export type Where = 'group' | 'private' | 'any';

export type CommandRun = (ctx: Context, args: ParsedArgs) => Promise<void>;

/**
 * In a private chat the command belongs to one of the caller's cohorts: it
 * takes --cohort "Name", and someone in several fitting cohorts is asked which
 * (core/private-cohort.ts). `access`: the role needed in that cohort (default:
 * the command's); `when`: only for some arguments (/profile @user).
 */
export type PrivateCohort = true | { access?: Access; when?: (args: ParsedArgs) => boolean };

export interface SubcommandSpec {
  where?: Where;
  access?: Access;
  flags?: Record<string, FlagKind>;
  privateCohort?: PrivateCohort;
  run: CommandRun;
}

/**
 * A command. Localized texts come from Fluent by convention:
 * `cmd-<name>-summary`, `cmd-<name>-usage`, and for subcommands
 * `cmd-<name>-<sub>-usage` / `cmd-<name>-<sub>-summary`.
 */
export interface CommandSpec {
  name: string;
  where: Where;
  access: Access;
  flags?: Record<string, FlagKind>;
  privateCohort?: PrivateCohort;
  /** With subcommands, the first word picks one; no word runs `defaultSubcommand`. */
  subcommands?: Record<string, SubcommandSpec>;
  defaultSubcommand?: string;
  /** Not listed in /help (still answered). */
  hidden?: boolean;
  run?: CommandRun;
}

/** Answers a button press. Returns the toast to show the presser, if any. */
export type ActionHandler = (
  ctx: Context,
  token: ActionToken,
  choice: string | undefined,
) => Promise<string | undefined>;

export type JobHandler = (data: JobData, services: BotServices) => Promise<void>;

export interface Feature {
  name: string;
  commands?: CommandSpec[];
  /** Keyed by ActionToken.kind, e.g. "forgetme.confirm". */
  actions?: Record<string, ActionHandler>;
  /** Keyed by job name, e.g. "cohorts.resume". */
  jobs?: Record<string, JobHandler>;
  onMember?(ctx: Context, event: MemberEvent): Promise<void>;
  /** Something happened to the chat (migrated, turned out to be encrypted). */
  onChat?(ctx: Context, event: ChatEvent): Promise<void>;
  /** A non-command message; return true when this feature consumed it. */
  onMessage?(ctx: Context, event: MessageEvent): Promise<boolean>;
}
