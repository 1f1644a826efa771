// Work that many jobs of a burst share, done together: calls made while a
// flush is in flight wait and go in the next one. A quiet moment costs one
// turn of the event loop; a busy minute (2,000 check-ins due at once) turns
// hundreds of single-row round trips into a few multi-row ones, and the batch
// grows by itself with the load. When a batch fails, each call is tried on
// its own, so one bad item does not fail the others.

export interface BatchOptions {
  /** At most this many calls per flush (default 500). */
  max?: number;
  /** Flushes in flight at once (default 2). */
  parallel?: number;
}

interface Waiting<I, O> {
  input: I;
  resolve(output: O): void;
  reject(error: unknown): void;
}

export class Batcher<I, O> {
  readonly #run: (inputs: I[]) => Promise<O[]>;
  readonly #max: number;
  readonly #parallel: number;
  #waiting: Array<Waiting<I, O>> = [];
  #running = 0;
  #scheduled = false;

  /** `run` answers the inputs in their order (one output per input). */
  constructor(run: (inputs: I[]) => Promise<O[]>, options: BatchOptions = {}) {
    this.#run = run;
    this.#max = options.max ?? 500;
    this.#parallel = options.parallel ?? 2;
  }

  call(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#waiting.push({ input, resolve, reject });
      this.#kick();
    });
  }

  #kick(): void {
    if (this.#scheduled || this.#running >= this.#parallel || this.#waiting.length === 0) return;
    this.#scheduled = true;
    // The calls of this turn of the event loop go together.
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush(this.#waiting.splice(0, this.#max));
      this.#kick();
    });
  }

  async #flush(batch: Array<Waiting<I, O>>): Promise<void> {
    this.#running++;
    try {
      const outputs = await this.#run(batch.map((w) => w.input));
      for (const [i, w] of batch.entries()) w.resolve(outputs[i]!);
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else
        await Promise.all(batch.map((w) => this.#run([w.input]).then((outputs) => w.resolve(outputs[0]!), w.reject)));
    } finally {
      this.#running--;
      this.#kick();
    }
  }
}
