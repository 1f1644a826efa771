// Telemetry: every handled event with its outcome and how long it took,
// counted from its arrival (the wait behind its chat's earlier events included).

import type { BotServices } from '../services.ts';
import type { Step } from './compose.ts';

export function measured(services: BotServices): Step {
  return async (turn, next) => {
    const outcome = await next();
    const { event } = turn;
    services.telemetry.eventHandled(
      event.chat.platform,
      event.kind,
      outcome,
      (performance.now() - turn.receivedAt) / 1000,
    );
    return outcome;
  };
}
