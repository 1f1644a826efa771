// Reflections on Prisma.

import type { Reflection, ReflectionRepository, ReflectionVisibility } from '../../core/store.ts';
import type * as Rows from '../generated/client.ts';
import type { RepoContext } from './context.ts';

function toReflection(row: Rows.Reflection): Reflection {
  return {
    id: row.id,
    membershipId: row.membershipId,
    cohortId: row.cohortId,
    text: row.text,
    visibility: row.visibility as ReflectionVisibility,
    createdAt: row.createdAt,
  };
}

export function reflectionRepository({ client }: RepoContext): ReflectionRepository {
  return {
    async create(input) {
      return toReflection(await client.reflection.create({ data: input }));
    },
    async ofMember(membershipId, limit) {
      const rows = await client.reflection.findMany({
        where: { membershipId },
        orderBy: { createdAt: 'desc' },
        take: limit,
      });
      return rows.map(toReflection);
    },
    async setVisibility(id, membershipId, visibility) {
      const { count } = await client.reflection.updateMany({ where: { id, membershipId }, data: { visibility } });
      return count === 1;
    },
    async ofCohort(cohortId, visibilities, since) {
      const rows = await client.reflection.findMany({
        where: { cohortId, visibility: { in: visibilities }, createdAt: { gte: since } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toReflection);
    },
  };
}
