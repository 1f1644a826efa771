// The operator's endpoints over real HTTP, with real dependencies behind the checks.

import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.ts';
import { createMetrics, jobHooks, telemetry } from '../../src/http/metrics.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';
import { InlineOutbox } from '../../src/jobs/send-queue.ts';
import { openTestStore } from '../helpers/db.ts';
import { RecordingAdapter } from '../helpers/recording-adapter.ts';
import { freePort, TEST_REDIS_URL } from '../helpers/redis.ts';

let db: { store: Store; close(): Promise<void> };
let redis: Redis;
let deadRedis: Redis;
const servers: HttpServer[] = [];

beforeAll(async () => {
  db = await openTestStore('pglite');
  redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  // Nothing listens there: commands fail at once instead of queueing.
  deadRedis = new Redis(`redis://127.0.0.1:${await freePort()}`, {
    enableOfflineQueue: false,
    lazyConnect: true,
    retryStrategy: () => null,
  });
  deadRedis.on('error', () => {});
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await redis?.quit();
  deadRedis?.disconnect();
  await db?.close();
});

async function serve(checks: { database: () => Promise<void>; redis: () => Promise<void> }, checkTimeoutMs?: number) {
  const metrics = createMetrics();
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    metrics,
    checks,
    ...(checkTimeoutMs ? { checkTimeoutMs } : {}),
    routes: (app) => app.post('/webhook/fake', (c) => c.text('accepted')),
  });
  servers.push(server);
  const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;
  return { metrics, server, url };
}

const healthy = () => ({
  database: () => db.store.ping(),
  redis: async () => {
    await redis.ping();
  },
});

describe('HTTP server', () => {
  it('answers /healthz while the process runs', async () => {
    const { url } = await serve(healthy());
    const response = await fetch(url('/healthz'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('is ready when the database and Redis answer', async () => {
    const { url } = await serve(healthy());
    const response = await fetch(url('/readyz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ database: 'ok', redis: 'ok' });
  });

  it('is not ready, and says which dependency failed, when Redis is down', async () => {
    const { url } = await serve({
      ...healthy(),
      redis: async () => {
        await deadRedis.ping();
      },
    });
    const response = await fetch(url('/readyz'));
    expect(response.status).toBe(503);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.database).toBe('ok');
    expect(body.redis).not.toBe('ok');
    expect(body.failing).toEqual(['redis']);
  });

  it('is not ready when a check hangs past its timeout', async () => {
    const { url } = await serve({ ...healthy(), database: () => new Promise<void>(() => {}) }, 200);
    const response = await fetch(url('/readyz'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      database: 'no answer within 0.2 s',
      redis: 'ok',
      failing: ['database'],
    });
  });

  it('serves mounted routes and a JSON 404 for anything else', async () => {
    const { url } = await serve(healthy());
    const webhook = await fetch(url('/webhook/fake'), { method: 'POST' });
    expect(await webhook.text()).toBe('accepted');
    const missing = await fetch(url('/nope'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not found', path: '/nope' });
  });

  it('exposes the bot series on /metrics after some activity', async () => {
    const { metrics, url } = await serve(healthy());
    const core = telemetry(metrics);
    core.eventHandled('fake', 'message', 'ok', 0.012);
    core.commandRun('checkin', 'ok');
    core.error('router');
    const adapter = new RecordingAdapter('fake');
    const outbox = new InlineOutbox({
      store: db.store,
      adapters: () => adapter,
      log: pino({ level: 'silent' }),
      hooks: jobHooks(metrics),
    });
    await outbox.enqueue({
      idempotencyKey: `m-${randomUUID()}`,
      chat: { platform: 'fake', chatId: `g-${randomUUID()}`, kind: 'group' },
      message: { html: 'hello' },
    });
    jobHooks(metrics).job('jobs', 'ok', 0.05);

    const response = await fetch(url('/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('updates_total{platform="fake",kind="message",outcome="ok"} 1');
    expect(text).toContain('commands_total{command="checkin",outcome="ok"} 1');
    expect(text).toContain('errors_total{where="router"} 1');
    expect(text).toContain('sends_total{platform="fake",outcome="sent"} 1');
    expect(text).toContain('jobs_total{queue="jobs",outcome="ok"} 1');
    expect(text).toMatch(/update_seconds_bucket\{le="0.025",platform="fake",kind="message"\} 1/);
    expect(text).toContain('send_seconds_count{platform="fake"} 1');
    expect(text).toContain('job_seconds_count{queue="jobs"} 1');
    expect(text).toContain('process_cpu_seconds_total');
  });
});
