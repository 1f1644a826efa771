// How the Telegram adapter is configured (types only).

import type { UserFromGetMe } from 'grammy/types';
import type { AdapterStateStore, SendBudget } from '../../src/core/types.ts';
import type { CommandMenu } from './commands.ts';
import type { Limits } from './limiter.ts';
import type { Log, UpdateQueue } from './updates.ts';

export interface TelegramAdapterOptions {
  token: string;
  mode: 'polling' | 'webhook';
  /** Webhook mode: the public URL given to Telegram, the path served, the secret header, and the durable queue. */
  webhook?: { url: string; path: string; secret: string; queue?: UpdateQueue };
  /** Bot API root (a local Bot API server, or a fake one in tests); default https://api.telegram.org. */
  apiRoot?: string;
  state: AdapterStateStore;
  log: Log;
  /** Skips getMe at start. */
  botInfo?: UserFromGetMe;
  /** Command menus to set at start (buildCommandMenus). */
  commands?: CommandMenu[];
  limits?: Partial<Limits>;
  /** Telegram's limits shared with the bot's other processes (Redis mode): a slot is taken right before each post. */
  budget?: SendBudget;
  /** How long a direct reply may wait for the rate limiter before it fails (default 30 s). */
  maxReplyWaitMs?: number;
  /** A queued send waits at most this long in the adapter; longer, it goes back to the queue (default 1.5 s). */
  maxQueuedWaitMs?: number;
  /** Long-poll timeout (default 30 s; tests shorten it). */
  pollTimeoutSeconds?: number;
  /** How long stop() waits for the batch in hand (default 5 s). */
  stopGraceMs?: number;
  /** The largest file the Bot API takes from a bot (default 50 MB, Telegram's; a local Bot API server takes 2000 MB). */
  maxUploadBytes?: number;
}
