// The adapter's own schedule of Telegram's limits, on a virtual clock.

import { describe, expect, it } from 'vitest';
import { SendLimiter } from '../../adapters/telegram/limiter.ts';

function limiter() {
  let now = 1_000_000;
  const l = new SendLimiter({}, () => now);
  const send = (chat: string, group: boolean) => {
    const at = l.nextSlot(chat, group);
    l.take(chat, group, at);
    now = Math.max(now, at);
    return at;
  };
  return { l, send, advance: (ms: number) => (now += ms), now: () => now };
}

describe('telegram send limiter', () => {
  it('spaces messages to stay under 30 a second overall', () => {
    const { send } = limiter();
    const times = Array.from({ length: 61 }, (_, i) => send(`dm${i}`, false));
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThan(1000);
  });

  it('keeps about a second between messages to one chat, and 20 a minute in a group', () => {
    const { send } = limiter();
    const times = Array.from({ length: 25 }, () => send('group', true));
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1050);
    expect(times[20]! - times[0]!).toBeGreaterThan(60_000);
  });

  it('holds a chat for as long as a 429 asked, and only that chat', () => {
    const { l, now } = limiter();
    l.block('g1', 5000);
    expect(l.nextSlot('g1', true) - now()).toBe(5000);
    expect(l.nextSlot('g2', true) - now()).toBe(0);
    l.block(null, 2000);
    expect(l.nextSlot('g2', true) - now()).toBe(2000);
  });

  it('lets a sender that woke up late keep its slot, holding it only as long as a clump would break the limit', () => {
    const { l, now, advance } = limiter();
    // 120 sends reserved at the even pace; the event loop stalls for 300 ms around every 40th wake-up.
    const slots = Array.from({ length: 120 }, (_, i) => {
      const at = l.nextSlot(`dm${i}`, false);
      l.take(`dm${i}`, false, at);
      return at;
    });
    const left: number[] = [];
    for (const [i, slot] of slots.entries()) {
      advance(Math.max(0, slot - now() + (i % 40 === 10 ? 300 : 0)));
      for (let hold = l.clumpWait(`dm${i}`); hold > 0; hold = l.clumpWait(`dm${i}`)) advance(hold);
      l.sent(`dm${i}`);
      left.push(now());
    }
    // Never more than Telegram's 30 in any second (and a margin), and no slot wasted: done when the schedule ends.
    for (let i = 30; i < left.length; i++) expect(left[i]! - left[i - 30]!).toBeGreaterThanOrEqual(1030);
    expect(left.at(-1)! - slots.at(-1)!).toBeLessThanOrEqual(5);
  });

  it('never holds a sender that is on time', () => {
    const { l, advance, now } = limiter();
    for (let i = 0; i < 200; i++) {
      const chat = i % 7 === 0 ? 'group' : `dm${i}`;
      const at = l.nextSlot(chat, chat === 'group');
      l.take(chat, chat === 'group', at);
      advance(Math.max(0, at - now()));
      expect(l.clumpWait(chat)).toBe(0);
      l.sent(chat);
    }
  });

  it('sends a queued message back to its queue rather than holding a worker for long', async () => {
    const { l } = limiter();
    l.block('g1', 10_000);
    expect(await l.acquire('g1', true, 1500)).toBe(10_000);
  });
});
