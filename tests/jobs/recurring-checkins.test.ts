// Two bot instances on one PostgreSQL database and one Redis: both reconcile
// the check-in schedules at start, both run job workers, and the occurrence is
// posted exactly once (one job per occurrence id, the unique (schedule, dueAt)
// row, and the outbox ledger key checkin-<occurrence>).

import type { Worker } from 'bullmq';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeAdapter } from '../../adapters/fake/adapter.ts';
import { loadTranslator } from '../../src/core/i18n.ts';
import { JobContext } from '../../src/core/job-context.ts';
import type { BotServices } from '../../src/core/services.ts';
import type { Store } from '../../src/core/store.ts';
import { noTelemetry } from '../../src/core/telemetry.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createPrismaStore } from '../../src/db/store.ts';
import { closeJob, remindJob } from '../../src/features/checkins/digest.ts';
import {
  CLOSE_JOB,
  DUE_JOB,
  dueJob,
  postOccurrence,
  REMIND_JOB,
  reconcileCheckins,
} from '../../src/features/checkins/occurrences.ts';
import {
  BullScheduler,
  createJobsQueue,
  type JobRunner,
  type JobsQueue,
  startJobWorker,
} from '../../src/jobs/scheduler.ts';
import { InlineOutbox } from '../../src/jobs/send-queue.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const i18n = loadTranslator(LOCALES_DIR);

interface Instance {
  job: JobContext;
  queue: JobsQueue;
  worker: Worker;
  outbox: InlineOutbox;
}

function instance(store: Store, redis: TestRedis, adapter: FakeAdapter): Instance {
  const queue = createJobsQueue(redis);
  const outbox = new InlineOutbox({ store, adapters: () => adapter, log });
  const services: BotServices = {
    store,
    outbox,
    scheduler: new BullScheduler({ queue, log }),
    clock: { now: () => new Date() },
    i18n,
    log,
    telemetry: noTelemetry,
    adapterFor: () => adapter,
    defaults: { locale: 'en', timezone: 'UTC' },
  };
  const job = new JobContext({ services });
  const handlers = new Map<string, JobRunner>([
    [DUE_JOB, (data) => dueJob(data, job)],
    [REMIND_JOB, (data) => remindJob(data, job)],
    [CLOSE_JOB, (data) => closeJob(data, job)],
  ]);
  const worker = startJobWorker({ connection: redis.connection, prefix: redis.prefix, handlers, log, concurrency: 4 });
  return { job, queue, worker, outbox };
}

describe('check-ins on real Redis with two instances', () => {
  let redis: TestRedis;
  let database: TestDatabase;
  let secondDb: Awaited<ReturnType<TestDatabase['openAnother']>>;
  const instances: Instance[] = [];

  beforeAll(async () => {
    redis = await openTestRedis('checkins');
    database = await openTestDatabase('postgres');
    await applyMigrations(database.db);
    secondDb = await database.openAnother();
  });

  afterAll(async () => {
    for (const i of instances) {
      await i.worker.close();
      await i.queue.obliterate({ force: true });
      await i.queue.close();
    }
    await secondDb?.close();
    await database?.close();
    await redis?.close();
  });

  it('posts an occurrence once when both reconcile at start and both run workers', async () => {
    const adapter = new FakeAdapter();
    const storeA = createPrismaStore(database.db);
    const storeB = createPrismaStore(secondDb);
    const chat = await storeA.chats.upsert({ platform: 'fake', platformChatId: 'g-two', kind: 'group', title: 'Two' });
    const cohort = await storeA.cohorts.create({
      chatId: chat.id,
      threadId: '',
      name: 'Two',
      languages: ['en'],
      region: null,
      themes: [],
      timezone: 'Europe/Berlin',
      locale: 'en',
    });
    // Due in a moment: the schedule row is the truth; reconciliation creates its job.
    const dueAt = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000);
    const schedule = await storeA.checkins.createSchedule({
      cohortId: cohort.id,
      pattern: 'weekly mon 18:00',
      phase: 0,
      questions: ['Ready?'],
      windowMinutes: 60,
      remindMinutes: null,
      digest: 'group',
      nextDueAt: dueAt,
    });

    instances.push(instance(storeA, redis, adapter), instance(storeB, redis, adapter));
    // Both start at once.
    await Promise.all(instances.map((i) => reconcileCheckins(i.job)));
    await Promise.all(instances.map((i) => reconcileCheckins(i.job)));
    const delayed = await instances[0]!.queue.getDelayed();
    expect(delayed.filter((job) => job.name === DUE_JOB)).toHaveLength(1);

    const occurrence = await waitFor(
      'the occurrence row',
      async () => (await storeA.checkins.recentOccurrences(cohort.id, 5))[0],
    );
    // The next occurrence is planned once, for the following Monday 18:00 Berlin.
    await waitFor(
      'the next occurrence to be planned',
      async () => (await storeA.checkins.schedule(schedule.id))?.nextDueAt?.getTime() !== dueAt.getTime(),
    );
    await Promise.all(instances.map((i) => i.outbox.settled()));

    // A retried job on the other instance changes nothing.
    await dueJob({ scheduleId: schedule.id, dueAt: dueAt.toISOString() }, instances[1]!.job);
    await Promise.all(instances.map((i) => postOccurrence(i.job, schedule, cohort, dueAt)));
    await Promise.all(instances.map((i) => i.outbox.settled()));

    const prompts = adapter.inChat('g-two').filter((m) => m.html.includes('Check-in time'));
    expect(prompts).toHaveLength(1);
    expect(occurrence.dueAt.getTime()).toBe(dueAt.getTime());
    expect(await storeA.checkins.recentOccurrences(cohort.id, 5)).toHaveLength(1);
    const next = (await storeA.checkins.schedule(schedule.id))!.nextDueAt!;
    expect(
      new Intl.DateTimeFormat('en', {
        timeZone: 'Europe/Berlin',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(next),
    ).toBe('Mon 18:00');
    const dueJobs = (await instances[0]!.queue.getDelayed()).filter((job) => job.name === DUE_JOB);
    expect(dueJobs).toHaveLength(1);

    // Someone answered (a digest with nobody in it is not posted), then both instances close it at
    // once (a retried close job): one digest.
    const account = await storeA.accounts.upsert({
      platform: 'fake',
      platformUserId: 'u-ann',
      displayName: 'Ann',
      username: null,
      localeHint: null,
    });
    const member = await storeA.memberships.join(cohort.id, account.id);
    await storeA.checkins.saveAnswer(occurrence.id, member.id, {
      answers: ['Read a chapter'],
      shared: true,
      cursor: null,
    });
    await Promise.all(instances.map((i) => closeJob({ checkInId: occurrence.id }, i.job)));
    await Promise.all(instances.map((i) => i.outbox.settled()));
    expect(adapter.inChat('g-two').filter((m) => m.html.includes('Check-in digest'))).toHaveLength(1);
  }, 30_000);
});
