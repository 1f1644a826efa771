import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, type Config, ConfigError, loadConfig, readDotEnv } from '../src/config.ts';

let tmp: string;
let localesDir: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cohort-config-'));
  localesDir = join(tmp, 'locales');
  mkdirSync(localesDir);
  for (const locale of ['en', 'ar', 'pt-BR']) writeFileSync(join(localesDir, `${locale}.ftl`), 'hello = Hello\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const load = (env: Record<string, string | undefined>, dir = localesDir): Config =>
  loadConfig(env, { localesDir: dir });

/** The ConfigError message for `env`; fails the test when it loads. */
function errorFor(env: Record<string, string | undefined>, dir = localesDir): string {
  try {
    load(env, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const WEBHOOK = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'webhook' };

describe('defaults', () => {
  it('gives a working config from an empty environment', () => {
    expect(load({})).toEqual({
      nodeEnv: 'development',
      log: { level: 'info' },
      dataDir: resolve('data'),
      database: { kind: 'pglite', dir: resolve('data', 'pglite') },
      http: { host: '0.0.0.0', port: 8080 },
      reports: { publicUrl: 'http://localhost:8080', linkHours: 24 },
      defaults: { locale: 'en', timezone: 'UTC' },
      send: { concurrency: 4 },
      jobs: { concurrency: 128 },
      shutdown: { timeoutMs: 9000 },
    });
  });

  it('counts empty and blank values as unset', () => {
    const blank = Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, name.endsWith('_URL') ? '' : '  ']));
    expect(load(blank)).toEqual(load({}));
  });

  it('ignores variables it does not know', () => {
    expect(load({ PATH: '/bin', HOME: '/root' })).toEqual(load({}));
  });
});

describe('values', () => {
  it('reads every general setting', () => {
    const config = load({
      NODE_ENV: 'production',
      LOG_LEVEL: 'debug',
      DATABASE_URL: 'postgresql://cohort:pw@db:5432/cohort',
      DATA_DIR: '/srv/cohort',
      REDIS_URL: 'rediss://default:pw@cache:6380/2',
      REDIS_PREFIX: 'test-1a2b',
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      DEFAULT_LOCALE: 'ar',
      DEFAULT_TIMEZONE: 'Africa/Nairobi',
      SEND_CONCURRENCY: '16',
      JOB_CONCURRENCY: '32',
      SHUTDOWN_TIMEOUT_MS: '2500',
    });
    expect(config).toMatchObject({
      nodeEnv: 'production',
      log: { level: 'debug' },
      dataDir: '/srv/cohort',
      database: { kind: 'postgres', url: 'postgresql://cohort:pw@db:5432/cohort' },
      redis: { url: 'rediss://default:pw@cache:6380/2', prefix: 'test-1a2b' },
      http: { host: '127.0.0.1', port: 0 },
      defaults: { locale: 'ar', timezone: 'Africa/Nairobi' },
      send: { concurrency: 16 },
      jobs: { concurrency: 32 },
      shutdown: { timeoutMs: 2500 },
    });
  });

  it('puts the embedded database under DATA_DIR and trims spaces', () => {
    expect(load({ DATA_DIR: ' /var/lib/cohort ', HTTP_PORT: ' 9000 ' })).toMatchObject({
      dataDir: '/var/lib/cohort',
      database: { kind: 'pglite', dir: '/var/lib/cohort/pglite' },
      http: { port: 9000 },
    });
  });

  it('accepts postgres:// as well as postgresql://', () => {
    expect(load({ DATABASE_URL: 'postgres://localhost/x' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://localhost/x',
    });
  });

  it('matches DEFAULT_LOCALE to a locale file regardless of case', () => {
    expect(load({ DEFAULT_LOCALE: 'pt-br' }).defaults.locale).toBe('pt-BR');
  });

  it('accepts any language tag when there is no locales folder', () => {
    expect(load({ DEFAULT_LOCALE: 'sw' }, join(tmp, 'missing')).defaults.locale).toBe('sw');
    expect(errorFor({ DEFAULT_LOCALE: 'not a tag' }, join(tmp, 'missing'))).toBe(
      'DEFAULT_LOCALE: expected a language tag such as en or pt-BR, got "not a tag"',
    );
  });
});

describe('wrong values: one line naming the variable and what it expects', () => {
  const cases: Array<[Record<string, string>, string]> = [
    [{ NODE_ENV: 'prod' }, 'NODE_ENV: expected development, production or test, got "prod"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
    [
      { DATABASE_URL: 'mysql://db/x' },
      'DATABASE_URL: expected a postgres:// or postgresql:// URL (or leave it unset for the embedded database), got "mysql://db/…"',
    ],
    [
      { REDIS_URL: 'foo' },
      'REDIS_URL: expected a redis:// or rediss:// URL (or leave it unset for in-process queues), got "foo"',
    ],
    [
      { REDIS_URL: 'http://cache:6379' },
      'REDIS_URL: expected a redis:// or rediss:// URL (or leave it unset for in-process queues), got "http://cache:6379"',
    ],
    [
      { REDIS_PREFIX: 'my prefix' },
      'REDIS_PREFIX: expected 1-64 characters of A-Z, a-z, 0-9, _ . : - { }, got "my prefix"',
    ],
    [{ HTTP_PORT: '65536' }, 'HTTP_PORT: expected a port number from 0 to 65535, got "65536"'],
    [{ HTTP_PORT: '80.5' }, 'HTTP_PORT: expected a port number from 0 to 65535, got "80.5"'],
    [{ HTTP_PORT: '-1' }, 'HTTP_PORT: expected a port number from 0 to 65535, got "-1"'],
    [{ HTTP_HOST: 'http://x' }, 'HTTP_HOST: expected a host name or IP address to listen on, got "http://x"'],
    [{ DEFAULT_LOCALE: 'de' }, 'DEFAULT_LOCALE: expected one of ar, en, pt-BR (the files in locales/), got "de"'],
    [
      { DEFAULT_TIMEZONE: 'Mars/Olympus' },
      'DEFAULT_TIMEZONE: expected an IANA time zone such as UTC or Europe/Berlin, got "Mars/Olympus"',
    ],
    [{ TELEGRAM_MODE: 'push' }, 'TELEGRAM_MODE: expected polling or webhook, got "push"'],
    [
      { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'localhost:8081' },
      'TELEGRAM_API_ROOT: expected the http(s):// URL of a Bot API server, got "localhost:…"',
    ],
    [
      { MATRIX_HOMESERVER_URL: 'matrix.org', MATRIX_ACCESS_TOKEN: 't' },
      'MATRIX_HOMESERVER_URL: expected the http(s):// URL of a Matrix homeserver, got "matrix.org"',
    ],
    [
      { MATRIX_HOMESERVER_URL: 'https://m.org', MATRIX_USER_ID: 'cohortbot', MATRIX_PASSWORD: 'p' },
      'MATRIX_USER_ID: expected a Matrix user id such as @cohortbot:example.org, got "cohortbot"',
    ],
    [
      { MATRIX_ALLOWED_INVITERS: 'example.org, not a server' },
      'MATRIX_ALLOWED_INVITERS: expected a comma-separated list of server names (example.org) or user ids (@alice:example.org), got "example.org, not a server"',
    ],
    [
      { MATRIX_COORDINATOR_POWER_LEVEL: '0' },
      'MATRIX_COORDINATOR_POWER_LEVEL: expected a whole number of 1 or more (a room power level), got "0"',
    ],
    [{ SEND_CONCURRENCY: '0' }, 'SEND_CONCURRENCY: expected a whole number from 1 to 100, got "0"'],
    [{ SEND_CONCURRENCY: 'many' }, 'SEND_CONCURRENCY: expected a whole number from 1 to 100, got "many"'],
    [{ JOB_CONCURRENCY: '1001' }, 'JOB_CONCURRENCY: expected a whole number from 1 to 1000, got "1001"'],
    [
      { SHUTDOWN_TIMEOUT_MS: '10s' },
      'SHUTDOWN_TIMEOUT_MS: expected a whole number of milliseconds from 0 to 600000, got "10s"',
    ],
  ];

  it.each(cases)('%j', (env, message) => {
    expect(errorFor(env)).toBe(message);
  });

  it('names the first wrong variable and lists the others, on one line', () => {
    const message = errorFor({ LOG_LEVEL: 'loud', HTTP_PORT: 'x', SEND_CONCURRENCY: '0' });
    expect(message).toBe(
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud" (also wrong: HTTP_PORT, SEND_CONCURRENCY)',
    );
    expect(message).not.toContain('\n');
  });

  it('exposes the variable and every problem on the error', () => {
    try {
      load({ HTTP_PORT: 'x', SEND_CONCURRENCY: '0' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).variable).toBe('HTTP_PORT');
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(['HTTP_PORT', 'SEND_CONCURRENCY']);
    }
  });
});

describe('Telegram', () => {
  it('is off without a token', () => {
    expect(load({}).telegram).toBeUndefined();
    expect(load({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg' }).telegram).toBeUndefined();
  });

  it('polls by default', () => {
    expect(load({ TELEGRAM_BOT_TOKEN: TOKEN }).telegram).toEqual({ token: TOKEN, mode: 'polling' });
  });

  it('takes a Bot API root for tests or a local Bot API server', () => {
    expect(load({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).telegram).toEqual({
      token: TOKEN,
      mode: 'polling',
      apiRoot: 'http://127.0.0.1:8081',
    });
  });

  it('runs a webhook with a URL and a secret', () => {
    const config = load({
      ...WEBHOOK,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/hook',
      TELEGRAM_WEBHOOK_SECRET: 'abc_DEF-123',
    });
    expect(config.telegram).toEqual({
      token: TOKEN,
      mode: 'webhook',
      webhook: { url: 'https://bot.example.org/telegram/hook', path: '/telegram/hook', secret: 'abc_DEF-123' },
    });
  });

  it('needs the webhook URL and the secret in webhook mode', () => {
    expect(errorFor({ ...WEBHOOK, TELEGRAM_WEBHOOK_SECRET: 's' })).toBe(
      'TELEGRAM_WEBHOOK_URL: required when TELEGRAM_MODE is webhook',
    );
    expect(errorFor({ ...WEBHOOK, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg' })).toBe(
      'TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_MODE is webhook (1-256 characters of A-Z, a-z, 0-9, _ and -)',
    );
    expect(errorFor(WEBHOOK)).toBe(
      'TELEGRAM_WEBHOOK_URL: required when TELEGRAM_MODE is webhook (also wrong: TELEGRAM_WEBHOOK_SECRET)',
    );
  });

  it('needs a token in webhook mode', () => {
    expect(errorFor({ TELEGRAM_MODE: 'webhook' })).toBe('TELEGRAM_BOT_TOKEN: required when TELEGRAM_MODE is webhook');
  });

  it('wants https for the webhook unless a local Bot API server is used', () => {
    const env = { ...WEBHOOK, TELEGRAM_WEBHOOK_URL: 'http://bot.example.org/tg', TELEGRAM_WEBHOOK_SECRET: 's' };
    expect(errorFor(env)).toMatch(/^TELEGRAM_WEBHOOK_URL: expected an https:\/\/ URL/);
    expect(load({ ...env, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' }).telegram?.mode).toBe('webhook');
  });

  it('limits the webhook secret to what Telegram accepts', () => {
    const env = { ...WEBHOOK, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg' };
    expect(load({ ...env, TELEGRAM_WEBHOOK_SECRET: 'x'.repeat(256) }).telegram?.mode).toBe('webhook');
    expect(errorFor({ ...env, TELEGRAM_WEBHOOK_SECRET: 'x'.repeat(257) })).toBe(
      'TELEGRAM_WEBHOOK_SECRET: expected 1-256 characters of A-Z, a-z, 0-9, _ and -',
    );
  });
});

describe('Matrix', () => {
  const HS = 'https://matrix.example.org/';

  it('is off without a homeserver', () => {
    expect(load({}).matrix).toBeUndefined();
  });

  it('logs in with an access token; inviters default to its own server', () => {
    expect(load({ MATRIX_HOMESERVER_URL: HS, MATRIX_ACCESS_TOKEN: 'syt_abc' }).matrix).toEqual({
      homeserverUrl: 'https://matrix.example.org',
      auth: { kind: 'accessToken', accessToken: 'syt_abc' },
      allowedInviters: 'own-server',
      coordinatorPowerLevel: 50,
    });
  });

  it('logs in with a user id and password, keeping the password as written', () => {
    const config = load({
      MATRIX_HOMESERVER_URL: HS,
      MATRIX_USER_ID: '@cohortbot:example.org',
      MATRIX_PASSWORD: ' pass word ',
      MATRIX_ALLOWED_INVITERS: 'example.org, @alice:other.org ,[::1]:8448',
      MATRIX_COORDINATOR_POWER_LEVEL: '100',
    });
    expect(config.matrix).toEqual({
      homeserverUrl: 'https://matrix.example.org',
      auth: { kind: 'password', userId: '@cohortbot:example.org', password: ' pass word ' },
      allowedInviters: ['example.org', '@alice:other.org', '[::1]:8448'],
      coordinatorPowerLevel: 100,
    });
  });

  it('prefers the access token and keeps the user id beside it', () => {
    const config = load({
      MATRIX_HOMESERVER_URL: HS,
      MATRIX_ACCESS_TOKEN: 'syt_abc',
      MATRIX_USER_ID: '@cohortbot:example.org',
      MATRIX_PASSWORD: 'unused',
    });
    expect(config.matrix?.auth).toEqual({
      kind: 'accessToken',
      accessToken: 'syt_abc',
      userId: '@cohortbot:example.org',
    });
  });

  it('needs a token or a user id and password', () => {
    expect(errorFor({ MATRIX_HOMESERVER_URL: HS })).toBe(
      'MATRIX_ACCESS_TOKEN: required when MATRIX_HOMESERVER_URL is set (or set MATRIX_USER_ID and MATRIX_PASSWORD)',
    );
    expect(errorFor({ MATRIX_HOMESERVER_URL: HS, MATRIX_USER_ID: '@b:example.org' })).toBe(
      'MATRIX_PASSWORD: required with MATRIX_USER_ID when MATRIX_ACCESS_TOKEN is unset',
    );
    expect(errorFor({ MATRIX_HOMESERVER_URL: HS, MATRIX_PASSWORD: 'pw' })).toBe(
      'MATRIX_USER_ID: required with MATRIX_PASSWORD when MATRIX_ACCESS_TOKEN is unset',
    );
  });

  it('refuses credentials without a homeserver', () => {
    expect(errorFor({ MATRIX_ACCESS_TOKEN: 'syt_abc' })).toBe(
      'MATRIX_HOMESERVER_URL: required when MATRIX_ACCESS_TOKEN is set',
    );
  });
});

describe('report page links', () => {
  it('reads the public address, the link secret and the link lifetime', () => {
    const secret = 'x'.repeat(40);
    expect(
      load({ PUBLIC_URL: 'https://bot.example.org/', REPORT_LINK_SECRET: secret, REPORT_LINK_HOURS: '48' }).reports,
    ).toEqual({
      publicUrl: 'https://bot.example.org',
      linkSecret: secret,
      linkHours: 48,
    });
  });

  it('refuses a short secret without echoing it, and a lifetime out of range', () => {
    const error = errorFor({ REPORT_LINK_SECRET: 'short-secret-value' });
    expect(error).toContain('REPORT_LINK_SECRET: expected at least 32 characters');
    expect(error).not.toContain('short-secret-value');
    expect(errorFor({ REPORT_LINK_HOURS: '0' })).toContain('REPORT_LINK_HOURS: expected a whole number of hours');
    expect(errorFor({ PUBLIC_URL: 'bot.example.org' })).toContain('PUBLIC_URL: expected the http(s)://');
  });
});

describe('secrets are never echoed', () => {
  const secret = 'hunter2-SECRET';
  const cases: Array<[string, Record<string, string>]> = [
    ['TELEGRAM_BOT_TOKEN', { TELEGRAM_BOT_TOKEN: secret }],
    [
      'TELEGRAM_WEBHOOK_SECRET',
      { ...WEBHOOK, TELEGRAM_WEBHOOK_URL: 'https://x.org/tg', TELEGRAM_WEBHOOK_SECRET: `${secret}!` },
    ],
    ['MATRIX_ACCESS_TOKEN', { MATRIX_HOMESERVER_URL: 'https://m.org', MATRIX_ACCESS_TOKEN: `${secret} x` }],
    ['DATABASE_URL', { DATABASE_URL: `mysql://cohort:${secret}@db/cohort` }],
    ['DATABASE_URL', { DATABASE_URL: `cohort:${secret}@db/cohort` }],
    ['REDIS_URL', { REDIS_URL: `http://:${secret}@cache:6379` }],
    [
      'TELEGRAM_WEBHOOK_URL',
      { ...WEBHOOK, TELEGRAM_WEBHOOK_URL: `ftp://bot.org/${secret}`, TELEGRAM_WEBHOOK_SECRET: 's' },
    ],
    ['MATRIX_HOMESERVER_URL', { MATRIX_HOMESERVER_URL: `ftp://u:${secret}@m.org`, MATRIX_ACCESS_TOKEN: 't' }],
  ];

  it.each(cases)('%s', (variable, env) => {
    const message = errorFor(env);
    expect(message.startsWith(`${variable}: `)).toBe(true);
    expect(message).not.toContain('hunter2');
  });

  it('nor is a password that a cross-field rule complains about', () => {
    expect(errorFor({ MATRIX_PASSWORD: secret })).not.toContain('hunter2');
  });
});

describe('readDotEnv', () => {
  const keys = ['COHORT_TEST_FROM_FILE', 'COHORT_TEST_FROM_ENV'];
  afterEach(() => {
    for (const key of keys) delete process.env[key];
  });

  it('loads .env when present, letting the environment win', () => {
    const file = join(tmp, '.env');
    writeFileSync(file, 'COHORT_TEST_FROM_FILE=file\nCOHORT_TEST_FROM_ENV=file\n');
    process.env.COHORT_TEST_FROM_ENV = 'env';
    expect(readDotEnv(file)).toBe(true);
    expect(process.env.COHORT_TEST_FROM_FILE).toBe('file');
    expect(process.env.COHORT_TEST_FROM_ENV).toBe('env');
  });

  it('does nothing without a file', () => {
    expect(readDotEnv(join(tmp, 'no-such.env'))).toBe(false);
  });

  it('turns an unreadable file into a ConfigError', () => {
    expect(() => readDotEnv(tmp)).toThrow(ConfigError);
  });
});

describe('documentation', () => {
  const root = resolve(import.meta.dirname, '..');

  it('.env.example lists every variable, and its example values load', () => {
    const text = readFileSync(join(root, '.env.example'), 'utf8');
    const listed = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(CONFIG_VARIABLES));
    const uncommented = text.replace(/^#\s*(?=[A-Z][A-Z0-9_]*=)/gm, '');
    const config = load(parseEnv(uncommented));
    expect(config.telegram?.token).toBeDefined();
    expect(config.matrix?.auth.kind).toBe('accessToken');
  });

  it('docs/configuration.md has a row for every variable', () => {
    const text = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
    const rows = [...text.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]);
    expect(new Set(rows)).toEqual(new Set(CONFIG_VARIABLES));
  });
});
