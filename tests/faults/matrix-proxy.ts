// What the Matrix fault tests share: people posting as a Matrix client does
// (a cut send retried with the same transaction id), every event of a room,
// and a pass-through proxy in front of Synapse that cuts the bot off at the
// worst moment (its answer stored, the bot never told).

import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SendQueue } from '../../src/jobs/send-queue.ts';
import { TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitFor } from '../helpers/wait.ts';
import type { Json, MatrixUser } from '../matrix/helpers.ts';
import { sleep } from './bot.ts';

/**
 * Post a message as a Matrix client does: a refused or cut send is tried again
 * with the same transaction id, so the homeserver keeps it once.
 */
export async function sendRetrying(
  person: MatrixUser,
  roomId: string,
  txn: string,
  body: string,
  keepTrying: () => boolean,
): Promise<string> {
  const path = `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txn}`;
  for (;;) {
    try {
      const { event_id } = await person.api<{ event_id: string }>('PUT', path, { msgtype: 'm.text', body });
      return event_id;
    } catch (error) {
      if (!keepTrying()) throw error;
      await sleep(300);
    }
  }
}

/** Every message event in the room, oldest first (paged back to the start). */
export async function roomEvents(person: MatrixUser, roomId: string): Promise<Json[]> {
  const events: Json[] = [];
  let from: string | undefined;
  for (;;) {
    const query = `dir=b&limit=500${from ? `&from=${encodeURIComponent(from)}` : ''}`;
    const page = await person.api<{ chunk: Json[]; end?: string }>(
      'GET',
      `/rooms/${encodeURIComponent(roomId)}/messages?${query}`,
    );
    events.push(...page.chunk);
    if (!page.end || page.chunk.length === 0) return events.reverse();
    from = page.end;
  }
}

/** How often the bot posted each of the test's queued messages. */
export function postsOf(events: Json[], botId: string): Map<string, number> {
  const posts = new Map<string, number>();
  for (const e of events) {
    const body = typeof e.content?.body === 'string' ? e.content.body.replace(/[\u2068\u2069]/g, '') : '';
    if (e.sender !== botId || !/^queued news \d+$/.test(body)) continue;
    posts.set(body, (posts.get(body) ?? 0) + 1);
  }
  return posts;
}

/** The environment of a bot process on Matrix with Redis, reaching the homeserver at `homeserver`. */
export function matrixBotEnv(
  setup: { database: { url: string }; dataDir: string; prefix: string },
  port: number,
  homeserver: string,
  bot: MatrixUser,
  inviter: MatrixUser,
): Record<string, string> {
  return {
    DATABASE_URL: setup.database.url,
    DATA_DIR: setup.dataDir,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: setup.prefix,
    HTTP_PORT: String(port),
    HTTP_HOST: '127.0.0.1',
    MATRIX_HOMESERVER_URL: homeserver,
    MATRIX_ACCESS_TOKEN: bot.token,
    MATRIX_USER_ID: bot.userId,
    MATRIX_ALLOWED_INVITERS: inviter.userId,
  };
}

/** How many of the bot's messages answer (quote) this event. */
export const repliesTo = (events: Json[], botId: string, eventId: string): number =>
  events.filter((e) => e.sender === botId && e.content?.['m.relates_to']?.['m.in_reply_to']?.event_id === eventId)
    .length;

/** Resolves when the Matrix send queue has nothing left to send. */
export function drained(queue: SendQueue): Promise<boolean> {
  return waitFor('an empty Matrix send queue', async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).every((n) => n === 0);
  });
}

export const bodyOf = (e: Json): string =>
  typeof e.content?.body === 'string' ? e.content.body.replace(/[\u2068\u2069]/g, '') : '';

/**
 * A pass-through proxy from the bot to Synapse that, once asked, lets the next
 * answer the bot posts (a message with a reply relation) reach Synapse, waits
 * for Synapse to store it, runs `kill` (Synapse's or the bot's) and cuts the
 * bot's connection: the answer is in the room, the bot never heard so.
 */
export async function killingProxy(target: string) {
  const upstreamUrl = new URL(target);
  let armed: { resolve: (commandId: string) => void; kill: () => Promise<void> } | null = null;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let cut: { resolve: (commandId: string) => void; kill: () => Promise<void> } | null = null;
      let commandId = '';
      if (armed && req.method === 'PUT' && /\/send\/m\.room\.message\//.test(req.url ?? '')) {
        commandId = (JSON.parse(body.toString()) as Json)['m.relates_to']?.['m.in_reply_to']?.event_id ?? '';
        if (commandId) [cut, armed] = [armed, null];
      }
      const upstream = request(
        { host: upstreamUrl.hostname, port: upstreamUrl.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          if (!cut) {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
            return;
          }
          up.resume();
          up.on('end', async () => {
            await cut!.kill();
            res.destroy();
            cut!.resolve(commandId);
          });
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Resolves with the command whose answer was stored when `kill` ran. */
    killAfterNextAnswer: (kill: () => Promise<void>) =>
      new Promise<string>((resolve) => {
        armed = { resolve, kill };
      }),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
