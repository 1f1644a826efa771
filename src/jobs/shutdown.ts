// Stop cleanly on SIGTERM within the 10 s an orchestrator usually grants:
// stop taking work, let running jobs finish, then close connections. A job
// still running at the deadline is abandoned; its lock expires and BullMQ's
// stalled-job check hands it to another worker (see LOCK_DURATION_MS), and
// the send ledger keeps that second run from posting twice.

import type { Log } from './queues.ts';

export interface ClosableWorker {
  /** BullMQ's Worker.close(): stops fetching and waits for active jobs. */
  close(): Promise<void>;
}

export interface Closer {
  /** For the log: "http", "redis", "database". */
  name: string;
  close(): Promise<void>;
}

export interface ShutdownOptions {
  workers: ClosableWorker[];
  /** Closed in order after the workers (queues, then connections last). */
  closers: Closer[];
  log: Log;
  /** Everything is given up on after this (default 9 s, leaving a second before a 10 s kill). */
  deadlineMs?: number;
}

export interface ShutdownResult {
  /** False when the deadline cut something short (jobs left for stalled recovery, a closer not awaited). */
  clean: boolean;
  /** What did not finish or failed, by name. */
  problems: string[];
}

export async function gracefulShutdown(options: ShutdownOptions): Promise<ShutdownResult> {
  const deadlineMs = options.deadlineMs ?? 9000;
  const { log } = options;
  const endAt = Date.now() + deadlineMs;
  // Workers may use most of the time, but connections get the last part of it.
  const workersEndAt = endAt - Math.min(1000, deadlineMs / 5);
  const problems: string[] = [];

  log.info({ workers: options.workers.length, deadlineMs }, 'shutting down: finishing running jobs');
  const workers = await within(
    Promise.allSettled(options.workers.map((worker) => worker.close())),
    workersEndAt - Date.now(),
  );
  if (workers === timedOut) {
    problems.push('workers');
    log.warn(
      'jobs still running at the shutdown deadline; they are left to be picked up again after their lock expires',
    );
  } else {
    for (const outcome of workers) {
      if (outcome.status === 'rejected') problems.push(`worker: ${message(outcome.reason)}`);
    }
  }

  for (const closer of options.closers) {
    const left = endAt - Date.now();
    if (left <= 0) {
      problems.push(closer.name);
      continue;
    }
    try {
      const result = await within(closer.close(), left);
      if (result === timedOut) problems.push(closer.name);
    } catch (err) {
      problems.push(`${closer.name}: ${message(err)}`);
    }
  }

  if (problems.length > 0) log.warn({ problems }, 'shutdown cut short');
  else log.info('shut down cleanly');
  return { clean: problems.length === 0, problems };
}

/**
 * Wire SIGTERM and SIGINT to `shutdown`, then exit. A second signal, or
 * `hardLimitMs` passing, exits at once: the process never outlives its grace period.
 */
export function exitOnSignals(shutdown: () => Promise<ShutdownResult>, log: Log, hardLimitMs = 9500): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'signal received');
    setTimeout(() => {
      log.error('shutdown took too long: exiting now');
      process.exit(1);
    }, hardLimitMs).unref();
    shutdown().then(
      (result) => process.exit(result.clean ? 0 : 1),
      (err: unknown) => {
        log.error({ err: message(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

const timedOut = Symbol('timed out');

async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof timedOut> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof timedOut>((resolve) => {
    timer = setTimeout(() => resolve(timedOut), Math.max(0, ms));
  });
  work.catch(() => {}); // a late failure after the deadline is not an unhandled rejection
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
