// The adapter contract suite against a real Synapse.

import { describe } from 'vitest';
import { createMatrixAdapter } from '../../adapters/matrix/index.ts';
import type { ChatRef } from '../../src/core/types.ts';
import { runAdapterContract } from '../contract/adapter-contract.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type Json, type MatrixUser, memoryState, quietLog, register, SKIP_REASON } from './helpers.ts';

describe.skipIf(!homeserverUrl)(`matrix (${homeserverUrl ? 'real Synapse' : SKIP_REASON})`, () => {
  runAdapterContract('matrix', async () => {
    const bot = await register('bot');
    const adapter = createMatrixAdapter({
      homeserverUrl: homeserverUrl!,
      auth: { kind: 'accessToken', accessToken: bot.token },
      allowedInviters: 'own-server',
      coordinatorPowerLevel: 50,
      state: memoryState(),
      log: quietLog,
      dataDir: '/tmp',
      syncTimeoutMs: 1000,
    });
    const users = new Map<string, MatrixUser>();
    const user = async (handle: string) => {
      let u = users.get(handle);
      if (!u) {
        u = await register(handle);
        users.set(handle, u);
      }
      return u;
    };
    const dms = new Map<string, string>();
    const botIn = (roomId: string) =>
      waitFor(`bot in ${roomId}`, async () => (await bot.joinedRooms()).includes(roomId));
    return {
      adapter,
      user: async (handle) => (await user(handle)).userId,
      async group(admins) {
        const owner = await user('owner');
        const roomId = await owner.createRoom({ name: 'Group' });
        for (const handle of ['ada', 'bea']) {
          const u = await user(handle);
          await owner.invite(roomId, u.userId);
          await u.join(roomId);
        }
        for (const handle of admins) await owner.setPower(roomId, (await user(handle)).userId, 50);
        await owner.invite(roomId, bot.userId);
        await botIn(roomId);
        return { platform: 'matrix', chatId: roomId, kind: 'group', title: 'Group' } satisfies ChatRef;
      },
      async say(handle, where, text) {
        const u = await user(handle);
        let roomId: string;
        if (where === 'private') {
          roomId =
            dms.get(handle) ??
            (await u.createRoom({ is_direct: true, invite: [bot.userId], preset: 'trusted_private_chat' }));
          dms.set(handle, roomId);
          await botIn(roomId);
          // The adapter records the DM when it accepts the invite.
          await waitFor('dm recorded', async () => adapter.rooms.dmWith(u.userId) === roomId);
        } else roomId = where.chatId;
        await u.say(roomId, text);
      },
      async press(handle, chat, messageId, index) {
        await (await user(handle)).react(chat.chatId, messageId, ['1️⃣', '2️⃣', '3️⃣'][index]!);
      },
      async vote(handle, chat, poll, optionIds) {
        // Answer ids are the option indexes (adapters/matrix/render.ts).
        await (await user(handle)).vote(chat.chatId, poll.pollId, optionIds.map(String));
      },
      async read(chat, messageId) {
        const reader = bot;
        const path = (p: string) => `/rooms/${encodeURIComponent(chat.chatId)}${p}`;
        try {
          const event = await reader.api<Json>('GET', path(`/event/${encodeURIComponent(messageId)}`));
          if (!event.content?.body) return null;
          const edits = await reader
            .api<{ chunk: Array<Json> }>(
              'GET',
              path(`/relations/${encodeURIComponent(messageId)}/m.replace`),
              undefined,
              'v1',
            )
            .catch(() => ({ chunk: [] as Array<Json> }));
          const latest = edits.chunk[0];
          return (latest?.content?.['m.new_content']?.body ?? event.content.body) as string;
        } catch {
          return null;
        }
      },
      async removeBot(chat) {
        const owner = await user('owner');
        await owner.kick(chat.chatId, bot.userId);
        await waitFor('bot out', async () => !(await bot.joinedRooms()).includes(chat.chatId));
      },
      async close() {},
    };
  });
});
