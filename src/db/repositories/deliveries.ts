import type { DeliveryInput, DeliveryRepository } from '../../core/store.ts';
import { Prisma } from '../generated/client.ts';
import { type RepoContext, toJson } from './context.ts';
import { toDelivery } from './mappers.ts';

function toRow(entry: DeliveryInput) {
  return {
    idempotencyKey: entry.idempotencyKey,
    platform: entry.platform,
    platformChatId: entry.platformChatId,
    threadId: entry.threadId ?? null,
    recipientAccountId: entry.recipientAccountId ?? null,
    message: toJson(entry.message),
  };
}

export function deliveryRepository({ client }: RepoContext): DeliveryRepository {
  return {
    async open(entry) {
      // ON CONFLICT DO NOTHING: a retried job gets the row as it was stored, never overwritten.
      // One round trip when it is new (INSERT ... RETURNING), two when it was there.
      const [inserted] = await client.delivery.createManyAndReturn({ data: [toRow(entry)], skipDuplicates: true });
      if (inserted) return toDelivery(inserted);
      return toDelivery(await client.delivery.findUniqueOrThrow({ where: { idempotencyKey: entry.idempotencyKey } }));
    },

    async openMany(entries) {
      const inserted = await client.delivery.createManyAndReturn({
        data: entries.map(toRow),
        skipDuplicates: true,
      });
      const rows = new Map(inserted.map((row) => [row.idempotencyKey, row]));
      const existing = entries.map((e) => e.idempotencyKey).filter((key) => !rows.has(key));
      if (existing.length > 0) {
        for (const row of await client.delivery.findMany({ where: { idempotencyKey: { in: existing } } }))
          rows.set(row.idempotencyKey, row);
      }
      return entries.map((entry) => {
        const row = rows.get(entry.idempotencyKey);
        if (!row) throw new Error(`ledger row ${entry.idempotencyKey} neither inserted nor found`);
        return toDelivery(row);
      });
    },

    async markPartsSent(key, parts) {
      await client.delivery.updateMany({ where: { idempotencyKey: key }, data: { partsSent: parts } });
    },

    async get(key) {
      const row = await client.delivery.findUnique({ where: { idempotencyKey: key } });
      return row ? toDelivery(row) : null;
    },

    async byPlatformMessage(platform, platformChatId, platformMessageId) {
      const row = await client.delivery.findFirst({ where: { platform, platformChatId, platformMessageId } });
      return row ? toDelivery(row) : null;
    },

    // updateMany: a row removed meanwhile (the recipient used /forgetme) is not an error.
    async markSent(key, platformMessageId, at) {
      await client.delivery.updateMany({
        where: { idempotencyKey: key },
        data: { status: 'sent', platformMessageId, sentAt: at, message: Prisma.DbNull },
      });
    },

    async markFailed(key, error) {
      // A failed delivery is never sent again, so its text is not kept either.
      await client.delivery.updateMany({
        where: { idempotencyKey: key },
        data: { status: 'failed', lastError: error, message: Prisma.DbNull },
      });
    },

    async recordAttempt(key, error) {
      await client.delivery.updateMany({
        where: { idempotencyKey: key },
        data: { attempts: { increment: 1 }, lastError: error },
      });
    },

    async pendingSince(before, limit) {
      const rows = await client.delivery.findMany({
        where: { status: 'pending', createdAt: { lt: before } },
        select: { idempotencyKey: true },
        orderBy: { createdAt: 'asc' },
        take: limit,
      });
      return rows.map((row) => row.idempotencyKey);
    },

    async retarget(key, platformChatId, threadId) {
      await client.delivery.updateMany({
        where: { idempotencyKey: key, status: 'pending' },
        data: { platformChatId, threadId },
      });
    },
  };
}
