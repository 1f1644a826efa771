// The shape of the bot's inbound pipeline (core/bot.ts): a list of steps, each
// doing one thing before and/or after the rest, like Hono or grammY middleware.
// A step that does not call next() ends the turn with its own outcome.

import type { CommandSpec } from '../commands/spec.ts';
import type { Context } from '../context.ts';
import type { Outcome } from '../telemetry.ts';
import type { ChatAdapter, RoutedEvent } from '../types.ts';

/** One inbound event on its way through the pipeline. */
export interface Turn {
  readonly event: RoutedEvent;
  readonly adapter: ChatAdapter;
  /** performance.now() when the bot got the event, before it waited for its chat's earlier events. */
  readonly receivedAt: number;
  /** The command being run, once the router found it: an error's answer adds its usage line. */
  command?: { spec: CommandSpec; rest: string };
}

export type Step = (turn: Turn, next: () => Promise<Outcome>) => Promise<Outcome>;

/** What runs once the turn has a Context (route, and the error answers around it). */
export type Handler = (ctx: Context, turn: Turn) => Promise<Outcome>;

/** Run `steps` in order around `last`. */
export function compose(
  steps: readonly Step[],
  last: (turn: Turn) => Promise<Outcome>,
): (turn: Turn) => Promise<Outcome> {
  return (turn) => {
    const run = (i: number): Promise<Outcome> => {
      const step = steps[i];
      return step ? step(turn, () => run(i + 1)) : last(turn);
    };
    return run(0);
  };
}
