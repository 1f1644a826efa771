// Rows that only matter for a while: inbound event ids (platforms stop
// redelivering within a day) and button tokens past their expiry. Each
// instance sweeps hourly; deletes are idempotent, so instances need no
// coordination.

import type { Clock } from '../core/jobs.ts';
import type { Store } from '../core/store.ts';
import type { Log } from './queues.ts';

const HOUR_MS = 3_600_000;
/** Longer than any platform redelivers an update, with room for a long outage. */
export const INBOUND_KEEP_MS = 7 * 24 * HOUR_MS;
/** Expired tokens stay a day, so a late press still gets "no longer valid" rather than "unknown". */
export const TOKEN_KEEP_MS = 24 * HOUR_MS;

export async function sweep(store: Store, clock: Clock): Promise<{ inbound: number; tokens: number }> {
  const now = clock.now().getTime();
  const inbound = await store.inbound.prune(new Date(now - INBOUND_KEEP_MS));
  const tokens = await store.actionTokens.prune(new Date(now - TOKEN_KEEP_MS));
  return { inbound, tokens };
}

/** Sweep now and every hour until the returned stop function is called. */
export function startHousekeeping(store: Store, clock: Clock, log: Log): () => void {
  const run = () =>
    sweep(store, clock).then(
      (removed) => {
        if (removed.inbound + removed.tokens > 0) log.info(removed, 'housekeeping removed old rows');
      },
      (err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err) }, 'housekeeping failed'),
    );
  void run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
