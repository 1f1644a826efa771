// What a feature folder exports: its commands, button handlers, jobs, hooks
// and event subscribers. src/features/index.ts lists the features; nothing
// else needs editing to add one. Features never import each other: what one
// must tell the others is a domain event (core/events.ts), and what the
// account feature asks of all (/mydata, /forgetme, /start links) is a hook.

import type { ActionHandler, CommandSpec } from './commands/spec.ts';
import type { Context } from './context.ts';
import type { DomainEventType, EventOf } from './events.ts';
import type { JobContext } from './job-context.ts';
import type { JobData } from './jobs.ts';
import type { ReportRequest, ReportSection } from './report.ts';
import type { Account, ActionToken } from './store.ts';
import type { ChannelPostEvent, ChatAdapter, ChatEvent, MemberEvent, MessageEvent, PollTotalsEvent } from './types.ts';

export type { CommandCatalog, CommandInfo } from './commands/catalog.ts';
// The command spec types live in commands/spec.ts (types only); features import them from here.
export type {
  Access,
  ActionHandler,
  CommandRun,
  CommandSpec,
  PrivateCohort,
  SubcommandSpec,
  Where,
} from './commands/spec.ts';

/** Runs one job (see core/jobs.ts): its data, and the context every job and subscriber shares. */
export type JobHandler = (data: JobData, job: JobContext) => Promise<void>;

/** A feature's subscribers, by event type; each runs after the change its event reports. */
export type EventSubscribers = {
  [T in DomainEventType]?: (event: EventOf<T>, job: JobContext) => Promise<void>;
};

export interface Feature {
  name: string;
  commands?: CommandSpec[];
  /** Keyed by ActionToken.kind, e.g. "forgetme.confirm". */
  actions?: Record<string, ActionHandler>;
  /** Keyed by job name, e.g. "cohorts.resume". */
  jobs?: Record<string, JobHandler>;
  /**
   * The totals of an anonymous native poll this feature posted (ctx.poll with
   * `anonymous`), keyed by the poll token's kind. Nobody is behind them: the
   * handler gets a JobContext, not a Context. Totals replace the previous ones.
   */
  pollTotals?: Record<string, (job: JobContext, token: ActionToken, totals: PollTotalsEvent) => Promise<void>>;
  onMember?(ctx: Context, event: MemberEvent): Promise<void>;
  /** Something happened to the chat (migrated, turned out to be encrypted). */
  onChat?(ctx: Context, event: ChatEvent): Promise<void>;
  /**
   * A post in a broadcast channel (Telegram), where no person speaks: no
   * Context, no commands. Return true when this feature took it.
   */
  onChannelPost?(post: ChannelPostEvent, job: JobContext, adapter: ChatAdapter): Promise<boolean>;
  /** A non-command message; return true when this feature consumed it. */
  onMessage?(ctx: Context, event: MessageEvent): Promise<boolean>;
  /**
   * At process start, before the adapters: plan the jobs a wiped Redis or a
   * new row lacks. Idempotent (several instances may start at once).
   */
  start?(job: JobContext): Promise<void>;
  /** Domain events this feature reacts to (core/events.ts). */
  on?: EventSubscribers;
  /** A deep-link payload (/start <payload>); return true when it is this feature's. */
  onStartPayload?(ctx: Context, payload: string): Promise<boolean>;
  /** /mydata: lines describing what this feature holds on the person (none: nothing to show). */
  describeMyData?(ctx: Context, account: Account): Promise<string[]>;
  /**
   * /forgetme, before the account row and everything hanging off it (memberships
   * and their answers, pairings, tokens) is deleted: erase what this feature keeps
   * elsewhere about the person.
   */
  forget?(account: Account, job: JobContext): Promise<void>;
  /** /report and /export: this feature's sections (core/report.ts); none when it has nothing to report. */
  report?(request: ReportRequest, job: JobContext): Promise<ReportSection[]>;
  /**
   * A calendar feed (iCalendar text) served over HTTP under its secret token
   * (src/http/calendar.ts); null when the token is not this feature's.
   */
  calendarFeed?(token: string, job: JobContext): Promise<string | null>;
}
