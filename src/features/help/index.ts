// /help: the commands the caller may run here, or one command in detail.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import { closest } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import type { CommandInfo, Feature } from '../../core/feature.ts';
import { allows } from '../../core/permissions.ts';

/**
 * One help line. Fluent isolates every inserted value with invisible direction
 * marks; around a command they would be copied along with it, so the usage
 * (a command, left to right in every language) goes in without them.
 */
function helpLine(ctx: Context, usage: string, summary: string): string {
  return ctx.t('help-line', { usage, summary }).replace(/\u2068([^\u2068\u2069]*)\u2069/, '$1');
}

function summary(ctx: Context, spec: CommandInfo, sub?: string): string {
  const id = sub ? `cmd-${spec.name}-${sub}-summary` : `cmd-${spec.name}-summary`;
  return ctx.services.i18n.exists(id) ? ctx.t(id) : '';
}

function usage(ctx: Context, spec: CommandInfo, sub?: string): string {
  const id = sub ? `cmd-${spec.name}-${sub}-usage` : `cmd-${spec.name}-usage`;
  return ctx.services.i18n.exists(id) ? ctx.t(id) : `/${spec.name}${sub ? ` ${sub}` : ''}`;
}

async function overview(ctx: Context): Promise<string> {
  const visible = await ctx.commands.visibleTo(ctx);
  const lines = visible.map((spec) => helpLine(ctx, `/${spec.name}`, summary(ctx, spec)));
  return [ctx.t(ctx.isGroup ? 'help-title-group' : 'help-title-private'), ...lines, '', ctx.t('help-footer')].join(
    '\n',
  );
}

async function detail(ctx: Context, spec: CommandInfo): Promise<string> {
  const role = await ctx.role();
  const lines = [helpLine(ctx, usage(ctx, spec), summary(ctx, spec))];
  for (const [name, sub] of Object.entries(spec.subcommands ?? {})) {
    if (!allows(role, sub.access ?? spec.access) && ctx.isGroup) continue;
    lines.push(helpLine(ctx, usage(ctx, spec, name), summary(ctx, spec, name)));
  }
  const where = spec.where === 'any' ? null : ctx.t(spec.where === 'group' ? 'help-where-group' : 'help-where-private');
  if (where) lines.push(where);
  return lines.join('\n');
}

export const helpFeature: Feature = {
  name: 'help',
  commands: [
    {
      name: 'help',
      where: 'any',
      access: 'anyone',
      async run(ctx: Context, args: ParsedArgs) {
        const [word] = args.positional;
        if (!word) {
          await ctx.reply(await overview(ctx));
          return;
        }
        const name = word.replace(/^[/!]/, '').toLowerCase();
        const spec = ctx.commands.get(name);
        if (!spec) {
          const suggestion = closest(
            name,
            ctx.commands
              .all()
              .filter((c) => !c.hidden)
              .map((c) => c.name),
          );
          throw new UserError(suggestion ? 'error-unknown-command-suggest' : 'error-unknown-command', {
            command: `/${name.slice(0, 40)}`,
            suggestion: `/${suggestion}`,
          });
        }
        await ctx.reply(await detail(ctx, spec));
      },
    },
  ],
};
