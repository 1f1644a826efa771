// Where a turn goes once it has a Context: a button press or a poll vote to
// its handler, a command to the router, anything else to the features' hooks.

import type { ActionHandler } from '../commands/spec.ts';
import { splitCommandLine } from '../commands/tokenize.ts';
import type { Context } from '../context.ts';
import { UserError } from '../errors.ts';
import type { Feature } from '../feature.ts';
import { type CommandRegistry, findCommand, runCommand } from '../router.ts';
import type { BotServices } from '../services.ts';
import type { Outcome } from '../telemetry.ts';
import type { ChatEvent, MessageEvent } from '../types.ts';
import { routeAction, routePollVote } from './actions.ts';
import type { Handler, Turn } from './compose.ts';

/** What the features registered, by what routes to it. */
export interface Routes {
  features: readonly Feature[];
  commands: CommandRegistry;
  /** Keyed by ActionToken.kind. */
  actions: ReadonlyMap<string, ActionHandler>;
}

export function route(services: BotServices, routes: Routes): Handler {
  return async (ctx, turn) => {
    const { event } = turn;
    switch (event.kind) {
      case 'action':
        return routeAction(ctx, event, routes.actions);
      case 'poll_vote':
        return routePollVote(ctx, event, routes.actions);
      case 'chat':
        return routeChatEvent(services, routes, ctx, event);
      case 'member':
        for (const feature of routes.features) await feature.onMember?.(ctx, event);
        return 'ok';
      case 'message':
        return routeMessage(services, routes, ctx, turn, event);
    }
  };
}

async function routeChatEvent(services: BotServices, routes: Routes, ctx: Context, event: ChatEvent): Promise<Outcome> {
  if (event.change === 'migrated' && event.newChatId) {
    // Telegram group -> supergroup, Matrix room upgrade: the chat keeps its row and cohorts under the new id.
    try {
      await services.store.chats.movePlatformId(event.chat.platform, event.chat.chatId, event.newChatId);
    } catch (error) {
      // The new chat already has a cohort of its own: both stay where they are (a retry would not change that).
      if (!String(error).includes('cannot move chat')) throw error;
      services.log.warn({ err: String(error), from: event.chat.chatId, to: event.newChatId }, 'chat not moved');
      return 'ignored';
    }
  }
  for (const feature of routes.features) await feature.onChat?.(ctx, event);
  return 'ok';
}

/** A command goes to the router; other text to the first feature that takes it. */
async function routeMessage(
  services: BotServices,
  routes: Routes,
  ctx: Context,
  turn: Turn,
  event: MessageEvent,
): Promise<Outcome> {
  const line = splitCommandLine(event.text, ctx.adapter.botUsername);
  if (line) {
    const spec = await findCommand(routes.commands, ctx, line.name);
    if (!spec) {
      services.telemetry.commandRun('unknown', 'user_error');
      return 'ok';
    }
    turn.command = { spec, rest: line.rest };
    try {
      await runCommand(ctx, spec, line);
    } catch (error) {
      // Answered by answerErrors(); counted here, where the command's name is known.
      if (error instanceof UserError) services.telemetry.commandRun(spec.name, 'user_error');
      throw error;
    }
    services.telemetry.commandRun(spec.name, 'ok');
    return 'ok';
  }
  for (const feature of routes.features) {
    if (await feature.onMessage?.(ctx, event)) return 'ok';
  }
  if (!ctx.isGroup) await ctx.say('private-not-understood');
  return 'ignored';
}
