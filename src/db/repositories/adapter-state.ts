import type { AdapterStateStore } from '../../core/types.ts';
import type { RepoContext } from './context.ts';

export function adapterStateRepository({ client }: RepoContext): AdapterStateStore {
  return {
    async get(key) {
      const row = await client.adapterState.findUnique({ where: { key } });
      return row?.value ?? null;
    },
    async set(key, value) {
      await client.adapterState.upsert({ where: { key }, create: { key, value }, update: { value } });
    },
    async delete(key) {
      await client.adapterState.deleteMany({ where: { key } });
    },
    async deletePrefix(prefix) {
      // Prisma escapes LIKE's wildcards in startsWith; an empty prefix would match everything.
      if (!prefix) throw new Error('adapter state: deletePrefix needs a prefix');
      await client.adapterState.deleteMany({ where: { key: { startsWith: prefix } } });
    },
  };
}
