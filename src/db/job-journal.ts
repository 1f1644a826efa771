// The ScheduledJob table: where embedded mode (no Redis) keeps its one-off
// jobs, so that a restart, even a kill -9, loses none. The in-memory
// scheduler (src/jobs/memory-scheduler.ts) writes every change here first and
// reads the table back at start.

import type { JobData, OneOffJob } from '../core/jobs.ts';
import type { JobJournal } from '../jobs/memory-scheduler.ts';
import type { Database } from './client.ts';
import { toJson } from './repositories/context.ts';

/** Jobs that ran are kept this long, so scheduling one again unchanged stays a no-op (as BullMQ's completed jobs). */
export const RAN_KEEP_MS = 7 * 24 * 3_600_000;

export interface StoredJobs {
  /** Not run yet, soonest first. */
  pending: OneOffJob[];
  /** Ran within RAN_KEEP_MS. */
  ran: OneOffJob[];
}

export interface DatabaseJobJournal extends JobJournal {
  /** Everything kept, after dropping rows of jobs that ran more than RAN_KEEP_MS before `now`. */
  load(now: Date): Promise<StoredJobs>;
}

export function databaseJobJournal(db: Pick<Database, 'prisma'>): DatabaseJobJournal {
  const table = db.prisma.scheduledJob;
  return {
    async save(job) {
      const fields = { name: job.name, data: toJson(job.data), runAt: job.runAt, ranAt: null };
      await table.upsert({ where: { id: job.id }, create: { id: job.id, ...fields }, update: fields });
    },
    async remove(id) {
      await table.deleteMany({ where: { id } });
    },
    async ran(job, at) {
      // Only the run that was stored: a newer schedule of the same id made meanwhile stays pending.
      await table.updateMany({ where: { id: job.id, runAt: job.runAt, name: job.name }, data: { ranAt: at } });
    },
    async load(now) {
      await table.deleteMany({ where: { ranAt: { lt: new Date(now.getTime() - RAN_KEEP_MS) } } });
      const rows = await table.findMany({ orderBy: [{ runAt: 'asc' }, { createdAt: 'asc' }] });
      const job = (row: (typeof rows)[number]): OneOffJob => ({
        id: row.id,
        name: row.name,
        data: row.data as JobData,
        runAt: row.runAt,
      });
      return { pending: rows.filter((r) => r.ranAt === null).map(job), ran: rows.filter((r) => r.ranAt).map(job) };
    },
  };
}
