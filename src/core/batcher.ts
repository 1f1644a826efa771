// Group commit for jobs that come in bursts: calls with the same key that
// arrive while a batch of that key is being processed wait, and go together in
// the next batch. Nothing waits on a timer: a lone call runs at once (a batch
// of one, as if there were no batcher); under a burst, each batch takes what
// arrived meanwhile, up to `max`. In a burst (a batch of the key ended
// moments ago, or is just ending) the next batch waits `windowMs` for the
// others of its wave: a job runner hands jobs over one at a time as its slots
// free up, and without that wait every other batch would be a batch of one. Every call settles with its batch: resolved
// when the batch is done, rejected with the batch's error (so a job runner
// retries each job on its own, and the work must be idempotent per item).

/** A call within this long after a batch of its key ended is taken as part of the same burst. */
const BURST_MS = 1000;

interface Waiter<T> {
  item: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class Batcher<T> {
  readonly #run: (key: string, items: T[]) => Promise<void>;
  readonly #max: number;
  readonly #windowMs: number;
  readonly #queues = new Map<string, Waiter<T>[]>();
  /** When each key's last batch ended (performance.now()), while it may be part of a burst. */
  readonly #ended = new Map<string, number>();

  constructor(run: (key: string, items: T[]) => Promise<void>, options: { max?: number; windowMs?: number } = {}) {
    this.#run = run;
    this.#max = options.max ?? 256;
    this.#windowMs = options.windowMs ?? 0;
  }

  submit(key: string, item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiting = this.#queues.get(key);
      if (waiting) {
        waiting.push({ item, resolve, reject });
        return;
      }
      const queue: Waiter<T>[] = [{ item, resolve, reject }];
      this.#queues.set(key, queue);
      const ended = this.#ended.get(key);
      void this.#drain(key, queue, ended !== undefined && performance.now() - ended < BURST_MS);
    });
  }

  async #drain(key: string, queue: Waiter<T>[], inBurst: boolean): Promise<void> {
    let wait = inBurst;
    while (queue.length > 0) {
      if (wait && this.#windowMs > 0 && queue.length < this.#max)
        await new Promise((resolve) => setTimeout(resolve, this.#windowMs));
      // After a batch, the runners it freed are handing over their next calls: the next batch waits for them.
      wait = true;
      const batch = queue.splice(0, this.#max);
      try {
        await this.#run(
          key,
          batch.map((w) => w.item),
        );
        for (const w of batch) w.resolve();
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.#queues.delete(key);
    if (this.#ended.size > 1000) this.#ended.clear();
    this.#ended.set(key, performance.now());
  }
}
