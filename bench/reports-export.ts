// A child of bench/reports.ts: /export csv's participation file as a chat
// sends it, in a process that does nothing else (a worker), started with a
// heap cap (--max-old-space-size=128) so that finishing at all shows the
// export holds a bounded amount, whatever the number of rows. It streams
// paged reads into a temporary file and uploads that file with the Telegram
// adapter (sendDocument, multipart streamed from disk) to the fake Bot API,
// sampling its own RSS every 20 ms (start-up's tail apart from the export), and
// reports to the parent over IPC.

import { createTelegramAdapter } from '../adapters/telegram/index.ts';
import { openDatabase } from '../src/db/client.ts';
import { createPrismaStore } from '../src/db/store.ts';
import { participationCsv } from '../src/features/reports/person-exports.ts';
import { toTempFile } from '../src/features/reports/temp-file.ts';
import { releaseMemory } from '../src/util/release-memory.ts';
import { MemoryState } from '../tests/telegram/helpers.ts';
import { log } from './common.ts';

const [databaseUrl, apiRoot, token, chatId, since, until] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const db = await openDatabase({ databaseUrl, dataDir: '', log });
const store = createPrismaStore(db);
const cohort = (await store.cohorts.byId('c1'))!;
const adapter = createTelegramAdapter({ token, mode: 'polling', apiRoot, state: new MemoryState(), log });

const before = process.memoryUsage().rss;
let peak = before;
let peakHeap = 0;
let peakExternal = 0;
const sample = () => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakExternal = Math.max(peakExternal, m.external);
};
const sampler = setInterval(sample, 20);
// Start-up's tail first, measured on its own: V8 recompiles the hottest function of Prisma's
// query compiler (WebAssembly, a 136 KB body) with TurboFan on a worker thread some 0.2-1 s
// after the first queries, whatever the process does next (an idle process too), holding ~40 MB
// of compiler memory meanwhile (bench/RESULTS.md). A bot has long passed it when someone asks for
// an export; BENCH_SETTLE_MS=0 exports at once, inside it, as this bench did before.
const settleMs = Number(process.env.BENCH_SETTLE_MS ?? 3000);
await new Promise((resolve) => setTimeout(resolve, settleMs));
// As src/main.ts does once started: start-up's garbage collected (src/util/release-memory.ts).
releaseMemory();
const startupPeak = peak;
const settled = process.memoryUsage().rss;
peak = settled;
peakHeap = 0;
peakExternal = 0;
const t0 = performance.now();
const file = await toTempFile(
  participationCsv(store, cohort, { since: new Date(since), until: new Date(until) }),
  'bench-participation.csv',
);
const written = performance.now();
try {
  await adapter.sendFile(
    { platform: 'telegram', chatId, kind: 'private' },
    { path: file.path, size: file.size, fileName: 'bench-participation.csv', mimeType: 'text/csv' },
  );
} finally {
  await file.remove();
}
const done = performance.now();
clearInterval(sampler);
sample();
await db.close();
process.send!({
  kind: 'done',
  before,
  startupPeak,
  settled,
  settleMs,
  peak,
  peakHeap,
  peakExternal,
  size: file.size,
  writeSeconds: (written - t0) / 1000,
  seconds: (done - t0) / 1000,
});
