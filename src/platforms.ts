// Builds and starts the chat adapters the configuration asks for. Kept apart
// from main.ts so that the entry point reads as a sequence of steps, and this
// module holds the per-platform wiring (webhook queue, command menus, state
// store, and a refusal at start told to the operator without secrets).

import type { Hono } from 'hono';
import { createMatrixAdapter } from '../adapters/matrix/index.ts';
import {
  buildCommandMenus,
  createTelegramAdapter,
  type TelegramAdapter,
  type UpdateQueue,
} from '../adapters/telegram/index.ts';
import type { Config } from './config.ts';
import { OperatorError } from './core/errors.ts';
import type { Feature } from './core/feature.ts';
import type { Translator } from './core/i18n.ts';
import { htmlToPlain } from './core/markup.ts';
import type { Logger } from './core/services.ts';
import type { AdapterEvent, AdapterStateStore, ChatAdapter, Platform } from './core/types.ts';
import { InboundQueue } from './jobs/inbound-queue.ts';
import { LeaderLock } from './jobs/leader-lock.ts';
import type { QueueConnection } from './jobs/queues.ts';
import { redisSendBudget } from './jobs/send-budget.ts';

/**
 * What this process does (`--role`): web answers webhooks and HTTP, worker
 * runs jobs, sends and the inbound work, all does both (the only role of
 * embedded mode). Telegram polling and Matrix sync run in one process of the
 * whole deployment: the worker or all process holding their Redis lock.
 */
export type Role = 'all' | 'web' | 'worker';

export interface PlatformDeps {
  config: Config;
  log: Logger;
  state: AdapterStateStore;
  i18n: Translator;
  features: readonly Feature[];
  /** Redis for the webhook queue and locks; undefined in embedded mode (webhook updates are handled before the answer). */
  connection: QueueConnection | undefined;
  role: Role;
  /** What only the lock holder of a platform does besides taking its updates (Matrix sends). */
  whileLeader?: (platform: Platform) => { start(): void; stop(): Promise<void> } | undefined;
  /** The singleton lock's time to live (tests shorten it; default 15 s). */
  lockTtlMs?: number;
}

export interface Platforms {
  adapters: Map<Platform, ChatAdapter>;
  /** Webhook endpoints to mount on the HTTP server (Telegram in webhook mode). */
  routes(app: Hono): void;
  /**
   * Start every adapter in turn. A platform that refuses (wrong token,
   * unreachable server) stops the start with an OperatorError of one line.
   */
  start(handle: (event: AdapterEvent, adapter: ChatAdapter) => Promise<void>): Promise<void>;
  /** Platforms that are not answering right now, with why (for /readyz). */
  degraded(): Record<string, string>;
  /** Stop taking updates: locks released (another process takes over at once), adapters stopped. */
  stop(): Promise<void>;
}

export async function configuredPlatforms(deps: PlatformDeps): Promise<Platforms> {
  const { config, log } = deps;
  const adapters = new Map<Platform, ChatAdapter>();
  let telegram: TelegramAdapter | undefined;
  if (config.telegram) {
    telegram = telegramAdapter(deps, config.telegram, await botInfoForFollowers(deps, config.telegram));
    adapters.set('telegram', telegram);
  }
  if (config.matrix) {
    adapters.set(
      'matrix',
      createMatrixAdapter({
        ...config.matrix,
        state: deps.state,
        log: log.child({ platform: 'matrix' }),
        dataDir: config.dataDir,
      }),
    );
  }
  if (adapters.size === 0) {
    log.warn(
      'no chat platform is configured (set TELEGRAM_BOT_TOKEN or MATRIX_HOMESERVER_URL): the bot runs its jobs and HTTP endpoints only. Try it with `npm run playground`.',
    );
  }
  const locks: LeaderLock[] = [];
  const started = new Set<ChatAdapter>();
  const startOne = async (
    platform: Platform,
    adapter: ChatAdapter,
    handle: (event: AdapterEvent, adapter: ChatAdapter) => Promise<void>,
  ) => {
    try {
      await adapter.start((event) => handle(event, adapter));
      started.add(adapter);
    } catch (error) {
      // No cause attached: library errors may quote a request URL with the token in it.
      throw new OperatorError(`${platform} did not start: ${withoutSecrets(config, (error as Error).message)}`);
    }
  };
  return {
    adapters,
    routes(app) {
      if (config.telegram?.mode === 'webhook' && deps.role !== 'worker') telegram?.route(app);
    },
    degraded() {
      const out: Record<string, string> = {};
      for (const [platform, adapter] of adapters) {
        const reason = adapter.unhealthy?.();
        if (reason) out[platform] = reason;
      }
      return out;
    },
    async start(handle) {
      for (const [platform, adapter] of adapters) {
        const singleton = platform === 'matrix' || config.telegram?.mode === 'polling';
        // Web answers webhooks only; polling and sync are a worker's.
        if (deps.role === 'web' && singleton) continue;
        if (!singleton || !deps.connection) {
          await startOne(platform, adapter, handle);
          continue;
        }
        const leaderWork = deps.whileLeader?.(platform);
        const lock = new LeaderLock({
          redis: deps.connection.connection,
          key: `${deps.connection.prefix ?? 'bull'}:lock:${platform}-inbound`,
          log: log.child({ platform }),
          ...(deps.lockTtlMs ? { ttlMs: deps.lockTtlMs } : {}),
          onAcquired: async () => {
            await startOne(platform, adapter, handle);
            leaderWork?.start();
          },
          onLost: async () => {
            await leaderWork?.stop();
            started.delete(adapter);
            await adapter.stop();
          },
        });
        locks.push(lock);
        await lock.start();
        if (!lock.held) log.info({ platform }, `${platform}: another process takes the updates; this one sends`);
      }
    },
    async stop() {
      await Promise.allSettled([...locks.map((lock) => lock.stop()), ...[...started].map((adapter) => adapter.stop())]);
    },
  };
}

/**
 * A process that does not hold the polling lock never calls the adapter's
 * start(), which is where it learns its own username (deep links in what it
 * sends). Ask Telegram here instead: one getMe at start, over plain HTTP.
 */
async function botInfoForFollowers(deps: PlatformDeps, tg: NonNullable<Config['telegram']>) {
  if (tg.mode !== 'polling' || !deps.connection || deps.role === 'web') return undefined;
  const url = `${tg.apiRoot ?? 'https://api.telegram.org'}/bot${tg.token}/getMe`;
  try {
    const answer = (await (await fetch(url, { signal: AbortSignal.timeout(15_000) })).json()) as {
      ok: boolean;
      error_code?: number;
      description?: string;
      result?: TelegramBotInfo;
    };
    // Worded as grammY words a failed call, so the operator sees the same line either way.
    if (!answer.ok || !answer.result) {
      throw new Error(
        `Call to 'getMe' failed! (${answer.error_code ?? '?'}: ${answer.description ?? 'no description'})`,
      );
    }
    return answer.result;
  } catch (error) {
    throw new OperatorError(`telegram did not start: ${withoutSecrets(deps.config, (error as Error).message)}`);
  }
}

type TelegramBotInfo = NonNullable<Parameters<typeof createTelegramAdapter>[0]['botInfo']>;

/** Library errors may quote a request URL, and Telegram's carry the token. */
function withoutSecrets(config: Config, text: string): string {
  const secrets = [
    config.telegram?.token,
    config.matrix?.auth.kind === 'password' ? config.matrix.auth.password : undefined,
  ];
  if (config.matrix?.auth.kind === 'accessToken') secrets.push(config.matrix.auth.accessToken);
  return secrets.reduce<string>((shown, secret) => (secret ? shown.split(secret).join('…') : shown), text);
}

function telegramAdapter(
  deps: PlatformDeps,
  tg: NonNullable<Config['telegram']>,
  botInfo: TelegramBotInfo | undefined,
): TelegramAdapter {
  const { config, i18n } = deps;
  const log = deps.log.child({ platform: 'telegram' });
  const commands = deps.features.flatMap((feature) => feature.commands ?? []);
  return createTelegramAdapter({
    token: tg.token,
    mode: tg.mode,
    ...(tg.apiRoot ? { apiRoot: tg.apiRoot } : {}),
    ...(tg.mode === 'webhook'
      ? {
          // Webhook updates are acknowledged once Redis holds them, then handled in order per chat.
          // Without Redis they are handled before the answer (a failure makes Telegram send again).
          webhook: {
            ...tg.webhook,
            ...(deps.connection ? { queue: inboundQueue(deps, deps.connection, log) } : {}),
          },
        }
      : {}),
    ...(botInfo ? { botInfo } : {}),
    // Telegram's limits count for the bot, not per process: with Redis, every post takes its slot there.
    ...(deps.connection
      ? { budget: redisSendBudget({ redis: deps.connection.connection, prefix: deps.connection.prefix ?? 'bull' }) }
      : {}),
    state: deps.state,
    log,
    // Shutdown gives the adapters 2 s in all; the batch in hand gets most of it.
    stopGraceMs: 1500,
    commands: buildCommandMenus(
      commands,
      i18n.locales,
      (locale, name) => htmlToPlain(i18n.t(locale, `cmd-${name}-summary`)),
      config.defaults.locale,
    ),
  });
}

/** The webhook queue; the web role only fills it, workers empty it. */
function inboundQueue(deps: PlatformDeps, connection: QueueConnection, log: Logger): UpdateQueue {
  const queue = new InboundQueue({ ...connection, platform: 'telegram', log });
  if (deps.role !== 'web') return queue;
  return {
    enqueue: (id, orderKey, payload) => queue.enqueue(id, orderKey, payload),
    drop: (match) => queue.drop(match),
    start: async () => {},
    stop: async () => {},
  };
}
