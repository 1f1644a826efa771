// Inbound delivery: a bot killed in the middle of a batch loses no update and
// handles none twice, with long polling and with webhooks (durable queue in
// Redis); the webhook checks Telegram's secret header and answers at once.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import type { InboundEvent } from '../../src/core/types.ts';
import { openTestStore } from '../helpers/db.ts';
import { openTestRedis, type TestRedis } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { FakeBotApi, type FakeChat } from './fake-bot-api.ts';
import { drained } from './helpers.ts';
import { type Instance, startInstance, WEBHOOK_PATH, WEBHOOK_SECRET } from './world.ts';

let api: FakeBotApi;
let store: Store;
let closeStore: () => Promise<void>;
let redis: TestRedis;
const instances: Instance[] = [];

beforeEach(async () => {
  api = await new FakeBotApi({ limits: null }).listen();
  ({ store, close: closeStore } = await openTestStore('postgres'));
  redis = await openTestRedis('tg-inbound');
});
afterEach(async () => {
  for (const instance of instances.splice(0)) await instance.stop().catch(() => {});
  await api.close();
  await redis.close();
  await closeStore();
});

/**
 * A gate that lets `n` events through, then hangs every later one: the process
 * died there, between two events. (A kill inside an event's handling, after its
 * answer went out and before the core recorded its id, repeats that answer on
 * restart: the core's at-least-once choice, see docs/telegram.md.)
 */
function dieAfter(n: number): { gate: (event: InboundEvent) => Promise<void>; died: Promise<void> } {
  let passed = 0;
  let markDied: () => void = () => {};
  const died = new Promise<void>((resolve) => {
    markDied = resolve;
  });
  return {
    died,
    gate: async () => {
      if (passed++ < n) return;
      markDied();
      await new Promise(() => {});
    },
  };
}

/** How many times the bot answered "echo <n>" in each chat. */
function echoCounts(chats: FakeChat[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const chat of chats) {
    for (const message of api.inChat(chat.id)) {
      const match = /^echo (\S+)$/.exec(message.text);
      if (match) counts[match[1]!] = (counts[match[1]!] ?? 0) + 1;
    }
  }
  return counts;
}

function sayEchoes(chats: FakeChat[], perChat: number): string[] {
  const said: string[] = [];
  for (let i = 0; i < perChat; i++) {
    for (const [c, chat] of chats.entries()) {
      const label = `${c}-${i}`;
      api.say(`p${c}`, chat, `/tgecho ${label}`);
      said.push(label);
    }
  }
  return said;
}

describe('telegram inbound delivery', () => {
  it('polling: a bot killed mid-batch gets the batch again after a restart and answers every message once', async () => {
    const chats = [api.group(), api.group(), api.privateChat('solo')];
    const { gate, died } = dieAfter(4);
    instances.push(await startInstance(store, api, { mode: 'polling', gate }));
    const said = sayEchoes(chats, 4);
    await died;
    await waitFor('the events already started to end', () => instances[0]!.inFlight() === 0);
    await instances[0]!.kill();
    expect(api.pendingUpdates).toBe(said.length);

    instances.push(await startInstance(store, api, { mode: 'polling' }));
    await drained(api);
    await waitFor('every echo', () => Object.keys(echoCounts(chats)).length === said.length);
    expect(echoCounts(chats)).toEqual(Object.fromEntries(said.map((label) => [label, 1])));
    // Each chat heard its messages in the order they were sent.
    for (const [c, chat] of chats.entries()) {
      expect(api.inChat(chat.id).map((m) => m.text)).toEqual([0, 1, 2, 3].map((i) => `echo ${c}-${i}`));
    }
  });

  it('webhook: updates are queued before the 200, and a killed worker loses and repeats nothing', async () => {
    const chats = [api.group(), api.group(), api.privateChat('solo')];
    const { gate, died } = dieAfter(4);
    instances.push(await startInstance(store, api, { mode: 'webhook', redis, gate }));
    const said = sayEchoes(chats, 4);
    await died;
    // Telegram has had its 200s: everything it sent is in Redis.
    await drained(api);
    await waitFor('the events already started to end', () => instances[0]!.inFlight() === 0);
    await instances[0]!.kill();

    instances.push(await startInstance(store, api, { mode: 'webhook', redis }));
    await waitFor('every echo', () => Object.keys(echoCounts(chats)).length === said.length, { timeoutMs: 20_000 });
    await waitFor('an empty inbound queue', async () => (await instances[1]!.queue!.backlog()) === 0);
    expect(echoCounts(chats)).toEqual(Object.fromEntries(said.map((label) => [label, 1])));
    for (const [c, chat] of chats.entries()) {
      expect(api.inChat(chat.id).map((m) => m.text)).toEqual([0, 1, 2, 3].map((i) => `echo ${c}-${i}`));
    }
  });

  it('webhook: refuses a request without the secret header, and answers fast while the work is slow', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    let working = 0;
    const gate = () => {
      working++;
      return slow;
    };
    instances.push(await startInstance(store, api, { mode: 'webhook', redis, gate }));
    const url = `http://127.0.0.1:${instances[0]!.http!.port}${WEBHOOK_PATH}`;
    // Registered with Telegram with the secret and the updates the bot needs.
    expect(api.webhook).toEqual({
      url,
      secret: WEBHOOK_SECRET,
      allowed: expect.arrayContaining(['message', 'callback_query', 'poll_answer', 'my_chat_member', 'chat_member']),
    });
    const group = api.group();
    const update = {
      update_id: 990001,
      message: {
        message_id: 1,
        date: 1,
        chat: { id: group.id, type: 'group', title: 'G' },
        from: api.user('eve'),
        text: '/tgecho forged',
      },
    };
    const body = JSON.stringify(update);
    const headers = { 'content-type': 'application/json' };
    expect((await fetch(url, { method: 'POST', headers, body })).status).toBe(403);
    const wrong = { ...headers, 'x-telegram-bot-api-secret-token': 'nope' };
    expect((await fetch(url, { method: 'POST', headers: wrong, body })).status).toBe(403);

    const right = { ...headers, 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET };
    const answer = await fetch(url, {
      method: 'POST',
      headers: right,
      body: JSON.stringify({ ...update, update_id: 990002, message: { ...update.message, text: '/tgecho real' } }),
    });
    // Telegram has its 200 while the work cannot have finished: it waits on `slow`, released only below.
    expect(answer.status).toBe(200);
    await waitFor('the queued update to be taken up', () => working === 1);
    expect(api.inChat(group.id)).toEqual([]);
    release();
    await waitFor('the slow answer', () => api.inChat(group.id).length === 1);
    expect(api.inChat(group.id).map((m) => m.text)).toEqual(['echo real']);
    expect(working).toBe(1); // the refused requests never reached the bot
  });
});
