// The bot process SIGKILLed on Matrix at the worst moment (issue #12 item 25:
// "30 commands, 31 replies"): people in a room write 30 commands; one answer
// reaches Synapse and the bot is killed before it hears so, so the event was
// never recorded as handled and the sync token never saved. The restarted bot
// gets the command again and answers it again with the same transaction id
// (it comes from the event it answers): Synapse keeps one post. 30 commands,
// 30 replies. Runs on the shared Synapse through a pass-through proxy.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '../../src/jobs/queues.ts';
import { createSendQueue, type SendQueue } from '../../src/jobs/send-queue.ts';
import { deleteKeys, TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import { homeserverUrl, type Json, register, SKIP_REASON } from '../matrix/helpers.ts';
import { roomWithBot } from '../matrix/world.ts';
import { createDatabase, freePort, runOnce, startBot, waitForReady } from '../process/helpers.ts';
import { sleep } from './bot.ts';
import { bodyOf, drained, killingProxy, matrixBotEnv, repliesTo, roomEvents, sendRetrying } from './matrix-proxy.ts';

const COMMANDS = 30;

describe.skipIf(!homeserverUrl)(`the bot SIGKILLed on Matrix${homeserverUrl ? '' : ` (${SKIP_REASON})`}`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohort-fault-mxkill-'));
  const prefix = `faultmxkill${process.pid}`;
  let database: { url: string; drop: () => Promise<void> };
  let redis: Redis;
  let queue: SendQueue;

  beforeAll(async () => {
    database = await createDatabase(`cohort_fault_mxkill_${process.pid}_${Date.now()}`);
    expect(runOnce(['migrate'], { DATABASE_URL: database.url, DATA_DIR: dataDir }).status).toBe(0);
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = createSendQueue({ connection: redis, prefix }, QUEUES.sendMatrix);
  }, 90_000);
  afterAll(async () => {
    await queue?.close();
    if (redis) await deleteKeys(redis, `${prefix}:*`);
    await redis?.quit();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`answers each of ${COMMANDS} commands once across a SIGKILL right after an answer was stored`, async () => {
    const [botUser, coord, ana, ben] = await Promise.all(
      ['mxkillbot', 'mxkillcoord', 'mxkillana', 'mxkillben'].map((name) => register(name)),
    );
    const port = await freePort();
    const proxy = await killingProxy(homeserverUrl!);
    const env = matrixBotEnv({ database, dataDir, prefix }, port, proxy.url, botUser!, coord!);
    let bot = startBot(env);
    const outputs: Array<() => string> = [bot.output];
    const people = [coord!, ana!, ben!];
    const writers: Promise<void>[] = [];
    try {
      await waitForReady(port, bot.child, bot.output);
      const roomId = await roomWithBot(botUser!, coord!, [ana!, ben!], 'Kill room');

      // Each person writes a command every second, ten each.
      const asked: string[] = [];
      for (const [p, person] of people.entries()) {
        writers.push(
          (async () => {
            for (let n = 0; n < COMMANDS / people.length; n++) {
              asked.push(await sendRetrying(person, roomId, `k${p}-${n}`, '!help language', () => true));
              await sleep(1000);
            }
          })(),
        );
      }
      const room = () => roomEvents(coord!, roomId);
      const answersTo = (events: Json[], eventId: string) => repliesTo(events, botUser!.userId, eventId);
      await waitFor('a few answers before the kill', async () => {
        const events = await room();
        return asked.filter((id) => answersTo(events, id) > 0).length >= 3;
      });
      // The next answer reaches Synapse; the bot is killed before Synapse's "stored" reaches it.
      const cutAnswer = await proxy.killAfterNextAnswer(async () => {
        bot.child.kill('SIGKILL');
        await bot.exited;
      });
      bot = startBot(env);
      outputs.push(bot.output);
      await waitForReady(port, bot.child, bot.output);
      await Promise.all(writers);
      expect(asked).toHaveLength(COMMANDS);
      expect(asked).toContain(cutAnswer);

      // The text of an answer to `!help language` (the same each time), to know an unquoted one.
      const answerText = bodyOf((await room()).find((e) => asked.some((id) => answersTo([e], id) === 1))!);
      const replies = (events: Json[]) =>
        events.filter(
          (e) =>
            e.sender === botUser!.userId &&
            (asked.includes(e.content?.['m.relates_to']?.['m.in_reply_to']?.event_id) ||
              (!e.content?.['m.relates_to'] && bodyOf(e) === answerText)),
        );
      await waitFor('every command answered', async () => replies(await room()).length >= COMMANDS, {
        timeoutMs: 60_000,
      });
      // One more command answered, and nothing left to send: anything handed in twice is in the room by now.
      const last = await sendRetrying(coord!, roomId, 'last', '!help language', () => true);
      await waitFor('the answer to the last command', async () => answersTo(await room(), last) === 1);
      await drained(queue);

      const events = await room();
      process.stdout.write(
        `[fault] bot SIGKILLed right after Synapse stored an answer: ${COMMANDS} commands, ` +
          `${replies(events).length} replies\n`,
      );
      expect(replies(events)).toHaveLength(COMMANDS);
      expect(asked.filter((id) => answersTo(events, id) > 1)).toEqual([]);
      expect(answersTo(events, cutAnswer)).toBe(1);
    } finally {
      await Promise.allSettled(writers);
      if (process.env.FAULT_LOG) console.log(outputs.map((out) => out()).join('\n----- restart -----\n'));
      bot.child.kill('SIGTERM');
      await bot.exited;
      await proxy.close();
    }
  }, 180_000);
});
