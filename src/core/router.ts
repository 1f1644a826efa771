// The command router: finds the command, checks where it may run and who may
// run it, parses its arguments, and turns UserErrors into localized answers.

import { UsageError, UserError } from './errors.ts';
import type { Context } from './context.ts';
import type { Access, CommandSpec, SubcommandSpec, Where } from './feature.ts';
import { Markup, type MessageArgs } from './i18n.ts';
import { allows } from './permissions.ts';
import { closest, parseArgs, type CommandLine, tokenize } from './commands/tokenize.ts';

export interface ResolvedCommand {
  spec: CommandSpec;
  sub?: { name: string; spec: SubcommandSpec };
}

export class CommandRegistry {
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
  async visibleTo(ctx: Context): Promise<CommandSpec[]> {
    const role = await ctx.role();
    return this.all().filter((spec) => !spec.hidden && fits(spec.where, ctx) && allows(role, lowestAccess(spec)));
  }
}

/** Run a command line. Returns the command name for telemetry ("unknown" when none matched). */
export async function runCommand(registry: CommandRegistry, ctx: Context, line: CommandLine): Promise<string> {
  const spec = registry.get(line.name);
  if (!spec) {
    const names = (await registry.visibleTo(ctx)).map((c) => c.name);
    const suggestion = closest(line.name, names);
    await ctx.say(suggestion ? 'error-unknown-command-suggest' : 'error-unknown-command', {
      command: `/${line.name}`,
      suggestion: `/${suggestion}`,
    });
    return 'unknown';
  }
  try {
    const tokens = tokenize(line.rest);
    const { sub, args } = pickSubcommand(spec, tokens);
    const where = sub?.spec.where ?? spec.where;
    const access = sub?.spec.access ?? spec.access;
    if (!(await checkPlace(ctx, where, spec.name))) return spec.name;
    if (!(await checkAccess(ctx, access))) return spec.name;
    const run = sub?.spec.run ?? spec.run;
    if (!run) throw new Error(`/${spec.name} has neither run nor a default subcommand`);
    await run(ctx, parseArgs(args, sub?.spec.flags ?? spec.flags ?? {}));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    let text = ctx.t(error.messageId, localizeArgs(ctx, error.args));
    if (error instanceof UsageError || isArgumentError(error)) {
      text += `\n${ctx.t('usage-line', { usage: usageOf(ctx, spec, tokenizeSafe(line.rest)[0]) })}`;
    }
    await ctx.reply(text);
  }
  return spec.name;
}

function pickSubcommand(
  spec: CommandSpec,
  tokens: string[],
): { sub?: { name: string; spec: SubcommandSpec }; args: string[] } {
  if (!spec.subcommands) return { args: tokens };
  const word = tokens[0]?.toLowerCase();
  if (word && spec.subcommands[word])
    return { sub: { name: word, spec: spec.subcommands[word] }, args: tokens.slice(1) };
  const defaultName = spec.defaultSubcommand;
  if (defaultName && spec.subcommands[defaultName] && (!word || word.startsWith('--') || word.startsWith('@'))) {
    return { sub: { name: defaultName, spec: spec.subcommands[defaultName] }, args: tokens };
  }
  if (!word) throw new UsageError('error-missing-subcommand');
  const suggestion = closest(word, Object.keys(spec.subcommands));
  throw new UsageError(suggestion ? 'error-unknown-subcommand-suggest' : 'error-unknown-subcommand', {
    sub: word,
    suggestion: suggestion ?? '',
  });
}

async function checkPlace(ctx: Context, where: Where, command: string): Promise<boolean> {
  if (fits(where, ctx)) return true;
  if (where === 'group') {
    await ctx.say('error-group-only', { command: `/${command}` });
  } else {
    const link = ctx.adapter.deepLink('help');
    await ctx.say(link ? 'error-private-only-link' : 'error-private-only', {
      command: `/${command}`,
      link: link ?? '',
    });
  }
  return false;
}

async function checkAccess(ctx: Context, access: Access): Promise<boolean> {
  if (access === 'anyone') return true;
  // Platform admins are coordinators even before a cohort exists (to create one).
  const role = await ctx.role();
  if (allows(role, access)) return true;
  if (ctx.isGroup && !ctx.cohort) await ctx.say('error-no-cohort-here');
  else await ctx.say(role ? 'error-needs-role' : 'error-not-member', localizeArgs(ctx, { role: access }));
  return false;
}

function fits(where: Where, ctx: Context): boolean {
  return where === 'any' || (where === 'group') === ctx.isGroup;
}

function lowestAccess(spec: CommandSpec): Access {
  const order: Access[] = ['anyone', 'member', 'mentor', 'coordinator'];
  const accesses = [spec.access, ...Object.values(spec.subcommands ?? {}).map((s) => s.access ?? spec.access)];
  return order.find((a) => accesses.includes(a)) ?? spec.access;
}

/** The usage line of a command or of its subcommand, localized. */
export function usageOf(ctx: Context, spec: CommandSpec, subWord?: string): string {
  const sub = subWord?.toLowerCase();
  const id = sub && spec.subcommands?.[sub] ? `cmd-${spec.name}-${sub}-usage` : `cmd-${spec.name}-usage`;
  return ctx.services.i18n.exists(id) ? ctx.t(id) : `/${spec.name}`;
}

function tokenizeSafe(rest: string): string[] {
  try {
    return tokenize(rest);
  } catch {
    return [];
  }
}

const ARGUMENT_ERRORS = new Set([
  'error-unclosed-quote',
  'error-unknown-flag',
  'error-flag-needs-value',
  'error-missing-argument',
]);

function isArgumentError(error: UserError): boolean {
  return ARGUMENT_ERRORS.has(error.messageId);
}

/**
 * Error arguments that name a field ("field-region") or a role are words to
 * translate, not values to print.
 */
export function localizeArgs(ctx: Context, args: Record<string, string | number>): MessageArgs {
  const out: MessageArgs = { ...args };
  if (typeof args.field === 'string' && args.field.startsWith('field-')) out.field = new Markup(ctx.t(args.field));
  if (typeof args.role === 'string') out.role = new Markup(ctx.t('role-name', { role: args.role }));
  return out;
}
