// Builds and starts the chat adapters the configuration asks for. Kept apart
// from main.ts so that the entry point reads as a sequence of steps, and this
// module holds the per-platform wiring (webhook queue, command menus, state
// store, and a refusal at start told to the operator without secrets).

import type { Hono } from 'hono';
import { createMatrixAdapter } from '../adapters/matrix/index.ts';
import { buildCommandMenus, createTelegramAdapter, type TelegramAdapter } from '../adapters/telegram/index.ts';
import type { Config } from './config.ts';
import { OperatorError } from './core/errors.ts';
import type { Feature } from './core/feature.ts';
import type { Translator } from './core/i18n.ts';
import { htmlToPlain } from './core/markup.ts';
import type { Logger } from './core/services.ts';
import type { AdapterStateStore, ChatAdapter, InboundEvent, Platform } from './core/types.ts';
import { InboundQueue } from './jobs/inbound-queue.ts';
import type { QueueConnection } from './jobs/queues.ts';

export interface PlatformDeps {
  config: Config;
  log: Logger;
  state: AdapterStateStore;
  i18n: Translator;
  features: readonly Feature[];
  /** Redis for the webhook queue; undefined in embedded mode (webhook updates are handled before the answer). */
  connection: QueueConnection | undefined;
}

export interface Platforms {
  adapters: Map<Platform, ChatAdapter>;
  /** Webhook endpoints to mount on the HTTP server (Telegram in webhook mode). */
  routes(app: Hono): void;
  /**
   * Start every adapter in turn. A platform that refuses (wrong token,
   * unreachable server) stops the start with an OperatorError of one line.
   */
  start(handle: (event: InboundEvent, adapter: ChatAdapter) => Promise<void>): Promise<void>;
  /** Platforms that are not answering right now, with why (for /readyz). */
  degraded(): Record<string, string>;
}

export function configuredPlatforms(deps: PlatformDeps): Platforms {
  const { config, log } = deps;
  const adapters = new Map<Platform, ChatAdapter>();
  let telegram: TelegramAdapter | undefined;
  if (config.telegram) {
    telegram = telegramAdapter(deps, config.telegram);
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
  return {
    adapters,
    routes(app) {
      if (config.telegram?.mode === 'webhook') telegram?.route(app);
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
        try {
          await adapter.start((event) => handle(event, adapter));
        } catch (error) {
          // No cause attached: library errors may quote a request URL with the token in it.
          throw new OperatorError(`${platform} did not start: ${withoutSecrets(config, (error as Error).message)}`);
        }
      }
    },
  };
}

/** Library errors may quote a request URL, and Telegram's carry the token. */
function withoutSecrets(config: Config, text: string): string {
  const secrets = [
    config.telegram?.token,
    config.matrix?.auth.kind === 'password' ? config.matrix.auth.password : undefined,
  ];
  if (config.matrix?.auth.kind === 'accessToken') secrets.push(config.matrix.auth.accessToken);
  return secrets.reduce<string>((shown, secret) => (secret ? shown.split(secret).join('…') : shown), text);
}

function telegramAdapter(deps: PlatformDeps, tg: NonNullable<Config['telegram']>): TelegramAdapter {
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
            ...(deps.connection
              ? { queue: new InboundQueue({ ...deps.connection, platform: 'telegram', log }) }
              : {}),
          },
        }
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
