// The environment variables the bot reads, as a zod schema: what each expects,
// its default, and the rules that tie several together. src/config.ts runs it
// and turns its result into a Config. docs/configuration.md and .env.example
// list every variable: keep the three in step.

import { readdirSync } from 'node:fs';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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

/** Sends one process has at work at once (src/core/in-flight.ts); the fan-out benchmark runs with it too. */
export const DEFAULT_SEND_CONCURRENCY = 4;

/**
 * Scheduled jobs one process runs at once; the burst benchmarks run with it too. A job mostly
 * waits on PostgreSQL and Redis, and the jobs running at once share their reads and writes
 * (src/core/batch.ts), so more at once is both sooner and cheaper: 2,000 check-ins due in the
 * same minute were all queued within 3.8 s at 16, 2.4 s at 64 and 1.5 s at 128, at 1.7, 1.1
 * and 0.7 ms of CPU each (bench/checkins.ts, bench/RESULTS.md).
 */
export const DEFAULT_JOB_CONCURRENCY = 128;

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
export function localesIn(dir: string): string[] {
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

export function schema(locales: string[]) {
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
      // Unset: embedded mode (in-process queues, one process). Set: Redis-backed queues, several processes.
      REDIS_URL: url(
        ['redis:', 'rediss:'],
        'expected a redis:// or rediss:// URL (or leave it unset for in-process queues)',
      ).optional(),
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

      PUBLIC_URL: url(['https:', 'http:'], 'expected the http(s):// address people use to reach this bot')
        .transform(withoutTrailingSlash)
        .optional(),
      REPORT_LINK_SECRET: z
        .string()
        .min(32, { error: 'expected at least 32 characters (a random string; unset: one kept in the database)' })
        .optional(),
      REPORT_LINK_HOURS: wholeNumber(1, 720, 'expected a whole number of hours from 1 to 720').default(24),

      SEND_CONCURRENCY: wholeNumber(1, 100, 'expected a whole number from 1 to 100').default(DEFAULT_SEND_CONCURRENCY),
      JOB_CONCURRENCY: wholeNumber(1, 1000, 'expected a whole number from 1 to 1000').default(DEFAULT_JOB_CONCURRENCY),
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

export type Env = z.output<ReturnType<typeof schema>>;
