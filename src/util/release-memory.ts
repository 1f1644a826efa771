// Give back to the system what a burst of work left behind.
//
// Start-up (migrations, Prisma's query compiler, every module's code, the
// reconciliation of every schedule) leaves the JavaScript heap full of garbage
// and grown well past what the idle bot uses: V8 collects the old generation
// only when it fills again, and a bot that then sits idle never fills it, so
// the garbage's pages stay in the process's memory for good. One full
// collection of the kind V8 runs under memory pressure (every object that can
// go, the heap compacted, its emptied pages returned) takes the idle bot from
// about 240 to about 180 MiB (bench/memory.ts, bench/RESULTS.md); it blocks
// for a fraction of a second, so it runs only after such a burst, never on a
// timer.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type CollectGarbage = (options?: { type?: 'major'; execution?: 'sync'; flavor?: 'last-resort' }) => void;

let collect: CollectGarbage | null | undefined;

/** V8's own collector: `global.gc` when Node runs with --expose-gc, else exposed in a fresh context. */
function collector(): CollectGarbage | null {
  if (collect !== undefined) return collect;
  collect = (globalThis as { gc?: CollectGarbage }).gc ?? null;
  if (collect) return collect;
  try {
    // The flag applies to contexts created after it is set (v8.setFlagsFromString); this one
    // context only serves to hand over its `gc` function, so the command line needs no flag.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as CollectGarbage;
  } catch {
    collect = null;
  }
  return collect;
}

/** Collect everything that can go and return the emptied pages; milliseconds it took, or null where V8 would not. */
export function releaseMemory(): number | null {
  const gc = collector();
  if (!gc) return null;
  const started = performance.now();
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return Math.round(performance.now() - started);
}
