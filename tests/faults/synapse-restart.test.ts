// Synapse killed (SIGKILL, as a crash or an OOM kill does) and started again
// on the same data while the bot process syncs: people in a room keep writing
// commands (their client retries a refused send with the same transaction id,
// as Element does), and the bot keeps getting messages to post through its
// Matrix send queue. The kill comes at the worst moment: Synapse has just
// stored one of the bot's answers and dies before telling the bot (a
// pass-through proxy between the bot and Synapse times it, then cuts the
// bot's connection). Once Synapse is back, sync resumes on the token it had,
// every command is answered once and every queued message is in the room once.
// A Synapse of the test's own (from the shared homeserver's Debian root): the
// shared one on 8008 serves other tests and is never stopped.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import { type Database, openDatabase, silentLog } from '../../src/db/client.ts';
import { createPrismaStore } from '../../src/db/store.ts';
import { QUEUES } from '../../src/jobs/queues.ts';
import { BullOutbox, createSendQueue, type SendQueue } from '../../src/jobs/send-queue.ts';
import { deleteKeys, TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { type Json, register } from '../matrix/helpers.ts';
import { createDatabase, freePort, runOnce, startBot, waitForReady } from '../process/helpers.ts';
import { sleep } from './bot.ts';
import {
  bodyOf,
  drained,
  killingProxy,
  matrixBotEnv,
  postsOf,
  repliesTo,
  roomEvents,
  sendRetrying,
} from './matrix-proxy.ts';
import { type PrivateServer, privateSynapse, synapseSkipReason } from './servers.ts';

const DOWN_MS = Number(process.env.FAULT_SYNAPSE_DOWN_MS ?? 8000);
const skip = synapseSkipReason();

describe.skipIf(skip !== null)(`Synapse restarted while the bot syncs${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-fault-synapse-'));
  const prefix = `faultsyn${process.pid}`;
  let synapse: PrivateServer;
  let database: { url: string; drop: () => Promise<void> };
  let db: Database;
  let store: Store;
  let redis: Redis;
  let queue: SendQueue;

  beforeAll(async () => {
    // One after the other, so that afterAll stops whatever did start when the other fails.
    synapse = await privateSynapse();
    database = await createDatabase(`cohort_fault_synapse_${process.pid}_${Date.now()}`);
    expect(runOnce(['migrate'], { DATABASE_URL: database.url, DATA_DIR: dataDir }).status).toBe(0);
    db = await openDatabase({ databaseUrl: database.url, dataDir: '', log: silentLog });
    store = createPrismaStore(db);
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = createSendQueue({ connection: redis, prefix }, QUEUES.sendMatrix);
  }, 90_000);
  afterAll(async () => {
    await synapse?.remove();
    await queue?.close();
    if (redis) await deleteKeys(redis, `${prefix}:*`);
    await redis?.quit();
    await db?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes sync after the restart: every command answered once, every queued message posted once', async () => {
    const [botUser, coord, ana, ben] = await Promise.all(
      ['synbot', 'syncoord', 'synana', 'synben'].map((name) => register(name, synapse.url)),
    );
    const port = await freePort();
    const proxy = await killingProxy(synapse.url);
    const bot = startBot(matrixBotEnv({ database, dataDir, prefix }, port, proxy.url, botUser!, coord!));
    const people = [coord!, ana!, ben!];
    let writing = true;
    const writers: Promise<void>[] = [];
    try {
      await waitForReady(port, bot.child, bot.output);
      const roomId = await coord!.createRoom({ name: 'Synapse fault room' });
      await coord!.invite(roomId, botUser!.userId);
      for (const member of [ana!, ben!]) {
        await coord!.invite(roomId, member.userId);
        await member.join(roomId);
      }
      await waitFor('the bot to join', async () => (await botUser!.joinedRooms()).includes(roomId), {
        timeoutMs: 30_000,
      });

      // People write a command every 1.5 s each; the bot gets a message to post every 0.5 s.
      const asked: string[] = [];
      for (const [p, person] of people.entries()) {
        writers.push(
          (async () => {
            for (let n = 0; writing; n++) {
              asked.push(await sendRetrying(person, roomId, `w${p}-${n}`, '!help language', () => writing));
              await sleep(1500);
            }
          })(),
        );
      }
      const outbox = new BullOutbox({ store, queue, queueFor: () => queue });
      const queued: string[] = [];
      writers.push(
        (async () => {
          for (let n = 0; writing; n++) {
            const text = `queued news ${n}`;
            await outbox.enqueue({
              idempotencyKey: `${prefix}-news-${n}`,
              chat: { platform: 'matrix', chatId: roomId, kind: 'group' },
              message: { html: text },
            });
            queued.push(text);
            await sleep(500);
          }
        })(),
      );
      const room = () => roomEvents(coord!, roomId);
      const answersTo = (events: Json[], eventId: string) => repliesTo(events, botUser!.userId, eventId);
      await waitFor('answers and queued posts before the fault', async () => {
        const events = await room();
        return (
          asked.filter((id) => answersTo(events, id) > 0).length >= 3 && postsOf(events, botUser!.userId).size >= 3
        );
      });
      // The text of an answer to `!help language` (the same each time), to know an unquoted one.
      const firstAnswered = (await room()).find((e) => asked.some((id) => answersTo([e], id) === 1));
      const answerText = bodyOf(firstAnswered!);
      const unquotedAnswers = (events: Json[]) =>
        events.filter((e) => e.sender === botUser!.userId && !e.content?.['m.relates_to'] && bodyOf(e) === answerText)
          .length;

      // The next answer the bot posts is stored by Synapse, which is then killed before it replies.
      const cutAnswer = await proxy.killAfterNextAnswer(() => synapse.stop('kill'));
      const downAt = Date.now();
      // While the homeserver is away, /readyz stays 200 (restarting the bot would not bring the
      // homeserver back) and names Matrix as degraded, with why.
      const [whileDown] = await Promise.all([
        waitFor('/readyz to show Matrix degraded', async () => {
          const seen = await readyz(port);
          return /^degraded: ./.test(String(seen.body.matrix ?? '')) ? seen : null;
        }),
        sleep(DOWN_MS),
      ]);
      expect(whileDown).toMatchObject({ status: 200, body: { database: 'ok', redis: 'ok', degraded: ['matrix'] } });
      await synapse.start();
      const upAt = Date.now();
      // Sync resumed: a command written after the restart is answered.
      const probe = await sendRetrying(coord!, roomId, 'probe', '!help language', () => true);
      await waitFor('the answer to a command after the restart', async () => answersTo(await room(), probe) === 1, {
        timeoutMs: 45_000,
      });
      const firstAnswer = Date.now() - upAt;
      await sleep(1500);
      writing = false;
      await Promise.all(writers);
      expect(asked).toContain(cutAnswer);
      await waitFor(
        'every command answered and every queued message posted',
        async () => {
          const events = await room();
          const posts = postsOf(events, botUser!.userId);
          const missing = asked.filter((id) => answersTo(events, id) === 0).length;
          return missing <= unquotedAnswers(events) && queued.every((text) => posts.has(text));
        },
        { timeoutMs: 45_000 },
      );
      const recovered = Date.now() - upAt;
      // One more command answered: anything handed in twice before it is in the room by now.
      const last = await sendRetrying(coord!, roomId, 'last', '!help language', () => true);
      await waitFor('the answer to the last command', async () => answersTo(await room(), last) === 1);
      await drained(queue);

      const events = await room();
      const posts = postsOf(events, botUser!.userId);
      const answerCounts = asked.map((id) => answersTo(events, id));
      // An answer the bot could not post directly goes through the send queue, without the quote:
      // those (same text as the quoted answers) make up for commands without a quoted answer.
      const unquoted = unquotedAnswers(events);
      const missing = answerCounts.filter((n) => n === 0).length;
      const postCounts = queued.map((text) => posts.get(text) ?? 0);
      const doubled =
        answerCounts.filter((n) => n > 1).length +
        Math.max(0, unquoted - missing) +
        postCounts.filter((n) => n > 1).length;
      const lost = Math.max(0, missing - unquoted) + postCounts.filter((n) => n === 0).length;
      process.stdout.write(
        `[fault] Synapse SIGKILLed right after storing an answer, down ${((upAt - downAt) / 1000).toFixed(1)} s ` +
          `(${(DOWN_MS / 1000).toFixed(0)} s + its start), restarted: first answer ${(firstAnswer / 1000).toFixed(1)} s ` +
          `after it was back, all caught up in ${(recovered / 1000).toFixed(1)} s; ${asked.length} commands and ` +
          `${queued.length} queued messages, ${lost} lost, ${doubled} doubled (${unquoted} answered through the send queue)\n`,
      );
      expect(answersTo(events, cutAnswer)).toBe(1);
      expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
      expect(bot.output()).toMatch(/sync recovered/);
      // Recovered: Matrix is no longer named in /readyz.
      expect(await readyz(port)).toEqual({ status: 200, body: { database: 'ok', redis: 'ok' } });
    } finally {
      writing = false;
      await Promise.allSettled(writers);
      if (process.env.FAULT_LOG) writeFileSync(process.env.FAULT_LOG, bot.output());
      bot.child.kill('SIGTERM');
      await bot.exited;
      await proxy.close();
    }
  }, 180_000);
});

/** What /readyz answers. */
async function readyz(port: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
