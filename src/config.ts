// The bot's settings, read once at start from the environment (and `.env`).
// A wrong or missing value stops the bot with ONE line that names the variable
// and what it expects; secrets (tokens, passwords, URLs with credentials) are
// never echoed back. docs/configuration.md and .env.example list every variable:
// keep the three in step.

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
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
  redis: { url: string; prefix: string };
  http: { host: string; port: number };
  /** Used for cohorts and people that have not chosen their own. */
  defaults: { locale: string; timezone: string };
  /** Present only when TELEGRAM_BOT_TOKEN is set. */
  telegram?: TelegramConfig;
  /** Present only when MATRIX_HOMESERVER_URL is set. */
  matrix?: MatrixConfig;
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
const SECRETS = new Set(['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET', 'MATRIX_ACCESS_TOKEN', 'MATRIX_PASSWORD']);
/** Echoed as scheme://host only: they may carry credentials or secret paths. */
const URLS = new Set([
  'DATABASE_URL',
  'REDIS_URL',
  'TELEGRAM_WEBHOOK_URL',
  'TELEGRAM_API_ROOT',
  'MATRIX_HOMESERVER_URL',
]);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEFAULT_LOCALES_DIR = fileURLToPath(new URL('../locales/', import.meta.url));

// Building blocks ------------------------------------------------------------

const wholeNumber = (min: number, max: number, expected: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: expected })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: expected }).max(max, { error: expected }));

const url = (schemes: readonly string[], expected: string) =>
  z.string().refine(
    (value) => {
      try {
        const parsed = new URL(value);
        return schemes.includes(parsed.protocol) && parsed.hostname !== '';
      } catch {
        return false;
      }
    },
    { error: expected },
  );

const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, '');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLanguageTag(value: string): boolean {
  try {
    return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value) && Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** The locales with a `<locale>.ftl` file; [] when the folder is missing. */
function localesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.ftl'))
      .map((f) => f.slice(0, -4))
      .sort();
  } catch {
    return [];
  }
}

const SERVER_NAME = String.raw`(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?`;
const MATRIX_USER_ID = new RegExp(`^@[^:\\s]+:${SERVER_NAME}$`);
const INVITER = new RegExp(`^(?:@[^:\\s]+:)?${SERVER_NAME}$`);
const commaList = (value: string) => value.split(',').map((s) => s.trim());
const WEBHOOK_SECRET = /^[A-Za-z0-9_-]{1,256}$/;

// The schema -------------------------------------------------------------------

function schema(locales: string[]) {
  const localeExpected =
    locales.length > 0
      ? `expected one of ${locales.join(', ')} (the files in locales/)`
      : 'expected a language tag such as en or pt-BR';
  const matchLocale = (value: string) => locales.find((l) => l.toLowerCase() === value.toLowerCase());

  return z
    .object({
      NODE_ENV: z
        .enum(['development', 'production', 'test'], { error: 'expected development, production or test' })
        .default('development'),
      LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
      DATABASE_URL: url(
        ['postgres:', 'postgresql:'],
        'expected a postgres:// or postgresql:// URL (or leave it unset for the embedded database)',
      ).optional(),
      DATA_DIR: z.string().default('./data'),
      REDIS_URL: url(['redis:', 'rediss:'], 'expected a redis:// or rediss:// URL').default('redis://127.0.0.1:6379'),
      REDIS_PREFIX: z
        .string()
        .regex(/^[A-Za-z0-9_.:{}-]{1,64}$/, { error: 'expected 1-64 characters of A-Z, a-z, 0-9, _ . : - { }' })
        .default('cohort'),
      HTTP_PORT: wholeNumber(0, 65535, 'expected a port number from 0 to 65535').default(8080),
      HTTP_HOST: z
        .string()
        .regex(/^[^\s/]+$/, { error: 'expected a host name or IP address to listen on' })
        .default('0.0.0.0'),
      DEFAULT_LOCALE: z
        .string()
        .refine((v) => (locales.length > 0 ? matchLocale(v) !== undefined : isLanguageTag(v)), {
          error: localeExpected,
        })
        .transform((v) => matchLocale(v) ?? v)
        .default('en'),
      DEFAULT_TIMEZONE: z
        .string()
        .refine(isTimeZone, { error: 'expected an IANA time zone such as UTC or Europe/Berlin' })
        .default('UTC'),

      TELEGRAM_BOT_TOKEN: z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]+$/, { error: 'expected the token from @BotFather, digits:characters' })
        .optional(),
      TELEGRAM_MODE: z.enum(['polling', 'webhook'], { error: 'expected polling or webhook' }).default('polling'),
      TELEGRAM_WEBHOOK_URL: url(['https:', 'http:'], 'expected the https:// URL Telegram should post to').optional(),
      TELEGRAM_WEBHOOK_SECRET: z
        .string()
        .regex(WEBHOOK_SECRET, { error: 'expected 1-256 characters of A-Z, a-z, 0-9, _ and -' })
        .optional(),
      TELEGRAM_API_ROOT: url(['https:', 'http:'], 'expected the http(s):// URL of a Bot API server')
        .transform(withoutTrailingSlash)
        .optional(),

      MATRIX_HOMESERVER_URL: url(['https:', 'http:'], 'expected the http(s):// URL of a Matrix homeserver')
        .transform(withoutTrailingSlash)
        .optional(),
      MATRIX_ACCESS_TOKEN: z.string().regex(/^\S+$/, { error: 'expected a token without spaces' }).optional(),
      MATRIX_USER_ID: z
        .string()
        .regex(MATRIX_USER_ID, { error: 'expected a Matrix user id such as @cohortbot:example.org' })
        .optional(),
      MATRIX_PASSWORD: z.string().optional(),
      MATRIX_ALLOWED_INVITERS: z
        .string()
        .refine((v) => commaList(v).every((s) => INVITER.test(s)), {
          error: 'expected a comma-separated list of server names (example.org) or user ids (@alice:example.org)',
        })
        .transform(commaList)
        .optional(),
      MATRIX_COORDINATOR_POWER_LEVEL: wholeNumber(
        1,
        Number.MAX_SAFE_INTEGER,
        'expected a whole number of 1 or more (a room power level)',
      ).default(50),

      SEND_CONCURRENCY: wholeNumber(1, 100, 'expected a whole number from 1 to 100').default(4),
      JOB_CONCURRENCY: wholeNumber(1, 100, 'expected a whole number from 1 to 100').default(16),
      SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 600_000, 'expected a whole number of milliseconds from 0 to 600000').default(
        9000,
      ),
    })
    .superRefine((env, ctx) => {
      const problem = (variable: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [variable], message });

      if (env.TELEGRAM_BOT_TOKEN) {
        if (env.TELEGRAM_MODE === 'webhook') {
          if (!env.TELEGRAM_WEBHOOK_URL) problem('TELEGRAM_WEBHOOK_URL', 'required when TELEGRAM_MODE is webhook');
          else if (/^http:/i.test(env.TELEGRAM_WEBHOOK_URL) && !env.TELEGRAM_API_ROOT)
            problem(
              'TELEGRAM_WEBHOOK_URL',
              'expected an https:// URL (Telegram only posts to https; http works with a local Bot API server in TELEGRAM_API_ROOT)',
            );
          if (!env.TELEGRAM_WEBHOOK_SECRET)
            problem(
              'TELEGRAM_WEBHOOK_SECRET',
              'required when TELEGRAM_MODE is webhook (1-256 characters of A-Z, a-z, 0-9, _ and -)',
            );
        }
      } else if (env.TELEGRAM_MODE === 'webhook') {
        problem('TELEGRAM_BOT_TOKEN', 'required when TELEGRAM_MODE is webhook');
      }

      const matrixCredentials = ['MATRIX_ACCESS_TOKEN', 'MATRIX_USER_ID', 'MATRIX_PASSWORD'] as const;
      if (!env.MATRIX_HOMESERVER_URL) {
        const set = matrixCredentials.filter((name) => env[name] !== undefined);
        if (set.length > 0) problem('MATRIX_HOMESERVER_URL', `required when ${set.join(' or ')} is set`);
      } else if (!env.MATRIX_ACCESS_TOKEN) {
        if (env.MATRIX_USER_ID && !env.MATRIX_PASSWORD)
          problem('MATRIX_PASSWORD', 'required with MATRIX_USER_ID when MATRIX_ACCESS_TOKEN is unset');
        else if (!env.MATRIX_USER_ID && env.MATRIX_PASSWORD)
          problem('MATRIX_USER_ID', 'required with MATRIX_PASSWORD when MATRIX_ACCESS_TOKEN is unset');
        else if (!env.MATRIX_USER_ID)
          problem(
            'MATRIX_ACCESS_TOKEN',
            'required when MATRIX_HOMESERVER_URL is set (or set MATRIX_USER_ID and MATRIX_PASSWORD)',
          );
      }
    });
}

type Env = z.output<ReturnType<typeof schema>>;

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
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    http: { host: env.HTTP_HOST, port: env.HTTP_PORT },
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
