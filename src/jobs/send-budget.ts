// One Telegram send budget for every process of the bot, kept in Redis.
//
// Each process's adapter paces itself (adapters/telegram/limiter.ts), but
// two workers pacing themselves at 29 a second send 58 a second together.
// BullMQ's own limiter is per queue (it would cover the bot-wide rate only)
// and its per-group limits are a paid feature, so the three limits Telegram
// counts (about 30 a second per bot, one a second per chat, 20 a minute per
// group) are kept in one Lua script: the bot's sends are a grid of slots
// (29.5 a second), and a send reserves the first free slot at or after the
// moment its chat may go (its chat and group buckets), up to 2 s ahead, and
// sleeps exactly until it. No slot is lost to a timer that fires late or to
// senders waking at once and asking again, and a group's next message takes
// a slot at its own pace among the private messages instead of queueing
// behind them. As it leaves, a window of the sends that can have arrived
// (one not yet answered may arrive any moment) keeps a stalled process's late
// request from clumping with the punctual ones on arrival. Time is Redis's
// own clock, so processes on different machines agree. While a send sleeps
// until its slot, its job holds no permit to send (src/core/in-flight.ts),
// so a worker can hold a long line of reservations with few sends in flight.

import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DeliveryError } from '../core/errors.ts';
import { waitingForSlot } from '../core/in-flight.ts';
import type { SendBudget } from '../core/types.ts';

export type { SendBudget } from '../core/types.ts';

/**
 * Reserve the bot-wide slot of a send to a chat. The bot's sends are a grid of
 * slots ARGV[1] ms apart (slot i at i * ARGV[1] ms, Redis time); KEYS[1] holds
 * the slots taken (a sorted set by index), KEYS[2] the time before which none
 * may be taken (a bot-wide 429), KEYS[3..m] the chat's own buckets (chat,
 * group: the time it may next be posted to), KEYS[m+1] its in-flight mark.
 * ARGV[2..m-1]: the spacing of each chat bucket; then how long the mark lasts
 * at most (a process that dies mid-request), the horizon: how far ahead a
 * slot may be reserved, and the horizon of a send whose chat may go now
 * (shorter: the far end of the line is kept for chats that go later).
 *
 * Returns {1, ms}: the first free slot at or after the moment the chat may go
 * is this send's, `ms` from now (taken, the chat's buckets moved past it, the
 * chat marked in flight): sleep exactly that long and go, no second call, so a
 * timer that fires late costs nobody a slot. Slots left free in between stay
 * free for other chats: a group's next message, reserved ahead at its own
 * pace, does not queue behind a backlog of private messages, nor they behind it.
 * Returns {0, ms}: nothing taken; ask again in `ms`, when the chat's time
 * comes within the horizon (the chat is in flight: at least its spacing, as
 * its next time counts from the answer). Returns {2, ms}: every slot within
 * the horizon is taken (more sends waiting than the line holds): the first
 * free one comes within it in `ms`.
 *
 * Waits are rounded up: Redis turns a Lua number into an integer reply by
 * truncation, and 0.48 ms read as 0 would mean "go" before the slot.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local m = #KEYS - 1
local gap = tonumber(ARGV[1])
local inFlight = tonumber(ARGV[m])
local horizon = tonumber(ARGV[m + 1])
local earliest = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
for i = 3, m do
  local slot = tonumber(redis.call('GET', KEYS[i]) or '0')
  if slot > earliest then earliest = slot end
end
if redis.call('PTTL', KEYS[m + 1]) > 0 then
  return {0, math.ceil(math.max(earliest - now - horizon, tonumber(ARGV[2])))}
end
if earliest - now > horizon then return {0, math.ceil(earliest - now - horizon) + 1} end
if earliest - now < gap then horizon = math.min(horizon, tonumber(ARGV[m + 2])) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', math.floor(now / gap) - 1)
local index = math.ceil(earliest / gap)
local last = math.floor((now + horizon) / gap)
local taken = redis.call('ZRANGEBYSCORE', KEYS[1], index, last)
for _, member in ipairs(taken) do
  if tonumber(member) == index then index = index + 1 elseif tonumber(member) > index then break end
end
local at = index * gap
if at - now > horizon then return {2, math.ceil(at - now - horizon) + 1} end
redis.call('ZADD', KEYS[1], index, index)
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[m + 1])) + 10000)
for i = 3, m do
  local slot = at + tonumber(ARGV[i - 1])
  redis.call('SET', KEYS[i], string.format('%.3f', slot), 'PX', math.ceil(slot - now) + 1000)
end
redis.call('SET', KEYS[m + 1], '1', 'PX', inFlight)
return {1, math.ceil(at - now)}
`;

/**
 * The send leaves now (its reserved slot reached): the guard on arrivals.
 * Telegram counts requests when they arrive, and a process that stalls
 * between a send's departure and its request (a long garbage collection, a
 * busy machine), or a server that stalls before it reads it, makes a late
 * arrival that clumps with punctual ones. So each send of the last window is
 * kept with the latest time it can have arrived: until it is answered, its
 * departure plus ARGV[4] ms (a request is rarely out longer; a process that
 * died mid-request holds one place of the window that long); once answered,
 * the answer's time (RELEASE: it surely arrived by then). A send leaves only
 * when fewer than ARGV[1] of them can have arrived in the last ARGV[2] ms,
 * whatever the stalls: a stall costs a little time, never a 429.
 * KEYS[1]: the bot's sends (a sorted set by that time, Redis time); ARGV[3]:
 * this send's member. Returns 0 (go, recorded) or the ms to wait before
 * asking again (at most ARGV[5] while the one holding it is unanswered: its
 * answer may come any moment).
 */
const DEPART = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local unanswered = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.3f', now - window))
local n = redis.call('ZCARD', KEYS[1])
if n >= max then
  local holding = redis.call('ZRANGE', KEYS[1], n - max, n - max, 'WITHSCORES')
  local at = tonumber(holding[2])
  local wait = math.ceil(at + window - now)
  if at > now then wait = math.min(wait, tonumber(ARGV[5])) end
  return math.max(1, wait)
end
redis.call('ZADD', KEYS[1], string.format('%.3f', now + unanswered), ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window + unanswered) + 1000)
return 0
`;

/**
 * The request is answered. KEYS[1..n]: the chat's buckets, KEYS[n+1]: its
 * in-flight mark, KEYS[n+2]: the bot's sends (DEPART); ARGV[i]: the spacing
 * of bucket i, ARGV[n+1]: this send's member there. Each bucket's next slot
 * is at least its spacing after now, the mark is gone, and the send counts as
 * arrived now (it surely has) instead of at the latest it could.
 */
const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = #KEYS - 2
for i = 1, n do
  local at = now + tonumber(ARGV[i])
  local slot = tonumber(redis.call('GET', KEYS[i]) or '0')
  if slot < at then redis.call('SET', KEYS[i], at, 'PX', tonumber(ARGV[i]) + 1000) end
end
redis.call('DEL', KEYS[n + 1])
local precise = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
redis.call('ZADD', KEYS[n + 2], 'XX', string.format('%.3f', precise), ARGV[n + 1])
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
  /**
   * At most `windowMax` sends of the bot can have arrived in any `windowMs`
   * (Telegram counts 30 in a second): a send counts until it is answered as if
   * it could arrive any moment (DEPART).
   */
  windowMax: number;
  windowMs: number;
}

/**
 * A margin under each of Telegram's limits. Telegram counts when requests
 * arrive; a slot says when one may leave, and a stalled process (a long
 * garbage collection on a busy machine, a slow connect) can make its request
 * arrive later than its slot, closer to the next one. So a chat holds one
 * request in flight at a time, and its next slot counts from the answer:
 * the next request to a chat leaves at least the chat's (and group's) spacing
 * after the previous one was answered, hence arrived, whatever the stalls;
 * and at most 30 sends of the bot can have arrived in any second (DEPART:
 * one not yet answered counts as arriving now; the 5 ms cover the rounding
 * of clocks to the millisecond). The grid of 29.5 a second leaves the
 * answer about 12 ms to come back before the window holds the next send; a
 * slower answer (a busy machine) costs that send a little time, never a 429.
 * (At 29 a second the fan-out benchmark reached 0.950-0.962 of Telegram's
 * rate, at 29.5 0.956-0.981, both without a 429: bench/RESULTS.md.)
 */
export const TELEGRAM_BUDGET: BudgetLimits = {
  globalGapMs: 1000 / 29.5,
  chatGapMs: 1200,
  groupGapMs: 3000,
  windowMax: 30,
  windowMs: 1005,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A bot-wide slot at most this far ahead is reserved and slept until in the worker; a later one sends the job back to wait. */
const SLEEP_UP_TO_MS = 2000;

/**
 * A queued send whose chat may go now reserves at most this far ahead: the
 * rest of the line is kept for sends whose chat goes later (a group's next
 * message, 3 s after its last). Private messages queued by the thousand
 * would otherwise take every slot of the 2 s as they open, and a group's
 * message, its own time come, would find none free until the backlog ran out.
 */
const FREE_CHAT_HORIZON_MS = 1000;

/**
 * A queued send (no `maxWaitMs` given) whose chat is not free sleeps at most
 * this long: a longer wait (a group's next slot, seconds away) goes back to
 * the queue, so that the worker's place serves another chat meanwhile.
 */
const QUEUED_CHAT_SLEEP_MS = 300;

/** A queued send that finds every slot within reach taken goes back to its queue for at least this long. */
const LINE_FULL_BACK_MS = 500;

/** A request still in flight after this long has failed (grammY gives up after 30 s). */
const IN_FLIGHT_MS = 35_000;

/** A send not answered after this long counts as arrived then (a process that died mid-request never answers). */
const UNANSWERED_MS = 5000;

/** How soon to ask again when the window is full until a send in flight is answered. */
const ANSWER_POLL_MS = 5;

export function redisSendBudget(options: {
  redis: Redis;
  prefix: string;
  limits?: Partial<BudgetLimits>;
  platform?: string;
}): SendBudget {
  const limits = { ...TELEGRAM_BUDGET, ...options.limits };
  const platform = options.platform ?? 'telegram';
  const key = (part: string) => `${options.prefix}:budget:${platform}:${part}`;
  const departWindow = [String(limits.windowMax), String(limits.windowMs)];
  const departWait = [String(UNANSWERED_MS), String(ANSWER_POLL_MS)];
  // Departures are members of one sorted set for every process: a pid alone repeats across
  // containers (each image's process may be pid 1), so each budget names itself at random.
  const self = randomUUID();
  let departures = 0;
  return {
    async take(chat, maxWaitMs) {
      const horizon = maxWaitMs ?? SLEEP_UP_TO_MS;
      const chatSleep = maxWaitMs ?? QUEUED_CHAT_SLEEP_MS;
      if (chat.platform !== platform) return async () => {};
      const group = chat.kind !== 'private';
      const chatKeys = [key(`chat:${chat.chatId}`), ...(group ? [key(`group:${chat.chatId}`)] : [])];
      const chatGaps = [limits.chatGapMs, ...(group ? [limits.groupGapMs] : [])].map(String);
      const flight = key(`flight:${chat.chatId}`);
      const keys = [key('slots'), key('all'), ...chatKeys, flight];
      const args = [String(limits.globalGapMs), ...chatGaps, String(IN_FLIGHT_MS)];
      for (;;) {
        const [reserved, wait] = (await options.redis.eval(
          RESERVE,
          keys.length,
          ...keys,
          ...args,
          horizon,
          maxWaitMs ?? FREE_CHAT_HORIZON_MS,
        )) as [number, number];
        if (reserved === 1) {
          // Asleep until its slot, the job holds no permit to send: other chats' sends go meanwhile.
          if (wait > 0) await waitingForSlot(() => sleep(wait));
          break;
        }
        // The line is full: asking again every slot from here would be the polling this design
        // avoids; the send goes back to its queue for a while (and comes back ahead of the rest).
        if (reserved === 2 && maxWaitMs === undefined)
          throw new DeliveryError({ kind: 'rate_limited', retryAfterMs: Math.max(wait, LINE_FULL_BACK_MS) });
        if (wait > chatSleep) throw new DeliveryError({ kind: 'rate_limited', retryAfterMs: wait });
        await waitingForSlot(() => sleep(wait));
      }
      const member = `${self}:${++departures}`;
      const release = async () => {
        await options.redis.eval(
          RELEASE,
          chatKeys.length + 2,
          ...chatKeys,
          flight,
          key('departed'),
          ...chatGaps,
          member,
        );
      };
      try {
        for (;;) {
          const hold = Number(
            await options.redis.eval(DEPART, 1, key('departed'), ...departWindow, member, ...departWait),
          );
          if (hold <= 0) break;
          await waitingForSlot(() => sleep(hold));
        }
      } catch (err) {
        await release().catch(() => undefined);
        throw err;
      }
      return release;
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
