// One Telegram send budget for every process of the bot, kept in Redis.
//
// Each process's adapter paces itself (adapters/telegram/limiter.ts), but
// two workers pacing themselves at 29 a second send 58 a second together.
// BullMQ's own limiter is per queue (it would cover the bot-wide rate only)
// and its per-group limits are a paid feature, so the three limits Telegram
// counts (about 30 a second per bot, one a second per chat, 20 a minute per
// group) are three GCRA buckets in one Lua script: a send goes only when all
// three allow it, and only then does it take its place in each. Time is
// Redis's own clock, so processes on different machines agree.

import type { Redis } from 'ioredis';
import { DeliveryError } from '../core/errors.ts';
import type { ChatRef } from '../core/types.ts';

/**
 * KEYS: the buckets; ARGV[i]: the spacing of bucket i in ms. Returns 0 when
 * the send may go now (each bucket's next slot moved on), or the ms to wait.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait = 0
local next = {}
for i, key in ipairs(KEYS) do
  local slot = tonumber(redis.call('GET', key) or '0')
  if slot > now and slot - now > wait then wait = slot - now end
  next[i] = math.max(slot, now) + tonumber(ARGV[i])
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  redis.call('SET', key, next[i], 'PX', math.ceil(next[i] - now) + 1000)
end
return 0
`;

export interface BudgetLimits {
  /** Spacing of any two sends of the bot, in ms (Telegram: about 30 a second). */
  globalGapMs: number;
  /** Spacing of two sends to one chat (Telegram: about one a second). */
  chatGapMs: number;
  /** Spacing of two sends to one group (Telegram: 20 a minute). */
  groupGapMs: number;
}

/**
 * A margin under each of Telegram's limits. The per-chat gap is 1.2 s rather
 * than the adapter's 1.05 s: a slot is taken in Redis a moment before the
 * request leaves, and two processes' requests to one chat can reach Telegram
 * up to that moment closer together than their slots were (a busy event loop,
 * a slow connection). A loaded CI run saw 3 × 429 of 18 sends with 1.05 s.
 */
export const TELEGRAM_BUDGET: BudgetLimits = { globalGapMs: 1000 / 29, chatGapMs: 1200, groupGapMs: 3000 };

/** Waits shorter than this are slept through in the worker; longer ones send the job back to wait. */
const SLEEP_UP_TO_MS = 2000;

export interface SendBudget {
  /** Resolves when this send may go (its slot taken), or throws a rate_limited DeliveryError to wait longer. */
  take(chat: ChatRef): Promise<void>;
}

export function redisSendBudget(options: {
  redis: Redis;
  prefix: string;
  limits?: BudgetLimits;
  platform?: string;
}): SendBudget {
  const limits = options.limits ?? TELEGRAM_BUDGET;
  const platform = options.platform ?? 'telegram';
  const key = (part: string) => `${options.prefix}:budget:${platform}:${part}`;
  return {
    async take(chat) {
      if (chat.platform !== platform) return;
      const group = chat.kind !== 'private';
      const keys = [key('all'), key(`chat:${chat.chatId}`), ...(group ? [key(`group:${chat.chatId}`)] : [])];
      const gaps = [limits.globalGapMs, limits.chatGapMs, ...(group ? [limits.groupGapMs] : [])];
      for (;;) {
        const wait = Number(await options.redis.eval(RESERVE, keys.length, ...keys, ...gaps.map(String)));
        if (wait <= 0) return;
        if (wait > SLEEP_UP_TO_MS) throw new DeliveryError({ kind: 'rate_limited', retryAfterMs: wait });
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
  };
}
