// Everything the core and features reach through, bundled once by main.ts.

import type { Translator } from './i18n.ts';
import type { Clock, JobScheduler, Outbox } from './jobs.ts';
import type { Store } from './store.ts';
import type { Telemetry } from './telemetry.ts';
import type { ChatAdapter, Platform } from './types.ts';

/** The subset of pino's logger the core uses. */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export interface BotServices {
  store: Store;
  outbox: Outbox;
  scheduler: JobScheduler;
  clock: Clock;
  i18n: Translator;
  log: Logger;
  telemetry: Telemetry;
  adapterFor(platform: Platform): ChatAdapter;
  defaults: { locale: string; timezone: string };
  /** The bot's public https address (PUBLIC_URL), for links it serves itself (calendar feeds); unset: none. */
  publicUrl?: string;
  /**
   * The coordinators' report page (/report web): the bot's public address,
   * the link secret (unset: one generated once and kept in the database) and
   * how long a link lives. Absent: /report web says the page is not set up.
   */
  reportWeb?: { publicUrl: string; linkSecret?: string; linkHours: number };
}
