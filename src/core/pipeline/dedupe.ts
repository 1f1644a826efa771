// At least once, never twice: an event id already recorded is skipped, and an
// event is recorded after it was handled. A crash in the middle means the
// platform's redelivery is handled again, never dropped.

import type { BotServices } from '../services.ts';
import type { Step } from './compose.ts';

export function skipDuplicates(services: BotServices): Step {
  return async (turn, next) => {
    const { platform } = turn.event.chat;
    if (await services.store.inbound.has(platform, turn.event.id)) return 'duplicate';
    const outcome = await next();
    await services.store.inbound.firstSeen(platform, turn.event.id);
    return outcome;
  };
}
