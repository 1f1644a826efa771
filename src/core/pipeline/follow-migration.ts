// A Telegram group that became a supergroup answers every send to its old id
// with "group chat was upgraded" and the new id. An event from the old id that
// arrives after the move (a command typed just before it) is run again in the
// new chat, so its answer arrives there, and the row the old id got again
// gives way to the supergroup's (no stray chat).

import type { DeliveryFailure } from '../errors.ts';
import { DeliveryError } from '../errors.ts';
import type { BotServices } from '../services.ts';
import type { Outcome } from '../telemetry.ts';
import type { Turn } from './compose.ts';

export function followMigration(
  services: BotServices,
  run: (turn: Turn) => Promise<Outcome>,
): (turn: Turn) => Promise<Outcome> {
  return async (turn) => {
    try {
      return await run(turn);
    } catch (error) {
      const newChatId = migratedTo(error);
      if (newChatId === null) throw error;
      const { chat } = turn.event;
      await services.store.chats.movePlatformId(chat.platform, chat.chatId, newChatId);
      services.log.info({ from: chat.chatId, to: newChatId }, 'chat moved; answering in the new chat');
      const event = { ...turn.event, chat: { ...chat, chatId: newChatId } };
      // Once: a second move in the same turn is an error like any other.
      return run({ ...turn, event });
    }
  };
}

function migratedTo(error: unknown): string | null {
  const failure: DeliveryFailure | null = error instanceof DeliveryError ? error.failure : null;
  return failure?.kind === 'migrated' ? failure.newChatId : null;
}
