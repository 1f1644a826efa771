// What a feature folder exports: its commands, button handlers, jobs and event
// hooks. src/features/index.ts lists the features; nothing else needs editing
// to add one.

import type { ActionHandler, CommandSpec } from './commands/spec.ts';
import type { Context } from './context.ts';
import type { JobData } from './jobs.ts';
import type { BotServices } from './services.ts';
import type { ChatEvent, MemberEvent, MessageEvent } from './types.ts';

export type { CommandCatalog, CommandInfo } from './commands/catalog.ts';
// The command spec types live in commands/spec.ts (types only); features import them from here.
export type { Access, ActionHandler, CommandRun, CommandSpec, SubcommandSpec, Where } from './commands/spec.ts';

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
