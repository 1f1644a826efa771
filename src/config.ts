// The bot's settings, read once at start from the environment (and `.env`).
// A wrong or missing value stops the bot with ONE line that names the variable
// and what it expects; secrets (tokens, passwords, URLs with credentials) are
// never echoed back. The variables themselves are in config/schema.ts.

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type Env, localesIn, schema } from './config/schema.ts';
import { OperatorError } from './core/errors.ts';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface TelegramWebhook {
  /** The public https URL given to Telegram's setWebhook. */
  url: string;
  /** The URL's path: where the HTTP server listens for updates. */
  path: string;
  /** Telegram sends it in the X-Telegram-Bot-Api-Secret-Token header. */
  secret: string;
}

export type TelegramConfig = {
  token: string;
  /** Bot API server root without a trailing slash; unset = https://api.telegram.org. */
  apiRoot?: string;
} & ({ mode: 'polling' } | { mode: 'webhook'; webhook: TelegramWebhook });

export type MatrixAuth =
  | { kind: 'accessToken'; accessToken: string; userId?: string }
  | { kind: 'password'; userId: string; password: string };

export interface MatrixConfig {
  /** Client-server API root without a trailing slash. */
  homeserverUrl: string;
  auth: MatrixAuth;
  /**
   * Who may invite the bot into a room: server names (`example.org`) and user
   * ids (`@alice:example.org`). 'own-server' (the default) means the server of
   * the bot's own user id, which the adapter learns from /whoami when needed.
   */
  allowedInviters: string[] | 'own-server';
  /** Room members at or above this power level count as coordinators. */
  coordinatorPowerLevel: number;
}

export interface Config {
  nodeEnv: NodeEnv;
  log: { level: LogLevel };
  /** Absolute path of the folder for local state (the embedded database lives in dataDir/pglite). */
  dataDir: string;
  database: { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string };
  /**
   * Present only when REDIS_URL is set: queues, schedules and locks in Redis,
   * several processes. Absent: embedded mode, one process, queues in memory
   * backed by the database (docs/operations.md).
   */
  redis?: { url: string; prefix: string };
  /** publicUrl: where people reach the HTTP server (calendar feed links); unset: no such links. */
  http: { host: string; port: number; publicUrl?: string };
  /** Used for cohorts and people that have not chosen their own. */
  defaults: { locale: string; timezone: string };
  /** Present only when TELEGRAM_BOT_TOKEN is set. */
  telegram?: TelegramConfig;
  /** Present only when MATRIX_HOMESERVER_URL is set. */
  matrix?: MatrixConfig;
  /** The coordinators' report page (/report web): its public address and how its links are signed. */
  reports: { publicUrl: string; linkSecret?: string; linkHours: number };
  send: { concurrency: number };
  /** Scheduled jobs (check-ins, reminders, rounds) one instance runs at once. */
  jobs: { concurrency: number };
  shutdown: { timeoutMs: number };
}

/** One wrong variable: `NAME: what it expects[, got "value"]`. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/**
 * A wrong or missing setting. `message` is one line naming the first wrong
 * variable and what it expects, plus the names of any others that are wrong.
 */
export class ConfigError extends OperatorError {
  /** The variable at fault (the first one, when several are wrong). */
  readonly variable: string;
  /** Every wrong variable, in the order of the variable list. */
  readonly problems: ConfigProblem[];
  constructor(problems: [ConfigProblem, ...ConfigProblem[]]) {
    const [first] = problems;
    const others = [...new Set(problems.map((p) => p.variable))].filter((v) => v !== first.variable);
    const line = others.length > 0 ? `${first.message} (also wrong: ${others.join(', ')})` : first.message;
    super(`configuration: ${line}`, { logLine: line });
    this.name = 'ConfigError';
    this.variable = first.variable;
    this.problems = problems;
  }
}

/** Never echoed in errors. */
const SECRETS = new Set([
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  'MATRIX_ACCESS_TOKEN',
  'MATRIX_PASSWORD',
  'REPORT_LINK_SECRET',
]);
/** Echoed as scheme://host only: they may carry credentials or secret paths. */
const URLS = new Set([
  'DATABASE_URL',
  'REDIS_URL',
  'TELEGRAM_WEBHOOK_URL',
  'TELEGRAM_API_ROOT',
  'PUBLIC_URL',
  'MATRIX_HOMESERVER_URL',
]);

const DEFAULT_LOCALES_DIR = fileURLToPath(new URL('../locales/', import.meta.url));

/** Every variable the bot reads, in documentation order (tests keep .env.example and the docs in step). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema([]).shape);

function toConfig(env: Env): Config {
  const dataDir = resolve(env.DATA_DIR);
  const config: Config = {
    nodeEnv: env.NODE_ENV,
    log: { level: env.LOG_LEVEL },
    dataDir,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dir: join(dataDir, 'pglite') },
    ...(env.REDIS_URL ? { redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX } } : {}),
    http: {
      host: env.HTTP_HOST,
      port: env.HTTP_PORT,
      ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL.replace(/\/+$/, '') } : {}),
    },
    reports: {
      publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') ?? `http://localhost:${env.HTTP_PORT}`,
      ...(env.REPORT_LINK_SECRET ? { linkSecret: env.REPORT_LINK_SECRET } : {}),
      linkHours: env.REPORT_LINK_HOURS,
    },
    defaults: { locale: env.DEFAULT_LOCALE, timezone: env.DEFAULT_TIMEZONE },
    send: { concurrency: env.SEND_CONCURRENCY },
    jobs: { concurrency: env.JOB_CONCURRENCY },
    shutdown: { timeoutMs: env.SHUTDOWN_TIMEOUT_MS },
  };

  if (env.TELEGRAM_BOT_TOKEN) {
    const common = { token: env.TELEGRAM_BOT_TOKEN, ...(env.TELEGRAM_API_ROOT && { apiRoot: env.TELEGRAM_API_ROOT }) };
    config.telegram =
      env.TELEGRAM_MODE === 'webhook'
        ? {
            ...common,
            mode: 'webhook',
            webhook: {
              url: env.TELEGRAM_WEBHOOK_URL!,
              path: new URL(env.TELEGRAM_WEBHOOK_URL!).pathname,
              secret: env.TELEGRAM_WEBHOOK_SECRET!,
            },
          }
        : { ...common, mode: 'polling' };
  }

  if (env.MATRIX_HOMESERVER_URL) {
    config.matrix = {
      homeserverUrl: env.MATRIX_HOMESERVER_URL,
      auth: env.MATRIX_ACCESS_TOKEN
        ? {
            kind: 'accessToken',
            accessToken: env.MATRIX_ACCESS_TOKEN,
            ...(env.MATRIX_USER_ID && { userId: env.MATRIX_USER_ID }),
          }
        : { kind: 'password', userId: env.MATRIX_USER_ID!, password: env.MATRIX_PASSWORD! },
      allowedInviters: env.MATRIX_ALLOWED_INVITERS ?? 'own-server',
      coordinatorPowerLevel: env.MATRIX_COORDINATOR_POWER_LEVEL,
    };
  }
  return config;
}

// Reporting --------------------------------------------------------------------

/** What an error may show of a value: nothing for secrets, scheme://host for URLs. */
function shown(variable: string, value: string): string | undefined {
  if (SECRETS.has(variable)) return undefined;
  let text = value;
  if (URLS.has(variable)) {
    try {
      const parsed = new URL(value);
      const rest = parsed.pathname !== '/' || parsed.search ? '/…' : '';
      text = parsed.host ? `${parsed.protocol}//${parsed.host}${rest}` : `${parsed.protocol}…`;
    } catch {
      // Not a URL: it may still hold user:password@ somewhere.
      text = value.includes('@') ? `…${value.slice(value.lastIndexOf('@'))}` : value;
    }
  }
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

function describe(issue: z.core.$ZodIssue, input: Record<string, string>): ConfigProblem {
  const variable = String(issue.path[0] ?? 'config');
  // Cross-field issues carry the whole object as input: show no value for them.
  // Others may carry a converted value (a number): show what was written.
  const raw = input[variable];
  const value = typeof issue.input !== 'object' && raw !== undefined ? shown(variable, raw) : undefined;
  const message = `${variable}: ${issue.message}${value === undefined ? '' : `, got ${value}`}`;
  return { variable, message };
}

// Entry points -----------------------------------------------------------------

export interface LoadConfigOptions {
  /** Where the `<locale>.ftl` files are; DEFAULT_LOCALE must name one of them. */
  localesDir?: string;
}

/**
 * Reads and checks the settings. Empty values count as unset, surrounding
 * spaces are ignored. Throws a ConfigError naming the first wrong variable.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: LoadConfigOptions = {},
): Config {
  const s = schema(localesIn(options.localesDir ?? DEFAULT_LOCALES_DIR));
  const input: Record<string, string> = {};
  for (const name of Object.keys(s.shape)) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    // A password may legitimately start or end with a space; nothing else should.
    input[name] = name === 'MATRIX_PASSWORD' ? raw : raw.trim();
  }
  const result = s.safeParse(input, { reportInput: true });
  if (!result.success) {
    const [first, ...rest] = result.error.issues.map((issue) => describe(issue, input));
    throw new ConfigError([first ?? { variable: 'config', message: 'config: invalid' }, ...rest]);
  }
  return toConfig(result.data);
}

/**
 * Loads `.env` into process.env when the file exists; variables already set in
 * the environment win. Returns whether a file was read.
 */
export function readDotEnv(path = '.env'): boolean {
  try {
    process.loadEnvFile(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new ConfigError([{ variable: path, message: `${path}: could not be read (${(error as Error).message})` }]);
  }
}
