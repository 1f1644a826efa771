import type { ActionToken, ActionTokenRepository } from '../../core/store.ts';
import { type RepoContext, toJson } from './context.ts';
import { toActionToken } from './mappers.ts';

function toRow(token: Omit<ActionToken, 'usedAt'>) {
  return {
    id: token.id,
    kind: token.kind,
    accountId: token.accountId,
    chatId: token.chatId,
    payload: toJson(token.payload),
    expiresAt: token.expiresAt,
  };
}

export function actionTokenRepository({ client }: RepoContext): ActionTokenRepository {
  return {
    async create(token) {
      return toActionToken(await client.actionToken.create({ data: toRow(token) }));
    },

    async createMany(tokens) {
      if (tokens.length === 0) return;
      await client.actionToken.createMany({ data: tokens.map(toRow) });
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
