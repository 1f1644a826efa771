// The idle bot gives back what a burst of work left in its heap
// (src/util/release-memory.ts): a real Node process, as `npm start` runs it,
// fills its old generation with garbage the way start-up does, then releases.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const MODULE = new URL('../../src/util/release-memory.ts', import.meta.url).href;

// Objects that live across a few allocations (as start-up's do across awaits) are promoted to
// the old generation; once dropped they are garbage V8 keeps until the old generation fills again.
const SCRIPT = `
const { releaseMemory } = await import(${JSON.stringify(MODULE)});
const rss = () => Math.round(process.memoryUsage().rss / 1048576);
let kept = [];
for (let i = 0; i < 120; i++) kept.push(Array.from({ length: 16384 }, (_, j) => ({ i, j })));
kept = null;
const before = rss();
const ms = releaseMemory();
console.log(JSON.stringify({ before, after: rss(), ms, gcFlagGiven: typeof globalThis.gc === 'function' }));
`;

describe('releasing memory after a burst of work', () => {
  it('returns the garbage of a burst to the system, without --expose-gc on the command line', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--max-semi-space-size=1', '--heap-growing-percent=100', '--input-type=module', '-e', SCRIPT],
      { timeout: 60_000 },
    );
    const result = JSON.parse(stdout) as { before: number; after: number; ms: number | null; gcFlagGiven: boolean };
    expect(result.gcFlagGiven).toBe(false);
    expect(result.ms).not.toBeNull();
    // About 100 MiB of dropped objects: most of it must leave the process's resident memory.
    expect(result.before - result.after).toBeGreaterThan(50);
  });
});
