// How many sends of a process are doing something at once, apart from how many
// are waiting for their turn.
//
// A send job that waits for its slot in the shared budget (up to 2 s: the
// bot's 30 a second, shared by every process) used to sleep in its worker's
// place, so a process with SEND_CONCURRENCY places could hold only that many
// reservations: when many of them were group messages reserved seconds ahead,
// the line in front ran dry and the bot sent far under its limit. Now the
// worker holds more jobs than it lets send: a job takes a permit once it is
// about to send (its ledger row read) and keeps it until it ends (the answer
// recorded), except while it sleeps until its slot; it takes one again, ahead
// of jobs that have not reached their slot, before its request leaves. So at
// most SEND_CONCURRENCY requests are in flight or answered but not yet
// recorded, which is what a worker killed with SIGKILL can send twice.

import { AsyncLocalStorage } from 'node:async_hooks';

export class InFlightLimit {
  readonly max: number;
  #held = 0;
  /** Jobs whose slot has come (they go first), then jobs starting. */
  readonly #due: Array<() => void> = [];
  readonly #starting: Array<() => void> = [];

  constructor(max: number) {
    if (!(max >= 1)) throw new Error('InFlightLimit: max must be at least 1');
    this.max = max;
  }

  /** Permits held right now. */
  get held(): number {
    return this.#held;
  }

  /** `due`: a job whose slot has come, served before the jobs starting. */
  acquire(due = false): Promise<void> {
    if (this.#held < this.max) {
      this.#held++;
      return Promise.resolve();
    }
    return new Promise((resolve) => (due ? this.#due : this.#starting).push(resolve));
  }

  release(): void {
    const next = this.#due.shift() ?? this.#starting.shift();
    // The permit passes straight to the next waiter.
    if (next) next();
    else this.#held--;
  }
}

interface Permit {
  limit: InFlightLimit;
  held: boolean;
}

const current = new AsyncLocalStorage<Permit>();

/** Run one send job under `limit`: it takes a permit only once it is about to send (`aboutToSend`), until it ends. */
export async function inSendJob<T>(limit: InFlightLimit, run: () => Promise<T>): Promise<T> {
  const permit: Permit = { limit, held: false };
  try {
    return await current.run(permit, run);
  } finally {
    if (permit.held) limit.release();
  }
}

/**
 * The job's message is about to go to its platform (the ledger read, the
 * chat known): from here to the end of the job, what it does counts in
 * flight. Outside a send job (a direct reply, the inline outbox): nothing.
 */
export async function aboutToSend(): Promise<void> {
  const permit = current.getStore();
  if (!permit || permit.held) return;
  await permit.limit.acquire();
  permit.held = true;
}

/**
 * Wait for a send's slot without holding a permit. The permit is taken back
 * before this resolves, ahead of jobs that have not reached their slot.
 */
export async function waitingForSlot<T>(wait: () => Promise<T>): Promise<T> {
  const permit = current.getStore();
  if (!permit?.held) return wait();
  permit.limit.release();
  permit.held = false;
  try {
    return await wait();
  } finally {
    await permit.limit.acquire(true);
    permit.held = true;
  }
}
