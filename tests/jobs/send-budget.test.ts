// One Telegram budget for several sending processes: two send workers, each
// with its own Telegram adapter (and so its own in-process limiter), take
// from one queue and send to the fake Bot API over HTTP, which answers 429
// past Telegram's limits. Sharing the budget through Redis keeps them under
// the limits together; without it they go over.

import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from '../../adapters/telegram/index.ts';
import { DeliveryError } from '../../src/core/errors.ts';
import type { Store } from '../../src/core/store.ts';
import { type BudgetLimits, redisSendBudget } from '../../src/jobs/send-budget.ts';
import { BullOutbox, createSendQueue, startSendWorker } from '../../src/jobs/send-queue.ts';
import { openTestStore } from '../helpers/db.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi } from '../telegram/fake-bot-api.ts';

const log = pino({ level: 'silent' });
let db: { store: Store; close(): Promise<void> };
let redis: TestRedis;

beforeAll(async () => {
  [db, redis] = await Promise.all([openTestStore('postgres'), openTestRedis('budget')]);
}, 120_000);
afterAll(async () => {
  await Promise.all([db?.close(), redis?.close()]);
});

/** `processes` send workers, each with its own Telegram adapter, on one queue and the fake Bot API. */
async function senders(
  name: string,
  options: { shared: boolean; limits?: Partial<BudgetLimits>; processes: number; concurrency: number },
) {
  const api = await new FakeBotApi().listen();
  const prefix = `${redis.prefix}-${name}`;
  const connection = { connection: redis.connection, prefix };
  const queue = createSendQueue(connection);
  const outbox = new BullOutbox({ store: db.store, queue, backoffMs: 100 });
  const budget = options.shared
    ? redisSendBudget({ redis: redis.connection, prefix, ...(options.limits ? { limits: options.limits } : {}) })
    : undefined;
  const workers = Array.from({ length: options.processes }, () => {
    const adapter = createTelegramAdapter({
      token: api.token,
      mode: 'polling',
      apiRoot: api.url,
      state: db.store.adapterState,
      log,
      ...(budget ? { budget } : {}),
    });
    return startSendWorker({
      ...connection,
      store: db.store,
      adapters: () => adapter,
      log,
      concurrency: options.concurrency,
    });
  });
  return {
    api,
    outbox,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await queue.close();
      await api.close();
    },
  };
}

/** Two "processes" sending `messages` (to `groups` groups, round robin); returns the fake API's counts. */
async function fanOut(name: string, shared: boolean, groups: number, messages: number) {
  const { api, outbox, close } = await senders(name, { shared, processes: 2, concurrency: 8 });
  try {
    const chats = Array.from({ length: groups }, (_, i) => api.group({ title: `Cohort ${i}` }));
    for (let i = 0; i < messages; i++) {
      const chat = chats[i % groups]!;
      await outbox.enqueue({
        idempotencyKey: `${name}-${i}`,
        chat: { platform: 'telegram', chatId: String(chat.id), kind: 'group' },
        message: { html: `Check-in ${i}` },
      });
    }
    await waitFor(`${messages} messages accepted`, () => api.stats.accepted >= messages, {
      timeoutMs: 60_000,
      seen: () => api.stats,
    });
    return { ...api.stats, tooManyBy: { ...api.stats.tooManyBy } };
  } finally {
    await close();
  }
}

/** Two messages to one group, then one to each of `people` private chats, queued at once; returns the texts in the order accepted. */
async function groupAndPeople(api: FakeBotApi, outbox: BullOutbox, name: string, people: number): Promise<string[]> {
  const group = api.group({ title: 'Cohort' });
  const chats = Array.from({ length: people }, (_, i) => {
    const chat = api.privateChat(`member${i}`);
    chat.started = true;
    return chat;
  });
  await outbox.enqueueMany([
    ...['first', 'second'].map((text) => ({
      idempotencyKey: `${name}-${text}`,
      chat: { platform: 'telegram' as const, chatId: String(group.id), kind: 'group' as const },
      message: { html: `group ${text}` },
    })),
    ...chats.map((person, i) => ({
      idempotencyKey: `${name}-dm-${i}`,
      chat: { platform: 'telegram' as const, chatId: String(person.id), kind: 'private' as const },
      message: { html: `private ${i}` },
    })),
  ]);
  await waitFor(`${people + 2} messages accepted`, () => api.stats.accepted >= people + 2, {
    timeoutMs: 60_000,
    seen: () => api.stats,
  });
  return api.sent.map((m) => m.text);
}

/** A budget whose only limit that matters is the window: `max` sends can have arrived in `ms`. */
function windowOnly(name: string, max: number, ms: number) {
  return redisSendBudget({
    redis: redis.connection,
    prefix: `${redis.prefix}-${name}`,
    limits: { globalGapMs: 1, chatGapMs: 1000, groupGapMs: 1000, windowMax: max, windowMs: ms },
  });
}

describe('the shared Telegram send budget', () => {
  // Three messages to each of six groups, taken by both workers at once: each worker's own
  // limiter spaces only its own sends to a chat. (The bot-wide 30/s is the same bucket
  // logic; a busy test machine cannot be relied on to reach 30/s, so the chat limit shows it.)
  it('keeps two sending processes under the per-chat and per-group limits together', async () => {
    const together = await fanOut('shared', true, 6, 18);
    expect(together.accepted).toBe(18);
    expect(together.tooMany, JSON.stringify(together)).toBe(0);
  }, 120_000);

  it('is what keeps them under: each pacing only itself, the two go over', async () => {
    const apart = await fanOut('apart', false, 6, 18);
    expect(apart.accepted).toBe(18);
    expect(apart.tooManyBy.chat).toBeGreaterThan(0);
  }, 120_000);

  it('backs every process off a chat when Telegram answers one of them 429, and only that chat', async () => {
    const api = await new FakeBotApi().listen();
    const budget = redisSendBudget({ redis: redis.connection, prefix: `${redis.prefix}-backoff` });
    const [first, second] = [1, 2].map(() =>
      createTelegramAdapter({
        token: api.token,
        mode: 'polling',
        apiRoot: api.url,
        state: db.store.adapterState,
        log,
        budget,
      }),
    );
    try {
      const [busy, calm] = [api.group({ title: 'Busy' }), api.group({ title: 'Calm' })];
      const ref = (id: number) => ({ platform: 'telegram' as const, chatId: String(id), kind: 'group' as const });
      api.failNext(
        'sendMessage',
        { error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } },
        { chatId: busy.id },
      );
      const waited = (promise: Promise<unknown>) =>
        promise.then(
          () => null,
          (err: unknown) => (err instanceof DeliveryError ? err.failure : err),
        );
      expect(await waited(first!.send(ref(busy.id), { html: 'one' }, { idempotencyKey: 'a' }))).toMatchObject({
        kind: 'rate_limited',
      });
      // The other process has never been told 429, yet it does not try that chat: the budget says
      // wait, until its slot after the 5 s is within the 2 s a queued send may reserve ahead.
      const second429 = await waited(second!.send(ref(busy.id), { html: 'two' }, { idempotencyKey: 'b' }));
      expect(second429).toMatchObject({ kind: 'rate_limited' });
      expect((second429 as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(2000);
      expect(api.calls.filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === busy.id)).toHaveLength(1);
      // Other chats are not held back.
      await second!.send(ref(calm.id), { html: 'three' }, { idempotencyKey: 'c' });
      expect(api.sent.map((m) => m.text)).toEqual(['three']);
    } finally {
      await api.close();
    }
  }, 60_000);

  // The bot-wide spacing is a fraction of a millisecond (1000/29 ms). A wait under 1 ms once
  // came back from Redis as 0 (a Lua number becomes an integer reply by truncation): read as
  // "go" with no slot taken, so two processes could post to one chat at the same moment.
  it('never reads a wait of a fraction of a millisecond as a slot taken', async () => {
    const prefix = `${redis.prefix}-fraction`;
    const limits = { globalGapMs: 1000 / 29, chatGapMs: 5000, groupGapMs: 5000 };
    const budget = redisSendBudget({ redis: redis.connection, prefix, limits });
    // Redis's clock may tick a millisecond between the two scripts: twenty tries, each its own chat.
    for (let n = 0; n < 20; n++) {
      const chat = { platform: 'telegram' as const, chatId: `-42${n}`, kind: 'group' as const };
      // The bot-wide slot a fraction of a millisecond ahead of Redis's clock, set in the same
      // tick as the take so that Redis runs the two scripts microseconds apart.
      const ahead = redis.connection.eval(
        `local t = redis.call('TIME')
         redis.call('SET', KEYS[1], tostring(tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + 0.9))`,
        1,
        `${prefix}:budget:telegram:all`,
      );
      const release = await budget.take(chat);
      await ahead;
      // The first took its place; a second send to the chat right after must be told to wait.
      const second = await budget.take(chat).then(
        () => null,
        (err: unknown) => (err instanceof DeliveryError ? err.failure : err),
      );
      expect(second).toMatchObject({ kind: 'rate_limited' });
      await release();
    }
  });

  // A send reserves its place in the line and sleeps until it: sends that leave late (a stalled
  // process) do not clump past what Telegram counts, because the sends that can have arrived
  // are kept under its window as well.
  it('keeps the sends that can have arrived under the window, one reservation each', async () => {
    const budget = windowOnly('window', 3, 800);
    const started = Date.now();
    const left: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const release = await budget.take({ platform: 'telegram', chatId: String(n), kind: 'private' });
        left.push(Date.now() - started);
        await release();
      }),
    );
    left.sort((a, b) => a - b);
    // Three at once, the fourth only once the first has left the window.
    expect(left[3]! - left[0]!).toBeGreaterThanOrEqual(700);
  });

  // Telegram counts a request when it arrives. One that left and is not answered yet may arrive
  // any moment (its process or the server stalled): it counts as arriving until its answer, so
  // the next sends cannot clump with it on arrival, however late it is.
  it('counts a request not yet answered as arriving until its answer', async () => {
    const budget = windowOnly('unanswered', 1, 300);
    const slow = await budget.take({ platform: 'telegram', chatId: '1', kind: 'private' });
    let secondLeftAt = 0;
    const second = budget.take({ platform: 'telegram', chatId: '2', kind: 'private' }).then((release) => {
      secondLeftAt = Date.now();
      return release;
    });
    // The first request is out for 600 ms, twice the window: the second does not go meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(secondLeftAt).toBe(0);
    const answeredAt = Date.now();
    await slow();
    await (await second)();
    // It goes a window after the answer, not a window after the first left.
    expect(secondLeftAt - answeredAt).toBeGreaterThanOrEqual(280);
  });

  // A group's next message is told to wait for its slot (20 a minute) and goes back to the
  // queue; it must then not trail behind every message queued meanwhile to other chats.
  it('sends a group message that waited for its slot before the backlog of other chats', async () => {
    // 10 a second bot-wide: the 60 private messages take six seconds, the group's second
    // message may go three seconds after its first.
    const { api, outbox, close } = await senders('ahead', {
      shared: true,
      limits: { globalGapMs: 100 },
      processes: 1,
      concurrency: 4,
    });
    try {
      const order = await groupAndPeople(api, outbox, 'ahead', 60);
      // Whichever of the two took the group's slot first (both are fetched at once), the other
      // went three seconds later, not after the last private message.
      const groupAt = ['group first', 'group second'].map((text) => order.indexOf(text));
      expect(Math.min(...groupAt)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...groupAt)).toBeLessThan(order.length - 5);
      expect(api.stats.tooMany).toBe(0);
    } finally {
      await close();
    }
  }, 120_000);

  // A send sleeping until its reserved slot used to hold one of the worker's SEND_CONCURRENCY
  // places: a group's next message, reserved 1.5 s ahead, stopped every other chat's send in a
  // worker with one place. Waiting holds no permit; only sending does.
  it("does not hold other chats' sends behind a send waiting for its slot", async () => {
    const { api, outbox, close } = await senders('waiting', {
      shared: true,
      limits: { globalGapMs: 50, groupGapMs: 1500 },
      processes: 1,
      concurrency: 1,
    });
    try {
      const order = await groupAndPeople(api, outbox, 'waiting', 8);
      // The eight private messages (50 ms apart) went while the group's second waited its 1.5 s.
      const groupAt = ['group first', 'group second'].map((text) => order.indexOf(text)).sort((a, b) => a - b);
      expect(groupAt[1]! - groupAt[0]!, order.join(', ')).toBeGreaterThanOrEqual(6);
      expect(api.stats.tooMany).toBe(0);
    } finally {
      await close();
    }
  }, 120_000);
});
