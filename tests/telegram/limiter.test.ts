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

  it('sends a queued message back to its queue rather than holding a worker for long', async () => {
    const { l } = limiter();
    l.block('g1', 10_000);
    expect(await l.acquire('g1', true, 1500)).toBe(10_000);
  });
});
