import type { ActionTokenRepository } from '../../core/store.ts';
import { type RepoContext, toJson } from './context.ts';
import { toActionToken } from './mappers.ts';

export function actionTokenRepository({ client }: RepoContext): ActionTokenRepository {
  return {
    async create(token) {
      const row = await client.actionToken.create({
        data: {
          id: token.id,
          kind: token.kind,
          accountId: token.accountId,
          chatId: token.chatId,
          payload: toJson(token.payload),
          expiresAt: token.expiresAt,
        },
      });
      return toActionToken(row);
    },

    async byId(id) {
      const row = await client.actionToken.findUnique({ where: { id } });
      return row ? toActionToken(row) : null;
    },

    async consume(id, at, options = {}) {
      // One conditional UPDATE: of two presses at once, exactly one wins.
      const { count } = await client.actionToken.updateMany({
        where: { id, usedAt: null },
        data: { usedAt: at, ...(options.clearPayload ? { payload: toJson({}) } : {}) },
      });
      return count === 1;
    },

    async prune(before) {
      const { count } = await client.actionToken.deleteMany({ where: { expiresAt: { lt: before } } });
      return count;
    },
  };
}
