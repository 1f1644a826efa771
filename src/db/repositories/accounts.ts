import type { Account, AccountRepository } from '../../core/store.ts';
import { batched, byPlatform } from '../../util/batched.ts';
import type { RepoContext } from './context.ts';
import { forgetAccount } from './forget.ts';
import { toAccount } from './mappers.ts';

type AccountUpsert = Parameters<AccountRepository['upsert']>[0];

export function accountRepository({ client, atomically }: RepoContext): AccountRepository {
  return {
    upsert: batched<AccountUpsert, Account>(async (inputs) => {
      // The senders of a batch of updates in one read; only a new person or a changed name or hint is written.
      const rows = await client.account.findMany({
        where: {
          OR: byPlatform(inputs, (i) => i.platformUserId).map(([platform, ids]) => ({
            platform,
            platformUserId: { in: ids },
          })),
        },
      });
      const byKey = new Map(rows.map((row) => [`${row.platform}:${row.platformUserId}`, row]));
      return Promise.all(
        inputs.map(async (input) => {
          const row = byKey.get(`${input.platform}:${input.platformUserId}`);
          if (
            row &&
            row.displayName === input.displayName &&
            (input.username === undefined || row.username === input.username) &&
            (input.localeHint === undefined || row.localeHint === input.localeHint)
          ) {
            return toAccount(row);
          }
          // undefined leaves a field as it is; null clears it (the person removed their @username).
          const refresh = {
            displayName: input.displayName,
            ...(input.username !== undefined ? { username: input.username } : {}),
            ...(input.localeHint !== undefined ? { localeHint: input.localeHint } : {}),
          };
          return toAccount(
            await client.account.upsert({
              where: { platform_platformUserId: { platform: input.platform, platformUserId: input.platformUserId } },
              create: {
                platform: input.platform,
                platformUserId: input.platformUserId,
                ...refresh,
                ...(input.createdAt ? { createdAt: input.createdAt } : {}),
              },
              update: refresh,
            }),
          );
        }),
      );
    }),

    async byId(id) {
      const row = await client.account.findUnique({ where: { id } });
      return row ? toAccount(row) : null;
    },

    async byPlatformId(platform, platformUserId) {
      const row = await client.account.findUnique({ where: { platform_platformUserId: { platform, platformUserId } } });
      return row ? toAccount(row) : null;
    },

    async byUsername(platform, username) {
      const wanted = username.replace(/^@/, '');
      if (!wanted) return null;
      // lower() = lower(), not ILIKE: Telegram usernames contain "_", a LIKE wildcard.
      const ids = await client.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "Account"
        WHERE "platform" = ${platform} AND lower("username") = lower(${wanted})
        ORDER BY "updatedAt" DESC LIMIT 1`;
      const id = ids[0]?.id;
      if (!id) return null;
      const row = await client.account.findUnique({ where: { id } });
      return row ? toAccount(row) : null;
    },

    async update(id, patch) {
      const data = {
        ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
        ...(patch.timezone !== undefined ? { timezone: patch.timezone } : {}),
        ...(patch.unreachableAt !== undefined ? { unreachableAt: patch.unreachableAt } : {}),
      };
      return toAccount(await client.account.update({ where: { id }, data }));
    },

    async forget(id) {
      await atomically((tx) => forgetAccount(tx, id));
    },
  };
}
