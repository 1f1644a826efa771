import { dmChatId, FakeAdapter } from '../../adapters/fake/adapter.ts';
import { htmlToPlain } from '../../src/core/markup.ts';
import type { ChatRef } from '../../src/core/types.ts';
import { runAdapterContract } from './adapter-contract.ts';

let seq = 0;

runAdapterContract('fake', async () => {
  const adapter = new FakeAdapter();
  const userId = async (handle: string) => `u-${handle}`;
  return {
    adapter,
    user: userId,
    async group(admins) {
      const chat: ChatRef = { platform: 'fake', chatId: `g${++seq}`, kind: 'group', title: 'Group' };
      adapter.setAdmins(chat.chatId, await Promise.all(admins.map(userId)));
      return chat;
    },
    async say(handle, where, text) {
      const chat: ChatRef =
        where === 'private' ? { platform: 'fake', chatId: dmChatId(`u-${handle}`), kind: 'private' } : where;
      await adapter.push({
        kind: 'message',
        id: `e${++seq}`,
        messageId: `m${seq}`,
        chat,
        sender: { userId: `u-${handle}`, displayName: handle },
        text,
      });
    },
    async press(handle, chat, messageId, index) {
      const message = adapter.messages.find((m) => m.messageId === messageId);
      const button = message?.buttons?.flat()[index];
      if (!button) throw new Error('no such button');
      await adapter.push({
        kind: 'action',
        id: `e${++seq}`,
        chat,
        sender: { userId: `u-${handle}`, displayName: handle },
        data: button.data,
        messageId,
      });
    },
    async vote(handle, chat, poll, optionIds) {
      await adapter.push({
        kind: 'poll_vote',
        id: `e${++seq}`,
        chat,
        sender: { userId: `u-${handle}`, displayName: handle },
        pollId: poll.pollId,
        optionIds,
      });
    },
    async read(chat, messageId) {
      const message = adapter.inChat(chat.chatId).find((m) => m.messageId === messageId);
      return message ? htmlToPlain(message.html) : null;
    },
    async removeBot(chat) {
      adapter.goneChats.add(chat.chatId);
    },
    async close() {},
  };
});
