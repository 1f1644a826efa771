// The adapter contract (tests/contract) against the Telegram adapter, over
// real HTTP to the fake Bot API server.

import { runAdapterContract } from '../contract/adapter-contract.ts';
import { FakeBotApi } from './fake-bot-api.ts';
import { drained, pollingAdapter } from './helpers.ts';

runAdapterContract('telegram', async () => {
  const api = await new FakeBotApi().listen();
  const adapter = pollingAdapter(api);
  const chatOf = (chatId: string) => {
    const chat = api.chats.get(Number(chatId));
    if (!chat) throw new Error(`no chat ${chatId}`);
    return chat;
  };
  return {
    adapter,
    async user(handle) {
      return String(api.user(handle).id);
    },
    async group(admins) {
      const chat = api.group({ admins });
      return { platform: 'telegram', chatId: String(chat.id), kind: 'group', title: chat.title! };
    },
    async say(handle, where, text) {
      const chat = where === 'private' ? api.privateChat(handle) : chatOf(where.chatId);
      api.say(handle, chat, text);
      await drained(api);
    },
    async press(handle, chat, messageId, index) {
      api.press(handle, Number(chat.chatId), Number(messageId), index);
      await drained(api);
    },
    async vote(handle, _chat, poll, optionIds) {
      // Like Telegram's poll_answer: no chat, only the poll id.
      api.vote(handle, poll.pollId, optionIds);
      await drained(api);
    },
    async read(chat, messageId) {
      const message = api.inChat(Number(chat.chatId)).find((m) => m.messageId === Number(messageId));
      return message ? message.text : null;
    },
    async removeBot(chat) {
      api.setBotStatus(chatOf(chat.chatId), 'kicked');
      await drained(api);
    },
    async close() {
      await api.close();
    },
  };
});
