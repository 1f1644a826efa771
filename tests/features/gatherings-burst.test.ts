// A gathering's follow-up step due for many people at once, on real Redis and
// PostgreSQL with BullMQ workers: the steps run in batches (one read for the
// people, one write each for chats, buttons, ledger and progress), and still
// every active person is asked once about each open commitment, in private,
// with buttons that exist; people on a break or gone hear nothing; a replay
// sends nothing more.

import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTranslator } from '../../src/core/i18n.ts';
import { JobContext } from '../../src/core/job-context.ts';
import { systemClock } from '../../src/core/jobs.ts';
import type { Store } from '../../src/core/store.ts';
import { noTelemetry } from '../../src/core/telemetry.ts';
import { jobs } from '../../src/features/gatherings/jobs.ts';
import { STEP_JOB, stepId } from '../../src/features/gatherings/plan.ts';
import { BullScheduler, createJobsQueue, type JobRunner, startJobWorker } from '../../src/jobs/scheduler.ts';
import { BullOutbox, createSendQueue, startSendWorker } from '../../src/jobs/send-queue.ts';
import { LOCALES_DIR } from '../../src/local.ts';
import { openTestStore } from '../helpers/db.ts';
import { RecordingAdapter } from '../helpers/recording-adapter.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

const log = pino({ level: 'silent' });
const DAY = 86_400_000;

/** A fixed-offset zone where it is about noon now (follow-ups wait out 21:00-08:00 local). */
function noonZone(now: Date): string {
  let offset = 12 - now.getUTCHours();
  if (offset > 12) offset -= 24;
  return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

let redis: TestRedis;
let db: { store: Store; close(): Promise<void> };

beforeAll(async () => {
  redis = await openTestRedis('gburst');
  db = await openTestStore('postgres');
});

afterAll(async () => {
  await redis?.close();
  await db?.close();
});

describe('gatherings: a step due for many at once', { timeout: 120_000 }, () => {
  it('asks each active person once per open commitment, in private, with working buttons', async () => {
    const { store } = db;
    const adapter = new RecordingAdapter('fake');
    const jobsQueue = createJobsQueue(redis);
    const sendQueue = createSendQueue(redis);
    const scheduler = new BullScheduler({ queue: jobsQueue, log });
    const job = new JobContext({
      services: {
        store,
        outbox: new BullOutbox({ store, queue: sendQueue }),
        scheduler,
        clock: systemClock,
        i18n: loadTranslator(LOCALES_DIR),
        log,
        telemetry: noTelemetry,
        adapterFor: () => adapter,
        defaults: { locale: 'en', timezone: 'UTC' },
      },
    });

    const group = await store.chats.upsert({ platform: 'fake', platformChatId: 'burst-group', kind: 'group' });
    const cohort = await store.cohorts.create({
      chatId: group.id,
      threadId: '',
      name: 'Burst',
      languages: ['en'],
      region: null,
      themes: [],
      timezone: 'UTC',
      locale: 'en',
    });
    const endsAt = new Date(Date.now() - 30 * DAY);
    const gathering = await store.gatherings.create({
      cohortId: cohort.id,
      title: 'Edit-a-thon',
      description: null,
      startsAt: new Date(endsAt.getTime() - 3 * 3_600_000),
      endsAt,
      timezone: noonZone(new Date()),
      place: null,
      onlineUrl: null,
      capacity: null,
    });
    const people = ['ana', 'ben', 'chi', 'dev', 'eva', 'fay', 'gil'];
    const members = new Map<string, string>();
    for (const handle of people) {
      const account = await store.accounts.upsert({ platform: 'fake', platformUserId: handle, displayName: handle });
      const membership = await store.memberships.join(cohort.id, account.id);
      members.set(handle, membership.id);
      await store.gatherings.setAttended(gathering.id, membership.id, endsAt);
      await store.gatherings.addCommitment({
        gatheringId: gathering.id,
        membershipId: membership.id,
        text: `${handle} writes the guide`,
        visibility: 'me',
      });
    }
    // Ana made two commitments; Ben let his go already; Fay is on a break; Gil left.
    await store.gatherings.addCommitment({
      gatheringId: gathering.id,
      membershipId: members.get('ana')!,
      text: 'ana runs a workshop',
      visibility: 'me',
    });
    const [bens] = await store.gatherings.commitmentsOf(gathering.id, members.get('ben'));
    await store.gatherings.setCommitmentStatus(bens!.id, 'let-go');
    await store.memberships.update(members.get('fay')!, { status: 'paused' });
    await store.memberships.update(members.get('gil')!, { status: 'left' });
    await store.gatherings.advanceFollowUps(gathering.id, [...members.values()], 2);

    // The +30 d step of all seven, due now, planned in one go.
    await scheduler.scheduleMany(
      [...members.values()].map((membershipId) => ({
        id: stepId(gathering.id, membershipId, 3),
        name: STEP_JOB,
        data: { gatheringId: gathering.id, membershipId, step: 3, days: 30 },
        runAt: new Date(),
      })),
    );
    const step: JobRunner = (data) => jobs[STEP_JOB]!(data, job);
    const worker = startJobWorker({ ...redis, handlers: new Map([[STEP_JOB, step]]), log, concurrency: 8 });
    const sender = startSendWorker({ ...redis, store, adapters: new Map([['fake', adapter]]), log });
    try {
      // Ana twice, Chi, Dev, Eva: five questions.
      await waitFor('five questions sent', () => adapter.sent.length === 5, { timeoutMs: 60_000 });
      const to = (handle: string) => adapter.sent.filter((s) => s.chat.chatId === handle);
      expect(to('ana').map((s) => s.message.html)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/ana writes the guide/),
          expect.stringMatching(/ana runs a workshop/),
        ]),
      );
      for (const handle of ['chi', 'dev', 'eva']) {
        expect(to(handle)).toHaveLength(1);
        expect(to(handle)[0]!.message.html).toContain(`${handle} writes the guide`);
      }
      for (const handle of ['ben', 'fay', 'gil']) expect(to(handle)).toEqual([]);
      expect(adapter.sent.every((s) => s.chat.kind === 'private')).toBe(true);

      // Each question has its own four answers, on a token that is stored for that person in that chat.
      const tokens = new Set<string>();
      for (const sent of adapter.sent) {
        const buttons = sent.message.buttons?.flat() ?? [];
        expect(buttons.map((b) => b.label)).toEqual(['Done', 'Partly', 'Not yet', 'Let it go']);
        const tokenId = buttons[0]!.data.split(':')[0]!;
        tokens.add(tokenId);
        const token = await store.actionTokens.byId(tokenId);
        const account = await store.accounts.byPlatformId('fake', sent.chat.chatId);
        expect(token).toMatchObject({ accountId: account!.id, usedAt: null });
        const chat = await store.chats.byId(token!.chatId!);
        expect(chat).toMatchObject({ platformChatId: sent.chat.chatId, kind: 'private' });
      }
      expect(tokens.size).toBe(5);

      const steps = new Map(
        (await store.gatherings.rsvps(gathering.id)).map((r) => [r.membershipId, r.followUpStep] as const),
      );
      for (const handle of ['ana', 'ben', 'chi', 'dev', 'eva']) expect(steps.get(members.get(handle)!)).toBe(3);
      for (const handle of ['fay', 'gil']) expect(steps.get(members.get(handle)!)).toBe(2);

      // Replayed (two instances, a restored queue): all at once again, nothing more goes out.
      await Promise.all(
        [...members.values()].map((membershipId) =>
          step({ gatheringId: gathering.id, membershipId, step: 3, days: 30 }, {} as never),
        ),
      );
      // Each replayed step has returned: its ledger rows were found sent, so no send job was added.
      const queued = await sendQueue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
      expect(Object.values(queued).reduce((a, b) => a + b, 0)).toBe(5);
      expect(adapter.sent).toHaveLength(5);
    } finally {
      await worker.close();
      await sender.close();
      await jobsQueue.obliterate({ force: true });
      await sendQueue.obliterate({ force: true });
      await jobsQueue.close();
      await sendQueue.close();
    }
  });
});
