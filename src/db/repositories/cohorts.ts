import { randomBytes, randomUUID } from 'node:crypto';
import { type Cohort, type CohortRepository, CohortSlotTaken } from '../../core/store.ts';
import { batched } from '../../util/batched.ts';
import type { Prisma } from '../generated/client.ts';
import type { RepoContext } from './context.ts';
import { toCohort } from './mappers.ts';

const JOIN_CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const JOIN_CODE_LENGTH = 10;

/** 10 characters of [A-Za-z0-9], unbiased: bytes >= 248 (4 x 62) are drawn again. */
export function newJoinCode(): string {
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(16)) {
      if (byte < 248 && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % 62];
    }
  }
  return code;
}

/** The unique value that allows one live cohort per chat or topic. */
export function liveSlotOf(chatId: string, threadId: string): string {
  return `${chatId}/${threadId}`;
}

export function cohortRepository({ client }: RepoContext): CohortRepository {
  // Every chat of a batch of updates looks up its cohort at the same moment: one query (src/util/batched.ts).
  const bySlot = batched<string, Cohort | null>(async (slots) => {
    const rows = await client.cohort.findMany({ where: { liveSlot: { in: [...new Set(slots)] } } });
    const found = new Map(rows.map((row) => [row.liveSlot, row]));
    return slots.map((slot) => {
      const row = found.get(slot);
      return row ? toCohort(row) : null;
    });
  });
  const byLiveSlot = (chatId: string, threadId: string): Promise<Cohort | null> => bySlot(liveSlotOf(chatId, threadId));

  return {
    async create(input) {
      const liveSlot = liveSlotOf(input.chatId, input.threadId);
      // INSERT ... ON CONFLICT DO NOTHING rather than catching a unique
      // violation: inside a transaction, a failed INSERT would abort it.
      for (let attempt = 0; attempt < 5; attempt++) {
        const id = randomUUID();
        const { count } = await client.cohort.createMany({
          data: [
            {
              id,
              chatId: input.chatId,
              threadId: input.threadId,
              liveSlot,
              name: input.name,
              languages: input.languages,
              region: input.region,
              themes: input.themes,
              timezone: input.timezone,
              locale: input.locale,
              joinCode: newJoinCode(),
              ...(input.createdAt ? { createdAt: input.createdAt } : {}),
            },
          ],
          skipDuplicates: true,
        });
        if (count === 1) return toCohort(await client.cohort.findUniqueOrThrow({ where: { id } }));
        if (await client.cohort.findUnique({ where: { liveSlot }, select: { id: true } })) throw new CohortSlotTaken();
        // Otherwise the join code collided (one chance in 62^10): draw another.
      }
      throw new Error('could not find a free join code in 5 attempts');
    },

    async byId(id) {
      const row = await client.cohort.findUnique({ where: { id } });
      return row ? toCohort(row) : null;
    },

    liveFor: byLiveSlot,

    async byJoinCode(code) {
      const row = await client.cohort.findUnique({ where: { joinCode: code } });
      return row ? toCohort(row) : null;
    },

    async update(id, patch) {
      const { status, ...rest } = patch;
      const data: Prisma.CohortUpdateInput = { ...rest };
      if (status !== undefined) {
        const current = await client.cohort.findUniqueOrThrow({ where: { id } });
        data.status = status;
        if (status === 'archived' && current.status !== 'archived') {
          // Keep the invariant archive() keeps: an archived cohort frees its slot.
          data.liveSlot = null;
          data.archivedAt = new Date();
        } else if (status !== 'archived' && current.status === 'archived') {
          // Bringing an archived cohort back takes its slot again, if it is free.
          if (await byLiveSlot(current.chatId, current.threadId)) throw new CohortSlotTaken();
          data.liveSlot = liveSlotOf(current.chatId, current.threadId);
          data.archivedAt = null;
        }
      }
      return toCohort(await client.cohort.update({ where: { id }, data }));
    },

    async archive(id, at) {
      const row = await client.cohort.update({
        where: { id },
        data: { status: 'archived', archivedAt: at, liveSlot: null },
      });
      return toCohort(row);
    },
  };
}
