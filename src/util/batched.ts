// Many callers' one-row reads and writes as one statement. The inbound queue
// hands the core a batch of updates at once (src/jobs/inbound-queue.ts); every
// chat's turn then reaches the same steps (de-duplication, the chat and the
// sender upserted) in the same turn of the event loop, and a function made by
// batched() answers all of them with one query instead of one each (issue 18:
// fewer round trips per update). Nothing is cached: each call still reads or
// writes the database, after everything its own chat did before it.

import { Batcher } from '../core/batch.ts';

/**
 * A function of one key whose calls made in the same turn of the event loop
 * are run together by `run` (one answer per key, in order). When a batch
 * fails, its keys are run one by one, so one bad row fails only its caller.
 * The core's Batcher without its size and concurrency limits: a lookup waits
 * for no other batch.
 */
export function batched<K, V>(run: (keys: readonly K[]) => Promise<readonly V[]>): (key: K) => Promise<V> {
  const batcher = new Batcher<K, V>(async (keys) => [...(await run(keys))], {
    max: Number.POSITIVE_INFINITY,
    parallel: Number.POSITIVE_INFINITY,
  });
  return (key) => batcher.call(key);
}

/** Keys grouped by platform (almost always one), for `platform = … AND id IN (…)` queries. */
export function byPlatform<K extends { platform: P }, P extends string>(
  keys: readonly K[],
  id: (key: K) => string,
): Array<[P, string[]]> {
  const groups = new Map<P, string[]>();
  for (const key of keys) {
    const ids = groups.get(key.platform);
    if (ids) ids.push(id(key));
    else groups.set(key.platform, [id(key)]);
  }
  return [...groups];
}
