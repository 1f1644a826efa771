// The command router: finds the command, checks where it may run and who may
// run it, parses its arguments and runs it. Its UserErrors are answered by the
// pipeline (pipeline/answer-errors.ts), like everyone else's.

import type { Access, Caller, CommandCatalog, CommandInfo, RunOptions, Where } from './commands/catalog.ts';
import type { CommandSpec, SubcommandSpec } from './commands/spec.ts';
import { type CommandLine, closest, type ParsedArgs, parseArgs, tokenize } from './commands/tokenize.ts';
import type { Context } from './context.ts';
import { UsageError } from './errors.ts';
import { Markup, type MessageArgs } from './i18n.ts';
import { allows } from './permissions.ts';
import { checkCohortFlag, settleCohort, withoutCohortFlag } from './private-cohort.ts';
import { refuseInGroup } from './private-reply.ts';

export interface ResolvedCommand {
  spec: CommandSpec;
  sub?: { name: string; spec: SubcommandSpec };
}

export class CommandRegistry implements CommandCatalog {
  private readonly commands = new Map<string, CommandSpec>();

  add(spec: CommandSpec): void {
    if (this.commands.has(spec.name)) throw new Error(`command /${spec.name} is registered twice`);
    this.commands.set(spec.name, spec);
  }

  get(name: string): CommandSpec | undefined {
    return this.commands.get(name);
  }

  all(): CommandSpec[] {
    return [...this.commands.values()];
  }

  /** Commands the caller may run here, for /help and "did you mean". */
  async visibleTo(caller: Caller): Promise<CommandSpec[]> {
    const role = await caller.role();
    return this.all().filter((spec) => !spec.hidden && fits(spec.where, caller) && allows(role, lowestAccess(spec)));
  }
}

/**
 * The command a line names. When there is none, the caller hears the closest
 * one they might have meant, and this returns undefined.
 */
export async function findCommand(
  registry: CommandRegistry,
  ctx: Context,
  name: string,
): Promise<CommandSpec | undefined> {
  const spec = registry.get(name);
  if (spec) return spec;
  // What the caller may run here first; else any command (a /cohrt typed in
  // private still meant /cohort, and /cohort then says where it works).
  const visible = (await registry.visibleTo(ctx)).map((c) => c.name);
  const listed = registry
    .all()
    .filter((c) => !c.hidden)
    .map((c) => c.name);
  const suggestion = closest(name, visible) ?? closest(name, listed);
  await ctx.say(suggestion ? 'error-unknown-command-suggest' : 'error-unknown-command', {
    command: `/${name}`,
    suggestion: `/${suggestion}`,
  });
  return undefined;
}

/**
 * Run a command line. A UserError is left to the pipeline, which answers
 * every failure in one place (pipeline/answer-errors.ts).
 */
export async function runCommand(
  ctx: Context,
  spec: CommandSpec,
  line: CommandLine,
  options: RunOptions = {},
): Promise<void> {
  // The wrong kind of chat is the first thing to say, before any complaint
  // about the arguments (a subcommand may say where it runs).
  if (!(await checkPlace(ctx, placeOf(spec, line.rest), spec, line.rest))) return;
  // Leniently first, to find the subcommand; a command that is not free text then
  // hears about a quote inside quoted text (tokenize's strict mode).
  const { sub, args } = pickSubcommand(spec, tokenize(line.rest, { strictQuotes: false }));
  if (!(sub?.spec.freeText ?? spec.freeText)) tokenize(line.rest);
  if (sub?.spec.where && !(await checkPlace(ctx, sub.spec.where, spec, line.rest))) return;
  const access = sub?.spec.access ?? spec.access;
  const privateCohort = sub?.spec.privateCohort ?? spec.privateCohort;
  const flags = { ...(sub?.spec.flags ?? spec.flags ?? {}), ...(privateCohort ? { cohort: 'value' as const } : {}) };
  const parse = (): ParsedArgs => {
    const parsed = parseArgs(args, flags);
    const raw = sub?.consumed ? dropFirstWord(line.rest) : line.rest;
    // --cohort is an option of the line, never part of a free text.
    parsed.raw = 'cohort' in flags ? withoutCohortFlag(raw) : raw;
    return parsed;
  };
  let parsed: ParsedArgs;
  if (privateCohort && !ctx.isGroup) {
    // In private the role depends on the cohort: find it first.
    parsed = parse();
    const need = privateCohort === true ? {} : privateCohort;
    if (!need.when || need.when(parsed)) {
      if (!(await settleCohort(ctx, parsed, need.access ?? access, line, options.cohortId))) return;
    }
    if (!(await checkAccess(ctx, access))) return;
  } else {
    if (!(await checkAccess(ctx, access))) return;
    parsed = parse();
    if (privateCohort) checkCohortFlag(ctx, parsed);
  }
  const run = sub?.spec.run ?? spec.run;
  if (!run) throw new Error(`/${spec.name} has neither run nor a default subcommand`);
  await run(ctx, parsed);
}

function pickSubcommand(
  spec: CommandSpec,
  tokens: string[],
): { sub?: { name: string; spec: SubcommandSpec; consumed: boolean }; args: string[] } {
  if (!spec.subcommands) return { args: tokens };
  const word = tokens[0]?.toLowerCase();
  if (word && spec.subcommands[word])
    return { sub: { name: word, spec: spec.subcommands[word], consumed: true }, args: tokens.slice(1) };
  const defaultName = spec.defaultSubcommand;
  if (defaultName && spec.subcommands[defaultName] && (!word || word.startsWith('--') || word.startsWith('@'))) {
    return { sub: { name: defaultName, spec: spec.subcommands[defaultName], consumed: false }, args: tokens };
  }
  if (!word) throw new UsageError('error-missing-subcommand');
  const suggestion = closest(word, Object.keys(spec.subcommands));
  throw new UsageError(suggestion ? 'error-unknown-subcommand-suggest' : 'error-unknown-subcommand', {
    sub: word,
    suggestion: suggestion ?? '',
  });
}

/** Where the subcommand a line picks runs (its own `where`, else the command's). */
function placeOf(spec: CommandSpec, rest: string): Where {
  if (!spec.subcommands) return spec.where;
  const word = firstWord(rest)?.toLowerCase();
  const named = word ? spec.subcommands[word] : undefined;
  const byDefault =
    !named && spec.defaultSubcommand && (!word || word.startsWith('--') || word.startsWith('@'))
      ? spec.subcommands[spec.defaultSubcommand]
      : undefined;
  return (named ?? byDefault)?.where ?? spec.where;
}

async function checkPlace(ctx: Context, where: Where, spec: CommandSpec, rest: string): Promise<boolean> {
  if (fits(where, ctx)) return true;
  if (where === 'group') {
    await ctx.say('error-group-only', { command: `/${spec.name}` });
  } else {
    // Private by intent (docs/privacy.md): out of the group, and on in private.
    await refuseInGroup(ctx, `/${spec.name}`, () => usageOf(ctx, spec, firstWord(rest)));
  }
  return false;
}

async function checkAccess(ctx: Context, access: Access): Promise<boolean> {
  if (access === 'anyone') return true;
  // Platform admins are coordinators even before a cohort exists (to create one).
  const role = await ctx.role();
  if (allows(role, access)) return true;
  if (ctx.isGroup && !ctx.cohort) await ctx.say('error-no-cohort-here');
  // "Send /join" helps only where membership is all that is missing.
  else if (access === 'member' && !role) await ctx.say('error-not-member');
  else await ctx.say('error-needs-role', localizeArgs(ctx, { role: access }));
  return false;
}

function fits(where: Where, caller: { isGroup: boolean }): boolean {
  return where === 'any' || (where === 'group') === caller.isGroup;
}

function lowestAccess(spec: CommandSpec): Access {
  const order: Access[] = ['anyone', 'member', 'mentor', 'coordinator'];
  const accesses = [spec.access, ...Object.values(spec.subcommands ?? {}).map((s) => s.access ?? spec.access)];
  return order.find((a) => accesses.includes(a)) ?? spec.access;
}

/** The usage line of a command or of its subcommand, localized. */
export function usageOf(ctx: Context, spec: CommandInfo, subWord?: string): string {
  const sub = subWord?.toLowerCase();
  const id = sub && spec.subcommands?.[sub] ? `cmd-${spec.name}-${sub}-usage` : `cmd-${spec.name}-usage`;
  return ctx.services.i18n.exists(id) ? ctx.t(id) : `/${spec.name}`;
}

/** The subcommand word, also when the rest does not tokenize (an unclosed quote later on). */
export function firstWord(rest: string): string | undefined {
  try {
    return tokenize(rest)[0];
  } catch {
    return rest.split(/\s+/)[0];
  }
}

/** Text after the first word, as typed. */
export function dropFirstWord(text: string): string {
  return text.replace(/^\s*\S+[^\S\n]*\n?/u, '');
}

/**
 * Error arguments that name a field ("field-region") or a role are words to
 * translate, not values to print.
 */
export function localizeArgs(ctx: Context, args: Record<string, string | number>): MessageArgs {
  const out: MessageArgs = { ...args };
  // Words echoed from the command line are cut short: an answer must not
  // repeat 10,000 characters back (or split into several messages to do it).
  for (const key of ECHOED_ARGS) {
    const value = args[key];
    if (typeof value === 'string') out[key] = clampEcho(value);
  }
  if (typeof args.field === 'string' && args.field.startsWith('field-')) out.field = new Markup(ctx.t(args.field));
  if (typeof args.role === 'string') out.role = new Markup(ctx.t('role-name', { role: args.role }));
  return out;
}

const ECHOED_ARGS = ['value', 'words', 'sub', 'flag', 'who', 'command', 'suggestion'] as const;
const MAX_ECHO = 40;

function clampEcho(text: string): string {
  const chars = [...text];
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO - 1).join('')}…` : text;
}
