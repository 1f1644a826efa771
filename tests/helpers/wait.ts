// The one way the tests wait for something that happens on its own time (a
// job ran, a platform answered, a row changed): poll a probe until it gives a
// truthy value. Polling starts fast (in-memory checks settle in milliseconds)
// and backs off to a gentle pace (probes over HTTP, e.g. Synapse).
//
// Waiting proves that something DID happen. To prove that something did NOT
// happen, wait for a positive marker that comes after it (a later message in
// the same chat handled, a drained queue, a settled ledger row), then assert
// the absence on that state; never sleep for a while and look.

import { expect } from 'vitest';

export interface WaitOptions {
  /** Give up after this long (default 15 s). */
  timeoutMs?: number;
  /** Extra words for the failure message: what the state was when time ran out. */
  seen?: () => unknown;
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Poll `probe` until it returns a truthy value, and return that value.
 * Errors thrown by the probe are not retried: they fail the wait at once.
 * On time-out the error says what was awaited (`what`) and, when given, what
 * was seen instead. A successful wait counts as an assertion of the test.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | Promise<T>,
  options: WaitOptions = {},
): Promise<Truthy<T>> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const until = Date.now() + timeoutMs;
  let pause = 5;
  let last: T;
  for (;;) {
    last = await probe();
    if (last) break;
    if (Date.now() > until) {
      const seen = options.seen ? `; saw ${show(await options.seen())}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 100);
  }
  expect(last, what).toBeTruthy();
  return last as Truthy<T>;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
