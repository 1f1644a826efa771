// The operator's HTTP surface: liveness, readiness, metrics; adapters mount
// their webhooks through `routes`.

import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { NetworkWeb } from '../features/network/web.ts';
import type { ReportWeb } from '../features/reports/web.ts';
import type { Log } from '../jobs/queues.ts';
import { type CalendarFeed, mountCalendarFeed } from './calendar.ts';
import type { Metrics } from './metrics.ts';
import { mountNetworkPage } from './network-page.ts';
import { mountReportPage } from './report-page.ts';

export type ReadinessCheck = () => Promise<void>;
export const NOT_USED = 'not used';

export interface HttpServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Default 0.0.0.0 (inside a container); 127.0.0.1 for a local-only bot. */
  host?: string;
  metrics: Metrics;
  /**
   * Each must answer within `checkTimeoutMs` for /readyz to say ready; NOT_USED
   * (Redis in embedded mode) is shown as such and counts as ready.
   */
  checks: { database: ReadinessCheck; redis: ReadinessCheck | typeof NOT_USED } & Record<
    string,
    ReadinessCheck | typeof NOT_USED
  >;
  /** Extra routes (webhooks), added before the 404 fallback. */
  routes?: (app: Hono) => void;
  /** Cohorts' calendar feeds under /calendar/<token>.ics (src/http/calendar.ts). */
  calendarFeed?: CalendarFeed;
  /** Default 2 s. */
  checkTimeoutMs?: number;
  /**
   * Chat platforms that are not answering right now (name -> reason): /readyz
   * shows them as "degraded: <reason>" and stays 200 (the bot still runs its
   * jobs and other platforms; restarting it would not bring a homeserver back).
   */
  degraded?: () => Record<string, string>;
  log?: Log;
  /** The coordinators' report page (/report web); absent: no page is served. */
  reportWeb?: ReportWeb;
  /** Networks' pages of shared items (/network page); absent: no page is served. */
  networkWeb?: NetworkWeb;
}

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

export type CheckStatus = 'ok' | string;

export function createHttpApp(options: Omit<HttpServerOptions, 'port' | 'host'>): Hono {
  const app = new Hono();
  const timeoutMs = options.checkTimeoutMs ?? 2000;

  // Alive as long as the process answers; restarts are for a hung process, not a missing dependency.
  app.get('/healthz', (c) => c.text('ok'));

  app.get('/readyz', async (c) => {
    const names = Object.keys(options.checks);
    const results = await Promise.all(
      names.map((name) => {
        const check = options.checks[name]!;
        return check === NOT_USED ? NOT_USED : runCheck(check, timeoutMs);
      }),
    );
    const body: Record<string, CheckStatus> = {};
    names.forEach((name, i) => {
      body[name] = results[i]!;
    });
    const failing = names.filter((name) => body[name] !== 'ok' && body[name] !== NOT_USED);
    const degraded = Object.entries(options.degraded?.() ?? {});
    for (const [name, reason] of degraded) body[name] = `degraded: ${reason}`;
    const extra = degraded.length > 0 ? { degraded: degraded.map(([name]) => name) } : {};
    return c.json(
      failing.length === 0 ? { ...body, ...extra } : { ...body, ...extra, failing },
      failing.length === 0 ? 200 : 503,
    );
  });

  app.get('/metrics', async (c) => {
    const text = await options.metrics.registry.metrics();
    return c.text(text, 200, { 'content-type': options.metrics.registry.contentType });
  });

  if (options.reportWeb) mountReportPage(app, options.reportWeb);
  if (options.networkWeb) mountNetworkPage(app, options.networkWeb);
  options.routes?.(app);
  if (options.calendarFeed) mountCalendarFeed(app, options.calendarFeed);

  app.notFound((c) => c.json({ error: 'not found', path: c.req.path }, 404));
  app.onError((err, c) => {
    options.metrics.errors.inc({ where: 'http' });
    options.log?.error({ err: err.message, path: c.req.path }, 'HTTP handler failed');
    // The message stays out of the response: it may carry details an outsider should not see.
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = createHttpApp(options);
  const server = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Idle keep-alive connections would hold close() open until they time out.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}

/** "ok", or why the check failed, in words an operator can act on. */
async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckStatus>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs / 1000} s`), timeoutMs);
  });
  const work = check().then(
    () => 'ok' as const,
    // Shown to operators on /readyz; kept short.
    (err: unknown) => ((err instanceof Error ? err.message : String(err)) || 'failed').slice(0, 200),
  );
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
