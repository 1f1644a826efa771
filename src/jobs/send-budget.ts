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
import type { SendBudget } from '../core/send-budget.ts';

export type { SendBudget } from '../core/send-budget.ts';

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

/** KEYS[1]: a bucket; ARGV[1]: ms. Its next slot is at least that far from now (Telegram said 429). */
const BLOCK = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ = now + tonumber(ARGV[1])
local slot = tonumber(redis.call('GET', KEYS[1]) or '0')
if slot < until_ then redis.call('SET', KEYS[1], until_, 'PX', tonumber(ARGV[1]) + 1000) end
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
 * A margin under each of Telegram's limits. The adapter takes the slot right
 * before the request leaves (adapters/telegram/budget.ts), but the time Redis
 * gives the slot and the time Telegram sees the request still differ by the
 * round trip and by whatever stalls the sending process in between; the
 * per-chat gap of 1.2 s (Telegram: about 1 s) absorbs stalls up to 0.2 s, and
 * a slower round trip takes its slot again (see take()).
 */
export const TELEGRAM_BUDGET: BudgetLimits = { globalGapMs: 1000 / 29, chatGapMs: 1200, groupGapMs: 3000 };

/** Waits shorter than this are slept through in the worker; longer ones send the job back to wait. */
const SLEEP_UP_TO_MS = 2000;

/**
 * A slot is only as good as the moment it was given: when the round trip to
 * Redis took longer than this (a stalled event loop, a busy Redis), the send
 * would leave late, up to the round trip closer to the next process's send
 * than the slots were apart. Such a slot is not used; the send takes another
 * (at most twice: on a machine that slow every round trip is late, and the
 * message must still go).
 */
const STALE_SLOT_MS = 100;
const STALE_RETAKES = 2;

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
      for (let retakes = 0; ; ) {
        const asked = performance.now();
        const wait = Number(await options.redis.eval(RESERVE, keys.length, ...keys, ...gaps.map(String)));
        if (wait <= 0 && (performance.now() - asked <= STALE_SLOT_MS || retakes === STALE_RETAKES)) return;
        if (wait <= 0) {
          retakes++;
          continue;
        }
        if (wait > SLEEP_UP_TO_MS) throw new DeliveryError({ kind: 'rate_limited', retryAfterMs: wait });
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
    async block(on, chatId, retryAfterMs) {
      if (on !== platform || retryAfterMs <= 0) return;
      await options.redis.eval(
        BLOCK,
        1,
        key(chatId === null ? 'all' : `chat:${chatId}`),
        String(Math.ceil(retryAfterMs)),
      );
    },
  };
}
