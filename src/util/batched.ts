// Many callers' one-row reads and writes as one statement. The inbound queue
// hands the core a batch of updates at once (src/jobs/inbound-queue.ts); every
// chat's turn then reaches the same steps (de-duplication, the chat and the
// sender upserted) in the same turn of the event loop, and a function made by
// batched() answers all of them with one query instead of one each (issue 18:
// fewer round trips per update). Nothing is cached: each call still reads or
// writes the database, after everything its own chat did before it.

/**
 * A function of one key whose calls made in the same turn of the event loop
 * are run together by `run` (one answer per key, in order). When a batch
 * fails, its keys are run one by one, so one bad row fails only its caller.
 */
export function batched<K, V>(run: (keys: readonly K[]) => Promise<readonly V[]>): (key: K) => Promise<V> {
  let waiting: Array<{ key: K; resolve: (value: V) => void; reject: (error: unknown) => void }> = [];
  const flush = (): void => {
    const batch = waiting;
    waiting = [];
    const one = (item: (typeof batch)[number]) =>
      run([item.key]).then(([value]) => item.resolve(value as V), item.reject);
    run(batch.map((item) => item.key)).then(
      (values) => {
        for (const [i, item] of batch.entries()) item.resolve(values[i] as V);
      },
      (error) => {
        if (batch.length === 1) batch[0]!.reject(error);
        else for (const item of batch) void one(item);
      },
    );
  };
  return (key) =>
    new Promise<V>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ key, resolve, reject });
    });
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
