import type { Chat, ChatRepository } from '../../core/store.ts';
import { batched, byPlatform } from '../../util/batched.ts';
import type { RepoContext } from './context.ts';
import { forgetPrivateChats } from './forget.ts';
import { toChat } from './mappers.ts';

type ChatUpsert = Parameters<ChatRepository['upsert']>[0];

export function chatRepository({ client, atomically }: RepoContext): ChatRepository {
  return {
    upsert: batched<ChatUpsert, Chat>(async (inputs) => {
      // The chats of a batch of updates in one read; only a new chat or a changed title is written.
      const rows = await client.chat.findMany({
        where: {
          OR: byPlatform(inputs, (i) => i.platformChatId).map(([platform, ids]) => ({
            platform,
            platformChatId: { in: ids },
          })),
        },
      });
      const byKey = new Map(rows.map((row) => [`${row.platform}:${row.platformChatId}`, row]));
      return Promise.all(
        inputs.map(async (input) => {
          const row = byKey.get(`${input.platform}:${input.platformChatId}`);
          if (row && row.kind === input.kind && (input.title === undefined || row.title === input.title)) {
            return toChat(row);
          }
          const refresh = { kind: input.kind, ...(input.title !== undefined ? { title: input.title } : {}) };
          return toChat(
            await client.chat.upsert({
              where: { platform_platformChatId: { platform: input.platform, platformChatId: input.platformChatId } },
              create: { platform: input.platform, platformChatId: input.platformChatId, ...refresh },
              update: refresh,
            }),
          );
        }),
      );
    }),

    async upsertPrivate(platform, platformChatIds) {
      if (platformChatIds.length === 0) return [];
      if (platformChatIds.length === 1) {
        // One person (the usual tell): one upsert, as for any chat.
        const [platformChatId] = platformChatIds as [string];
        const row = await client.chat.upsert({
          where: { platform_platformChatId: { platform, platformChatId } },
          create: { platform, platformChatId, kind: 'private' },
          update: { kind: 'private' },
        });
        return [toChat(row)];
      }
      // Insert the missing ones (ON CONFLICT DO NOTHING), then read them all: two statements for any number.
      await client.chat.createMany({
        data: platformChatIds.map((platformChatId) => ({ platform, platformChatId, kind: 'private' })),
        skipDuplicates: true,
      });
      const rows = await client.chat.findMany({ where: { platform, platformChatId: { in: platformChatIds } } });
      const byChatId = new Map(rows.map((row) => [row.platformChatId, toChat(row)]));
      return platformChatIds.map((id) => {
        const chat = byChatId.get(id);
        if (!chat) throw new Error(`chat ${platform}:${id} vanished while it was written`);
        return chat;
      });
    },

    async byId(id) {
      const row = await client.chat.findUnique({ where: { id } });
      return row ? toChat(row) : null;
    },

    async byPlatformId(platform, platformChatId) {
      const row = await client.chat.findUnique({ where: { platform_platformChatId: { platform, platformChatId } } });
      return row ? toChat(row) : null;
    },

    async forgetPrivate(platform, platformChatIds) {
      await atomically((tx) => forgetPrivateChats(tx, platform, platformChatIds));
    },

    async markUnreachable(id, at) {
      await client.chat.updateMany({ where: { id }, data: { unreachableAt: at } });
    },

    async movePlatformId(platform, from, to) {
      if (from === to) return;
      await atomically(async (tx) => {
        const old = await tx.chat.findUnique({
          where: { platform_platformChatId: { platform, platformChatId: from } },
          include: { _count: { select: { cohorts: true } } },
        });
        if (!old) return; // already moved (a retried job)
        // The new id may already have a row: an event from the supergroup arrived
        // before the migration notice. It is empty then, and gives way to the old row.
        const target = await tx.chat.findUnique({
          where: { platform_platformChatId: { platform, platformChatId: to } },
          include: { _count: { select: { cohorts: true } } },
        });
        if (target) {
          if (target._count.cohorts > 0 && old._count.cohorts === 0) {
            // The old id's row is a stray (an event from the old id after the move created it
            // again): the supergroup's row is the chat; the stray and what hangs on it go.
            await tx.actionToken.deleteMany({ where: { chatId: old.id } });
            await tx.chat.delete({ where: { id: old.id } });
            return;
          }
          if (target._count.cohorts > 0) {
            throw new Error(`cannot move chat ${platform}:${from} to ${to}: ${to} already has cohorts`);
          }
          await tx.chat.delete({ where: { id: target.id } });
        }
        await tx.chat.update({ where: { id: old.id }, data: { platformChatId: to } });
      });
    },
  };
}
