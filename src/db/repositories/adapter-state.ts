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
      // An empty prefix would match everything.
      if (!prefix) throw new Error('adapter state: deletePrefix needs a prefix');
      // starts_with(), not LIKE (Prisma's startsWith): "_" and "%" in a room id are not wildcards.
      await client.$executeRaw`DELETE FROM "AdapterState" WHERE starts_with("key", ${prefix})`;
    },
  };
}
