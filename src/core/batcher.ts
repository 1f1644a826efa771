// Group commit for jobs that come in bursts: calls with the same key that
// arrive while a batch of that key is being processed wait, and go together in
// the next batch. Nothing waits on a timer: a lone call runs at once (a batch
// of one, as if there were no batcher); under a burst, each batch takes what
// arrived meanwhile, up to `max`. Every call settles with its batch: resolved
// when the batch is done, rejected with the batch's error (so a job runner
// retries each job on its own, and the work must be idempotent per item).

interface Waiter<T> {
  item: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class Batcher<T> {
  readonly #run: (key: string, items: T[]) => Promise<void>;
  readonly #max: number;
  readonly #queues = new Map<string, Waiter<T>[]>();

  constructor(run: (key: string, items: T[]) => Promise<void>, options: { max?: number } = {}) {
    this.#run = run;
    this.#max = options.max ?? 256;
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
      void this.#drain(key, queue);
    });
  }

  async #drain(key: string, queue: Waiter<T>[]): Promise<void> {
    while (queue.length > 0) {
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
  }
}
