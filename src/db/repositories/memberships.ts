import type { Membership, MembershipRepository } from '../../core/store.ts';
import { batched } from '../../util/batched.ts';
import type { RepoContext } from './context.ts';
import { toAccount, toCohort, toMembership } from './mappers.ts';

export function membershipRepository({ client }: RepoContext): MembershipRepository {
  // Every chat of a batch of updates asks for its sender's membership at the same moment: one query.
  const byPair = batched<{ cohortId: string; accountId: string }, Membership | null>(async (pairs) => {
    // Two IN lists rather than an OR of pairs (a query Prisma compiles once); the rows are matched by pair below.
    const rows = await client.membership.findMany({
      where: {
        cohortId: { in: [...new Set(pairs.map((p) => p.cohortId))] },
        accountId: { in: [...new Set(pairs.map((p) => p.accountId))] },
      },
    });
    const found = new Map(rows.map((row) => [`${row.cohortId}/${row.accountId}`, row]));
    return pairs.map((p) => {
      const row = found.get(`${p.cohortId}/${p.accountId}`);
      return row ? toMembership(row) : null;
    });
  });
  return {
    get: (cohortId, accountId) => byPair({ cohortId, accountId }),

    async join(cohortId, accountId, role, at = new Date()) {
      // Insert unless the person has a row (ON CONFLICT DO NOTHING: two joins at once are fine).
      await client.membership.createMany({
        data: [{ cohortId, accountId, role: role ?? 'member', languages: [], topics: [], joinedAt: at }],
        skipDuplicates: true,
      });
      const where = { cohortId_accountId: { cohortId, accountId } };
      const row = await client.membership.findUniqueOrThrow({ where });
      const rejoin = row.status === 'left';
      const roleChange = role !== undefined && role !== row.role;
      // A paused member stays paused: resuming is the member's own choice (update).
      if (!rejoin && !roleChange) return toMembership(row);
      // Re-joining keeps the profile; only status, role and the join date change.
      const updated = await client.membership.update({
        where,
        data: {
          ...(rejoin ? { status: 'active', joinedAt: at } : {}),
          ...(role !== undefined ? { role } : {}),
        },
      });
      return toMembership(updated);
    },

    async update(id, patch) {
      return toMembership(await client.membership.update({ where: { id }, data: { ...patch } }));
    },

    async list(cohortId, filter) {
      const rows = await client.membership.findMany({
        where: { cohortId, ...(filter?.status ? { status: { in: filter.status } } : {}) },
        include: { account: true },
        orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map((row) => ({ ...toMembership(row), account: toAccount(row.account) }));
    },

    async forAccount(accountId) {
      const rows = await client.membership.findMany({
        where: { accountId },
        include: { cohort: true },
        // Same join instant (a frozen test clock, a batch import): the older cohort first.
        orderBy: [{ joinedAt: 'asc' }, { cohort: { createdAt: 'asc' } }, { id: 'asc' }],
      });
      return rows.map((row) => ({ ...toMembership(row), cohort: toCohort(row.cohort) }));
    },
  };
}
