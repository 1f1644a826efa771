// Messages the scenario DSL has no words for: replies to a bot message, and
// edits of a message already sent (Telegram edited_message, Matrix m.replace).

import type { ChatHandle, World } from '../helpers/scenario.ts';

/** Send `text` as `handle` with a chosen message id; optionally a reply, or an edit of that message. */
export async function sendMessage(
  world: World,
  chat: ChatHandle,
  handle: string,
  text: string,
  options: { messageId?: string; replyToMessageId?: string; edited?: boolean } = {},
): Promise<string> {
  const messageId = options.messageId ?? world.nextEventId();
  chat.markRead();
  await world.adapter.push({
    kind: 'message',
    id: world.nextEventId(),
    messageId,
    chat: chat.chat,
    sender: { ...world.person(handle) },
    text,
    ...(options.replyToMessageId ? { replyToMessageId: options.replyToMessageId } : {}),
    ...(options.edited ? { edited: true } : {}),
  });
  await world.local.outbox.settled();
  return messageId;
}

/** Reply to the bot's newest message matching `pattern`; returns the reply's message id. */
export async function replyTo(world: World, group: ChatHandle, handle: string, pattern: RegExp, text: string) {
  const prompt = [...group.messages()].reverse().find((m) => pattern.test(m.html));
  if (!prompt) throw new Error(`no message matching ${pattern}`);
  return sendMessage(world, group, handle, text, { replyToMessageId: prompt.messageId });
}
