// Surveys at scale (issue 14), on real PostgreSQL:
//
//   answering  5,000 people answer a 10-question survey at once through the real inbound
//              path (fake adapter -> Bot.handle -> pipeline -> surveys feature -> store ->
//              the next question sent back): answers handled per second, and the time from
//              a press to the next question reaching the adapter (p50, p99).
//   results    /survey results over 100,000 answers (10,000 anonymous responses × 10
//              questions): loading them and computing every question's aggregates.
//
//   node bench/surveys.ts   (BENCH_SURVEY_PEOPLE, BENCH_SURVEY_CONCURRENCY, BENCH_ADMIN_URL: bench/common.ts)

import { randomUUID } from 'node:crypto';
import { dmChatId, FakeAdapter, type FakeMessage } from '../adapters/fake/adapter.ts';
import { loadTranslator } from '../src/core/i18n.ts';
import type { OutboundMessage } from '../src/core/types.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaStore } from '../src/db/store.ts';
import { answersOf, questionLines, resultsText } from '../src/features/surveys/results.ts';
import { createLocalBot, LOCALES_DIR } from '../src/local.ts';
import { admin, countSqlStatements, databaseUrl, log, machine, percentile } from './common.ts';

const PEOPLE = Number(process.env.BENCH_SURVEY_PEOPLE ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_SURVEY_CONCURRENCY ?? 64);
const RESPONSES = 10_000;

const DEFINITION = {
  title: 'Bench pulse',
  anonymous: false,
  questions: [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, type: 'scale5', text: `Scale question ${i}?` })),
    { id: 'c0', type: 'single', text: 'Which one?', options: ['A', 'B', 'C', 'D'] },
    { id: 'c1', type: 'single', text: 'And which here?', options: ['E', 'F', 'G'] },
    { id: 'y0', type: 'yesno', text: 'Yes or no?' },
    { id: 'y1', type: 'yesno', text: 'Again, yes or no?' },
  ],
};

/** SQL statements sent to PostgreSQL (BEGIN/COMMIT included): what one answer costs the database. */
const sqlStatements = countSqlStatements();

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const name = `cohort_bench_surveys_${process.pid}`;
await admin(`CREATE DATABASE ${name}`);
const db = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '', log });
try {
  await applyMigrations(db);
  const store = createPrismaStore(db);
  // Everyone may be written to first (as people who started the bot).
  const adapter = new FakeAdapter({ capabilities: { dmWithoutContact: true } });
  // The newest message of each private chat, kept here: scanning the adapter's list is O(n).
  const latest = new Map<string, FakeMessage>();
  const arrived = new Map<string, number>();
  const send = adapter.send.bind(adapter);
  adapter.send = async (chat, message: OutboundMessage, options) => {
    const sent = await send(chat, message, options);
    if (chat.kind === 'private' && message.buttons) {
      latest.set(chat.chatId, {
        messageId: sent.messageId,
        chatId: chat.chatId,
        html: message.html,
        buttons: message.buttons,
      });
      arrived.set(chat.chatId, performance.now());
    }
    return sent;
  };
  const local = await createLocalBot({ store, adapter, log });

  // One cohort, PEOPLE members (made in the store: joining is another benchmark's business).
  const group = { platform: 'fake' as const, chatId: 'bench-surveys', kind: 'group' as const, title: 'Bench' };
  adapter.setAdmins(group.chatId, ['bench-admin']);
  const push = (text: string, userId = 'bench-admin', chat: typeof group | ReturnType<typeof dm> = group) =>
    adapter.push({
      kind: 'message',
      id: randomUUID(),
      messageId: randomUUID(),
      chat,
      sender: { userId, displayName: userId },
      text,
    });
  const dm = (userId: string) => ({ platform: 'fake' as const, chatId: dmChatId(userId), kind: 'private' as const });
  await push('/cohort create "Bench"');
  const chatRow = (await store.chats.byPlatformId('fake', group.chatId))!;
  const cohort = (await store.cohorts.liveFor(chatRow.id, ''))!;
  const setupStarted = performance.now();
  const users = Array.from({ length: PEOPLE }, (_, i) => `bench-p${i}`);
  for (let i = 0; i < users.length; i += 100)
    await Promise.all(
      users.slice(i, i + 100).map(async (userId) => {
        const account = await store.accounts.upsert({ platform: 'fake', platformUserId: userId, displayName: userId });
        await store.accounts.update(account.id, { locale: 'en' });
        await store.memberships.join(cohort.id, account.id);
      }),
    );
  await store.surveys.create({
    cohortId: cohort.id,
    title: DEFINITION.title,
    template: null,
    anonymous: false,
    definition: DEFINITION,
  });
  const sendStarted = performance.now();
  await push('/survey send 1 --deadline 7d');
  await local.outbox.settled();
  const sendSeconds = (performance.now() - sendStarted) / 1000;
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  const reached = users.filter((u) => latest.has(dmChatId(u))).length;

  // Everyone answers: a press on the newest question's buttons, ten times each, CONCURRENCY people at a time.
  const latencies: number[] = [];
  let answers = 0;
  let next = 0;
  const answerStarted = performance.now();
  const cpuBefore = process.cpuUsage();
  const statementsBefore = sqlStatements();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < users.length) {
        const userId = users[next++]!;
        const chat = dm(userId);
        for (let q = 0; q < DEFINITION.questions.length; q++) {
          const message = latest.get(chat.chatId);
          const buttons = message?.buttons?.flat() ?? [];
          if (buttons.length === 0) break;
          latest.delete(chat.chatId);
          const button = buttons[(q + next) % buttons.length]!;
          const t0 = performance.now();
          await adapter.push({
            kind: 'action',
            id: randomUUID(),
            chat,
            sender: { userId, displayName: userId },
            data: button.data,
            ackId: randomUUID(),
            messageId: message!.messageId,
          });
          answers++;
          // The last answer has no next question: its "thank you" carries no buttons.
          if (q < DEFINITION.questions.length - 1) latencies.push((arrived.get(chat.chatId) ?? performance.now()) - t0);
        }
      }
    }),
  );
  const answerSeconds = (performance.now() - answerStarted) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerAnswer = (cpu.user + cpu.system) / 1000 / Math.max(1, answers);
  const statementsPerAnswer = (sqlStatements() - statementsBefore) / Math.max(1, answers);
  latencies.sort((a, b) => a - b);
  const survey = (await store.surveys.byNumber(cohort.id, 1))!;
  const completed = (await store.surveys.participants(survey.id)).filter((p) => p.completed).length;

  // Results over 100,000 answers: 10,000 anonymous responses of 10 questions.
  const { survey: big, version } = await store.surveys.create({
    cohortId: cohort.id,
    title: 'Big',
    template: null,
    anonymous: true,
    definition: { ...DEFINITION, anonymous: true },
  });
  const day = new Date(Date.UTC(2026, 10, 30));
  const rows = Array.from({ length: RESPONSES }, (_, i) => ({
    surveyId: big.id,
    versionId: version.id,
    day,
    answers: {
      ...Object.fromEntries(Array.from({ length: 6 }, (_, k) => [`s${k}`, 1 + ((i + k) % 5)])),
      c0: i % 4,
      c1: i % 3,
      y0: i % 2 ? 'yes' : 'no',
      y1: i % 3 ? 'yes' : 'no',
    },
  }));
  for (let i = 0; i < rows.length; i += 2000)
    await db.prisma.surveyAnonymousResponse.createMany({ data: rows.slice(i, i + 2000) });
  const i18n = loadTranslator(LOCALES_DIR);
  const t = (id: string, args?: Record<string, string | number>) => i18n.t('en', id, args);
  const runs: number[] = [];
  let text = '';
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    text = await resultsText(store, big, 'en', t, true, 5);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  // The aggregation alone, on answers already in memory (what the database load adds is the rest).
  const [loaded] = await answersOf(store, big);
  const computeRuns: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const q of loaded!.def.questions) questionLines(q, loaded!.answers, 'en', t, true, 5);
    computeRuns.push(performance.now() - t0);
  }
  computeRuns.sort((a, b) => a - b);
  if (!/10,?000\u2069? people answered/.test(text)) throw new Error(`unexpected results: ${text.slice(0, 200)}`);
  clearInterval(sampler);
  const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
  console.log(`Machine: ${machine()}`);
  console.log(`| benchmark | figure | detail |`);
  console.log(`| --- | --- | --- |`);
  console.log(
    `| ${PEOPLE.toLocaleString('en')} people × 10 questions, presses through the inbound path (${CONCURRENCY} people at a time) | ${(answers / answerSeconds).toFixed(0)} answers/s | ${answers} answers in ${answerSeconds.toFixed(1)} s; press → next question at the adapter p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; ${completed} completed; bot process CPU ${cpuMsPerAnswer.toFixed(1)} ms and ${statementsPerAnswer.toFixed(1)} SQL statements per answer |`,
  );
  console.log(
    `| /survey send to ${PEOPLE.toLocaleString('en')} (first question to each, in-memory send queue) | ${(reached / sendSeconds).toFixed(0)} people/s | ${reached} reached in ${sendSeconds.toFixed(1)} s (setup with members ${setupSeconds.toFixed(1)} s) |`,
  );
  console.log(
    `| results of 100,000 answers (10,000 anonymous responses × 10 questions), load + aggregate | ${runs[2]!.toFixed(0)} ms median of 5 | min ${runs[0]!.toFixed(0)} ms, max ${runs[4]!.toFixed(0)} ms; of which aggregating in memory: median ${computeRuns[2]!.toFixed(0)} ms |`,
  );
  console.log(`| peak RSS (whole process) | ${mib(peakRss)} MiB | |`);
  await local.adapter.stop();
} finally {
  clearInterval(sampler);
  await db.close();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
