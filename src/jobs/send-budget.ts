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
import type { SendBudget } from '../core/types.ts';

export type { SendBudget } from '../core/types.ts';

/**
 * KEYS[1..n]: the buckets, KEYS[n+1]: the chat's in-flight mark; ARGV[i]: the
 * spacing of bucket i in ms, ARGV[n+1]: how long the mark lasts at most (a
 * process that dies mid-request), ARGV[n+2]: the wait while the chat has a
 * request in flight. Returns 0 when the send may go now (each bucket's next
 * slot moved on, the chat marked in flight), or the ms to wait.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = #KEYS - 1
local wait = 0
local next = {}
for i = 1, n do
  local slot = tonumber(redis.call('GET', KEYS[i]) or '0')
  if slot > now and slot - now > wait then wait = slot - now end
  next[i] = math.max(slot, now) + tonumber(ARGV[i])
end
local busy = tonumber(ARGV[n + 2])
if redis.call('PTTL', KEYS[n + 1]) > 0 and wait < busy then wait = busy end
-- Rounded up: Redis turns a Lua number into an integer reply by truncation, and a wait of
-- 0.48 ms (the bot-wide slot is a fraction: 1000/29 ms) would read as 0, "go", with nothing taken.
if wait > 0 then return math.ceil(wait) end
for i = 1, n do
  redis.call('SET', KEYS[i], next[i], 'PX', math.ceil(next[i] - now) + 1000)
end
redis.call('SET', KEYS[n + 1], '1', 'PX', tonumber(ARGV[n + 1]))
return 0
`;

/**
 * The request is answered. KEYS[1..n]: the chat's buckets, KEYS[n+1]: its
 * in-flight mark; ARGV[i]: the spacing of bucket i. Each bucket's next slot
 * is at least its spacing after now, and the mark is gone.
 */
const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = #KEYS - 1
for i = 1, n do
  local at = now + tonumber(ARGV[i])
  local slot = tonumber(redis.call('GET', KEYS[i]) or '0')
  if slot < at then redis.call('SET', KEYS[i], at, 'PX', tonumber(ARGV[i]) + 1000) end
end
redis.call('DEL', KEYS[n + 1])
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
 * A margin under each of Telegram's limits. Telegram counts when requests
 * arrive; a slot says when one may leave, and a stalled process (a long
 * garbage collection on a busy machine, a slow connect) can make its request
 * arrive later than its slot, closer to the next one. So a chat holds one
 * request in flight at a time, and its next slot counts from the answer:
 * the next request to a chat leaves at least the chat's (and group's) spacing
 * after the previous one was answered, hence arrived, whatever the stalls.
 */
export const TELEGRAM_BUDGET: BudgetLimits = { globalGapMs: 1000 / 29, chatGapMs: 1200, groupGapMs: 3000 };

/** Waits shorter than this are slept through in the worker; longer ones send the job back to wait. */
const SLEEP_UP_TO_MS = 2000;

/** A request still in flight after this long has failed (grammY gives up after 30 s). */
const IN_FLIGHT_MS = 35_000;

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
    async take(chat, maxWaitMs = SLEEP_UP_TO_MS) {
      if (chat.platform !== platform) return async () => {};
      const group = chat.kind !== 'private';
      const chatKeys = [key(`chat:${chat.chatId}`), ...(group ? [key(`group:${chat.chatId}`)] : [])];
      const chatGaps = [limits.chatGapMs, ...(group ? [limits.groupGapMs] : [])].map(String);
      const flight = key(`flight:${chat.chatId}`);
      const keys = [key('all'), ...chatKeys, flight];
      const args = [String(limits.globalGapMs), ...chatGaps, String(IN_FLIGHT_MS), String(limits.chatGapMs)];
      for (;;) {
        const wait = Number(await options.redis.eval(RESERVE, keys.length, ...keys, ...args));
        if (wait <= 0) break;
        if (wait > maxWaitMs) throw new DeliveryError({ kind: 'rate_limited', retryAfterMs: wait });
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      return async () => {
        await options.redis.eval(RELEASE, chatKeys.length + 1, ...chatKeys, flight, ...chatGaps);
      };
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
