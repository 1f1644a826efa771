// The send queue on real Redis and a real database: each message is posted
// once, whatever BullMQ retries, and platform failures end where they should.

import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/core/jobs.ts';
import type { Store } from '../../src/core/store.ts';
import type { ChatRef } from '../../src/core/types.ts';
import type { JobHooks } from '../../src/jobs/hooks.ts';
import { BullOutbox, createSendQueue, type SendQueue, startSendWorker } from '../../src/jobs/send-queue.ts';
import { openTestStore } from '../helpers/db.ts';
import { RecordingAdapter } from '../helpers/recording-adapter.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';

const log = pino({ level: 'silent' });

let redis: TestRedis;
let db: { store: Store; close(): Promise<void> };
let store: Store;
let queue: SendQueue;
let worker: ReturnType<typeof startSendWorker> | undefined;
let adapter: RecordingAdapter;
let hooks: JobHooks;

beforeAll(async () => {
  redis = await openTestRedis('send');
  db = await openTestStore('pglite');
  store = db.store;
});

afterAll(async () => {
  await redis?.close();
  await db?.close();
});

function startWorker(extraHooks: Partial<JobHooks> = {}) {
  hooks = { send() {}, job() {}, error() {}, ...extraHooks };
  worker = startSendWorker({
    connection: redis.connection,
    prefix: redis.prefix,
    store,
    adapters: new Map([['fake', adapter]]),
    log,
    hooks,
  });
}

beforeEach(() => {
  adapter = new RecordingAdapter('fake');
  queue = createSendQueue(redis);
});

afterEach(async () => {
  await worker?.close();
  await queue.obliterate({ force: true });
  await queue.close();
});

function outbox(options: { attempts?: number } = {}) {
  return new BullOutbox({ store, queue, backoffMs: 50, ...options });
}

async function groupChat(): Promise<ChatRef> {
  const chat = await store.chats.upsert({
    platform: 'fake',
    platformChatId: `g-${randomUUID()}`,
    kind: 'group',
    title: 'Cohort',
  });
  return { platform: 'fake', chatId: chat.platformChatId, kind: 'group' };
}

async function entry(
  chat: ChatRef,
  text = 'How was your week?',
  extra: Partial<OutboxEntry> = {},
): Promise<OutboxEntry> {
  return { idempotencyKey: `checkin-${randomUUID()}`, chat, message: { html: text }, ...extra };
}

async function settled(key: string) {
  return waitFor(`delivery ${key} to settle`, async () => {
    const row = await store.deliveries.get(key);
    return row && row.status !== 'pending' ? row : null;
  });
}

/**
 * Wait until the queue holds no job that could still send (none waiting,
 * delayed or running), and return how many completed. Once it is idle, a send
 * that did not happen will not happen later.
 */
async function idle(q: SendQueue): Promise<number> {
  const counts = await waitFor('the send queue to be idle', async () => {
    const { completed = 0, ...open } = await q.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'completed');
    return Object.values(open).every((n) => n === 0) ? { completed } : null;
  });
  return counts.completed;
}

describe('send queue', () => {
  it('posts a message enqueued twice under the same key once', async () => {
    startWorker();
    const out = outbox();
    const e = await entry(await groupChat());
    await out.enqueue(e);
    await out.enqueue(e);
    const row = await settled(e.idempotencyKey);

    expect(row.status).toBe('sent');
    expect(row.platformMessageId).toBe(adapter.sent[0]?.messageId);
    expect(row.message).toBeNull(); // the ledger keeps no text once sent
    await out.enqueue(e); // after it was sent, too
    // One job ever ran for the key, and none is left that could post again.
    expect(await idle(queue)).toBe(1);
    expect(adapter.sent).toHaveLength(1);
    expect(adapter.sent[0]?.options?.idempotencyKey).toBe(e.idempotencyKey);
  });

  it('posts each message of a burst once, when the same keys are enqueued at the same moment (one batch)', async () => {
    startWorker();
    const out = outbox();
    const chats = await Promise.all([groupChat(), groupChat(), groupChat()]);
    const burst = await Promise.all(chats.map((chat, i) => entry(chat, `Check-in ${i}`)));
    // Everything in the same turn of the event loop: one ledger insert and one addBulk, each key twice.
    await Promise.all([...burst, ...burst].map((e) => out.enqueue(e)));
    for (const e of burst) expect((await settled(e.idempotencyKey)).status).toBe('sent');
    expect(await idle(queue)).toBe(3);
    expect(adapter.sent.map((m) => m.message.html).sort()).toEqual(['Check-in 0', 'Check-in 1', 'Check-in 2']);
  });

  it('sends a ledger row whose job was never queued (crash in between) when pending rows are requeued', async () => {
    const chat = await groupChat();
    const e = await entry(chat, 'Left behind by a crash');
    // The row is opened but the process dies before queue.add.
    await store.deliveries.open({
      idempotencyKey: e.idempotencyKey,
      platform: 'fake',
      platformChatId: chat.chatId,
      message: e.message,
    });
    const sentBefore = await entry(chat, 'Already out');
    await outbox().enqueue(sentBefore);
    startWorker();
    await settled(sentBefore.idempotencyKey);

    const out = outbox();
    const future = new Date(Date.now() + 60_000);
    expect(await out.requeuePending(future)).toBe(1);
    await out.requeuePending(future); // a second start-up changes nothing
    expect((await settled(e.idempotencyKey)).status).toBe('sent');
    // Two jobs in all (the second requeue added none), and nothing left to run.
    expect(await idle(queue)).toBe(2);
    expect(adapter.sent.map((m) => m.message.html)).toEqual(['Already out', 'Left behind by a crash']);
  });

  it('does not post again when the job is retried after the message went out', async () => {
    // Something after the send fails once (here: reporting the job), so BullMQ runs the job again.
    let failOnce = true;
    startWorker({
      job(_queue, outcome) {
        if (outcome === 'ok' && failOnce) {
          failOnce = false;
          throw new Error('lost the connection after sending');
        }
      },
    });
    const e = await entry(await groupChat());
    await outbox().enqueue(e);

    const job = await waitFor('the retried job to complete', async () => (await queue.getJobs(['completed']))[0]);
    expect(job.attemptsMade).toBe(2);
    expect(job.returnvalue).toBe('already_sent');
    expect(adapter.sent).toHaveLength(1);
    expect((await store.deliveries.get(e.idempotencyKey))?.status).toBe('sent');
  });

  it('waits out a rate limit, then posts once without using up an attempt', async () => {
    startWorker();
    adapter.failNext({ kind: 'rate_limited', retryAfterMs: 600 }, { kind: 'rate_limited', retryAfterMs: 300 });
    // One attempt only: had a rate limit used it up, the message would never go out.
    const e = await entry(await groupChat());
    await outbox({ attempts: 1 }).enqueue(e);
    const row = await settled(e.idempotencyKey);

    expect(row.status).toBe('sent');
    expect(adapter.sent).toHaveLength(1);
    expect(adapter.tries.map((t) => t.outcome)).toEqual(['rate_limited', 'rate_limited', 'ok']);
    const [first, second, third] = adapter.tries;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(600);
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(300);
  });

  it('marks a DM recipient unreachable and stops sending to them', async () => {
    startWorker();
    const account = await store.accounts.upsert({
      platform: 'fake',
      platformUserId: `u-${randomUUID()}`,
      displayName: 'Amina',
    });
    const dm: ChatRef = { platform: 'fake', chatId: account.platformUserId, kind: 'private' };
    adapter.failNext({ kind: 'unreachable', reason: 'bot was blocked by the user' });
    const first = await entry(dm, 'Your mentor is Lea', { recipientAccountId: account.id });
    await outbox().enqueue(first);
    const row = await settled(first.idempotencyKey);

    expect(row.status).toBe('failed');
    expect(row.lastError).toContain('blocked');
    expect((await store.accounts.byId(account.id))?.unreachableAt).toBeInstanceOf(Date);
    expect(adapter.tries).toHaveLength(1); // not retried

    // The next DM to them is not even tried.
    const second = await entry(dm, 'Reminder', { recipientAccountId: account.id });
    await outbox().enqueue(second);
    expect((await settled(second.idempotencyKey)).status).toBe('failed');
    expect(adapter.tries).toHaveLength(1);
  });

  it('marks a group chat unreachable when the bot was removed', async () => {
    startWorker();
    const chat = await groupChat();
    adapter.failNext({ kind: 'unreachable', reason: 'bot was kicked from the group chat' });
    const e = await entry(chat);
    await outbox().enqueue(e);

    expect((await settled(e.idempotencyKey)).status).toBe('failed');
    const row = await store.chats.byPlatformId('fake', chat.chatId);
    expect(row?.unreachableAt).toBeInstanceOf(Date);
    expect(adapter.sent).toHaveLength(0);
  });

  it('moves a migrated group to its new id and resends once', async () => {
    startWorker();
    const chat = await groupChat();
    const newId = `sg-${randomUUID()}`;
    adapter.failNext({ kind: 'migrated', newChatId: newId });
    const e = await entry(chat);
    await outbox().enqueue(e);
    const row = await settled(e.idempotencyKey);

    expect(row.status).toBe('sent');
    expect(row.platformChatId).toBe(newId);
    expect(adapter.sent.map((s) => s.chat.chatId)).toEqual([newId]);
    expect(adapter.tries).toHaveLength(2);
    expect(await store.chats.byPlatformId('fake', newId)).not.toBeNull();
    expect(await store.chats.byPlatformId('fake', chat.chatId)).toBeNull();
  });

  it('gives up after a second migration instead of chasing the chat', async () => {
    startWorker();
    const chat = await groupChat();
    adapter.failNext({ kind: 'migrated', newChatId: `sg-${randomUUID()}` }, { kind: 'migrated', newChatId: 'x' });
    const e = await entry(chat);
    await outbox().enqueue(e);

    expect((await settled(e.idempotencyKey)).status).toBe('failed');
    expect(adapter.tries).toHaveLength(2);
    expect(adapter.sent).toHaveLength(0);
  });

  it('falls back to the general topic when the forum topic is gone', async () => {
    startWorker();
    const chat = { ...(await groupChat()), threadId: '42' };
    adapter.failNext({ kind: 'thread_gone' });
    const e = await entry(chat);
    await outbox().enqueue(e);
    const row = await settled(e.idempotencyKey);

    expect(row.status).toBe('sent');
    expect(row.threadId).toBeNull();
    expect(adapter.tries[0]?.chat.threadId).toBe('42');
    expect(adapter.sent[0]?.chat.threadId).toBeUndefined();
    expect(adapter.sent[0]?.chat.chatId).toBe(chat.chatId);
  });

  it('retries transient failures with backoff, then posts once', async () => {
    startWorker();
    adapter.failNext({ kind: 'transient', reason: 'HTTP 502' }, new Error('socket hang up'));
    const e = await entry(await groupChat());
    await outbox().enqueue(e);
    const row = await settled(e.idempotencyKey);

    expect(row.status).toBe('sent');
    expect(row.attempts).toBe(2);
    expect(adapter.tries.map((t) => t.outcome)).toEqual(['transient', 'error', 'ok']);
    expect(adapter.sent).toHaveLength(1);
  });

  it('marks the message failed once transient failures use up every attempt', async () => {
    startWorker();
    adapter.failNext(
      { kind: 'transient', reason: 'HTTP 502' },
      { kind: 'transient', reason: 'HTTP 502' },
      { kind: 'transient', reason: 'HTTP 503' },
    );
    const e = await entry(await groupChat());
    await outbox({ attempts: 3 }).enqueue(e);
    const row = await settled(e.idempotencyKey);

    expect(row.status).toBe('failed');
    expect(row.lastError).toContain('HTTP 503');
    expect(adapter.tries).toHaveLength(3);
    expect(adapter.sent).toHaveLength(0);
  });

  it('does not retry a message the platform rejects', async () => {
    startWorker();
    adapter.failNext({ kind: 'rejected', reason: "can't parse entities" });
    const e = await entry(await groupChat());
    await outbox().enqueue(e);
    const row = await settled(e.idempotencyKey);

    expect(row.status).toBe('failed');
    expect(row.lastError).toContain("can't parse entities");
    expect(adapter.tries).toHaveLength(1);
  });

  it('keeps job data to the ledger key, without message text', async () => {
    const e = await entry(await groupChat(), 'Private reflection text');
    await outbox().enqueue(e);
    const [job] = await queue.getJobs(['waiting', 'prioritized', 'delayed', 'active', 'completed']);
    expect(job?.data).toEqual({ key: e.idempotencyKey });
    expect(job?.id).toMatch(/^[0-9a-f]{40}$/);
  });
});
