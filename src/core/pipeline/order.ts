// Events of one chat are handled one after another, in the order they came
// (a promise chain per chat); different chats run side by side.

import type { Step } from './compose.ts';

/**
 * The first step: it must join the chat's chain synchronously, in the same
 * tick as Bot.handle() was called, or two events could swap places.
 */
export function inChatOrder(): Step {
  const chains = new Map<string, Promise<void>>();
  return (turn, next) => {
    const key = `${turn.event.chat.platform}:${turn.event.chat.chatId}`;
    const run = (chains.get(key) ?? Promise.resolve()).then(() => next());
    const tail = run.then(
      () => {},
      () => {},
    );
    chains.set(key, tail);
    void tail.then(() => {
      if (chains.get(key) === tail) chains.delete(key);
    });
    return run;
  };
}
