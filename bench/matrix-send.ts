// `node bench/matrix-send.ts`: how many messages per second the bot gets into a
// Matrix room through the adapter (PUT /send with ledger transaction ids), on a
// real homeserver. Registers a throwaway bot and user (open registration), so
// point it only at a test Synapse (../shared/tools/matrix-homeserver).
//
//   MATRIX_BENCH_HOMESERVER_URL (default MATRIX_TEST_HOMESERVER_URL)
//   MATRIX_BENCH_MESSAGES (default 300)   MATRIX_BENCH_CONCURRENCY (default 1,4,16)
//   MATRIX_BENCH_LABEL (a name for the rows)
//
// Rate limits are handled as the send queue does: a rate_limited DeliveryError
// waits retry_after_ms and the same send (same transaction id) is tried again.

import { cpus, totalmem } from 'node:os';
import { createMatrixAdapter } from '../adapters/matrix/index.ts';
import { DeliveryError } from '../src/core/errors.ts';
import type { AdapterStateStore, ChatRef } from '../src/core/types.ts';

const url = (process.env.MATRIX_BENCH_HOMESERVER_URL ?? process.env.MATRIX_TEST_HOMESERVER_URL)?.replace(/\/+$/, '');
const total = Number(process.env.MATRIX_BENCH_MESSAGES ?? 300);
const label = process.env.MATRIX_BENCH_LABEL ?? url;
if (!url) {
  process.stderr.write('set MATRIX_BENCH_HOMESERVER_URL (or MATRIX_TEST_HOMESERVER_URL) to a test Synapse\n');
  process.exit(2);
}

async function api<T>(token: string | null, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}/_matrix/client/v3${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function register(name: string): Promise<{ userId: string; token: string }> {
  const username = `${name}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const r = await api<{ user_id: string; access_token: string }>(null, 'POST', '/register', {
    username,
    password: `pw-${username}`,
    auth: { type: 'm.login.dummy' },
  });
  return { userId: r.user_id, token: r.access_token };
}

const map = new Map<string, string>();
const state: AdapterStateStore = {
  get: async (k) => map.get(k) ?? null,
  set: async (k, v) => void map.set(k, v),
  delete: async (k) => void map.delete(k),
  deletePrefix: async (prefix) => {
    for (const k of [...map.keys()]) if (k.startsWith(prefix)) map.delete(k);
  },
};
const quiet = { info() {}, warn() {}, error() {} };

const [bot, owner] = await Promise.all([register('benchbot'), register('benchowner')]);
const { room_id: roomId } = await api<{ room_id: string }>(owner.token, 'POST', '/createRoom', {
  preset: 'private_chat',
  invite: [bot.userId],
});
const adapter = createMatrixAdapter({
  homeserverUrl: url,
  auth: { kind: 'accessToken', accessToken: bot.token },
  allowedInviters: 'own-server',
  coordinatorPowerLevel: 50,
  state,
  log: quiet,
  dataDir: '/tmp',
  syncTimeoutMs: 1000,
});
await adapter.start(async () => {});
for (
  let i = 0;
  i < 100 && !(await api<{ joined_rooms: string[] }>(bot.token, 'GET', '/joined_rooms')).joined_rooms.includes(roomId);
  i++
) {
  await new Promise((r) => setTimeout(r, 100));
}
const chat: ChatRef = { platform: 'matrix', chatId: roomId, kind: 'group' };

/** Send as the send queue would: wait out rate limits and try again with the same key. */
async function sendPatiently(
  html: string,
  key: string,
): Promise<{ messageId: string; waits: number; waitedMs: number }> {
  let waits = 0;
  let waitedMs = 0;
  for (;;) {
    try {
      const sent = await adapter.send(chat, { html }, { idempotencyKey: key });
      return { messageId: sent.messageId, waits, waitedMs };
    } catch (err) {
      if (!(err instanceof DeliveryError) || err.failure.kind !== 'rate_limited') throw err;
      const wait = err.failure.retryAfterMs;
      waits++;
      waitedMs += wait;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

async function run(concurrency: number, count: number, tag: string) {
  let next = 0;
  let waits = 0;
  let waitedMs = 0;
  const started = performance.now();
  async function worker() {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const sent = await sendPatiently(`<b>bench</b> ${tag} ${i}`, `bench-${tag}-${i}`);
      waits += sent.waits;
      waitedMs += sent.waitedMs;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { rate: count / seconds, seconds, waits, waitedMs };
}

process.stdout.write(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n\n`,
);
process.stdout.write(
  '| homeserver | concurrency | messages | msg/s | rate-limit waits (total wait) |\n| --- | --- | --- | --- | --- |\n',
);
for (const concurrency of (process.env.MATRIX_BENCH_CONCURRENCY ?? '1,4,16').split(',').map(Number)) {
  const r = await run(concurrency, total, `c${concurrency}`);
  process.stdout.write(
    `| ${label} | ${concurrency} | ${total} | ${r.rate.toFixed(1)} | ${r.waits} (${(r.waitedMs / 1000).toFixed(1)} s) |\n`,
  );
}
// The same ledger key twice is one event: the transaction id makes a retry harmless.
const a = await sendPatiently('dup', 'bench-dup');
const b = await sendPatiently('dup', 'bench-dup');
process.stdout.write(`\nsame idempotency key twice -> ${a.messageId === b.messageId ? 'one event' : 'TWO events'}\n`);
await adapter.stop();
