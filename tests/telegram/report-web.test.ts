// /report web, /report web revoke, /audit and a streamed /export end to end
// over the fake Bot API, with the report page served by the bot's real HTTP
// server: the signed link arrives in private (never in the group), opening it
// over HTTP gives the page, a revoke turns it into a 403; the audit log comes
// in private with ids and field names only; the participation CSV is uploaded
// from a temporary file (a streamed multipart body) and is gone afterwards.

import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReportWeb } from '../../src/features/reports/web.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';
import type { ManualClock } from '../../src/jobs/memory-scheduler.ts';
import type { FakeBotApi, FakeChat } from './fake-bot-api.ts';
import { type PollingBot, startPollingBot } from './world.ts';

let bot: PollingBot;
let api: FakeBotApi;
let http: HttpServer;
let base: string;

beforeEach(async () => {
  bot = await startPollingBot();
  ({ api } = bot);
  const core = bot.instance.bot;
  http = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    metrics: createMetrics({ defaultMetrics: false }),
    checks: { database: async () => {}, redis: async () => {} },
    reportWeb: createReportWeb({ features: core.features, job: core.job }),
  });
  base = `http://127.0.0.1:${http.port}`;
  core.job.services.reportWeb = { publicUrl: base, linkHours: 24 };
});
afterEach(async () => {
  await http.close();
  await bot.stop();
});

const settle = () => bot.settle();
const core = () => bot.instance.bot;
const linkPattern = () => new RegExp(`${base}/r/[\\w-]+/[\\w.-]+`);

/** Lagos with a coordinator (alice, who never wrote to the bot) and five members. */
async function cohort(): Promise<FakeChat> {
  const group = api.group({ title: 'Lagos editors', admins: ['alice'] });
  api.say('alice', group, '/cohort create Lagos');
  for (const person of ['bob', 'carol', 'dan', 'erin', 'fay']) api.say(person, group, '/join');
  await settle();
  return group;
}

/** The deep link's payload in the group's latest pointer (Telegram: the bot may not write first). */
function payloadIn(group: FakeChat): string {
  const pointer = api.inChat(group.id).at(-1)!;
  const payload = /start=(v-[\w-]+)/.exec(pointer.html ?? '')?.[1];
  expect(payload, pointer.text).toBeDefined();
  return payload!;
}

describe('telegram /report web and /audit', () => {
  it('sends the page link privately, serves the page over HTTP, and a revoke makes it 403', async () => {
    const group = await cohort();
    api.say('alice', group, '/report web');
    await settle();
    const dm = api.privateChat('alice');
    api.say('alice', dm, `/start ${payloadIn(group)}`);
    await settle();
    const linkText = bot.said(dm.id).at(-1)!;
    expect(linkText).toContain('Your private report page for Lagos (valid 24 h)');
    const link = linkPattern().exec(linkText)?.[0];
    expect(link, linkText).toBeDefined();
    // Never in the group: neither the address nor the page's path.
    expect(bot.said(group.id).join('\n')).not.toMatch(/\/r\/|127\.0\.0\.1/);

    const page = await fetch(link!);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Members over time');
    expect(html).toContain('Lagos');
    expect(html).toContain('report.web');

    // Now that alice has written to the bot, a revoke from the group is answered there (it names no link).
    api.say('alice', group, '/report web revoke');
    await settle();
    expect(bot.said(group.id).at(-1)).toContain('Every report page link of Lagos given out so far no longer works');
    const refused = await fetch(link!);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('Lagos');

    // A member may not ask for a link.
    api.say('bob', group, '/report web');
    await settle();
    expect(bot.said(group.id).at(-1)).toContain('Only a coordinator of this cohort can do that');
    expect(bot.said(group.id).join('\n')).not.toMatch(/\/r\//);
  });

  it('sends /audit privately with ids and field names only', async () => {
    const group = await cohort();
    const dm = api.privateChat('alice');
    api.say('alice', dm, '/start');
    await settle();
    api.say('alice', group, '/report web');
    api.say('alice', group, '/report web revoke');
    api.say('alice', group, '/audit');
    await settle();
    const audit = bot.said(dm.id).at(-1)!;
    expect(audit).toContain('Audit log of Lagos');
    expect(audit).toMatch(/report\.web\.revoke · linkEpoch=1/);
    expect(audit).toMatch(/report\.web · hours=24, linkEpoch=0/);
    // Each entry: time · who · action · field=value pairs; no link, token or message text.
    const entries = audit.split('\n').filter((line) => / · /.test(line));
    for (const line of entries) expect(line).toMatch(/^[\d-]+ [\d:]+ · [^·]+ · [\w.]+( · \w+=[^,]*(, \w+=[^,]*)*)?$/);
    expect(audit).not.toMatch(/\/r\/|http/);
    // The group gets at most a pointer, never the log.
    expect(bot.said(group.id).join('\n')).not.toMatch(/report\.web|linkEpoch/);

    api.say('bob', group, '/audit');
    await settle();
    expect(bot.said(group.id).at(-1)).toContain('Only a coordinator of this cohort can do that');
  });

  it('uploads the participation CSV from a temporary file that is gone afterwards', async () => {
    const group = await cohort();
    const chat = (await bot.store.chats.byPlatformId('telegram', String(group.id)))!;
    const lagos = (await bot.store.cohorts.liveFor(chat.id, ''))!;
    const members = await bot.store.memberships.list(lagos.id);
    const schedule = await bot.store.checkins.createSchedule({
      cohortId: lagos.id,
      pattern: 'weekly mon 18:00',
      phase: 0,
      questions: [],
      windowMinutes: 1440,
      remindMinutes: null,
      digest: 'group',
      nextDueAt: null,
    });
    const dueAt = new Date(Math.max(...members.map((m) => m.joinedAt.getTime())) + 1000);
    const { checkIn } = await bot.store.checkins.openOccurrence({
      scheduleId: schedule.id,
      cohortId: lagos.id,
      dueAt,
      closesAt: new Date(dueAt.getTime() + 60_000),
      state: 'open',
      questions: ['How was your week?'],
      postedAt: dueAt,
    });
    for (const m of members.slice(0, 4)) {
      await bot.store.checkins.saveAnswer(checkIn.id, m.id, { answers: ['fine'], cursor: null });
    }
    await bot.store.checkins.close(checkIn.id, []);
    // The bot's clock (a manual one) moves past the check-in, so it lies inside the export's span.
    (core().job.services.clock as ManualClock).set(new Date(dueAt.getTime() + 3_600_000));
    const exportsBefore = readdirSync(tmpdir()).filter((n) => n.startsWith('cohort-export-')).length;

    const dm = api.privateChat('alice');
    api.say('alice', dm, '/start');
    await settle();
    api.say('alice', dm, '/export csv --what checkins');
    await settle();
    const documents = api.inChat(dm.id).filter((m) => m.upload?.kind === 'document');
    const participation = documents.find((d) => d.upload!.fileName.endsWith('-participation.csv'))!;
    expect(participation, bot.said(dm.id).join('\n')).toBeDefined();
    const text = participation.upload!.data.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1)) as string[][];
    expect(rows[0]).toEqual(['checkin_date', 'checkin_id', 'member_id', 'name', 'answered']);
    expect(
      rows
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(['no', 'no', 'yes', 'yes', 'yes', 'yes']);
    expect(bot.said(group.id).join('\n')).not.toMatch(/participation/);
    // The temporary file was removed once sent (other tests may hold their own meanwhile).
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('cohort-export-')).length).toBeLessThanOrEqual(
      exportsBefore,
    );
  });
});
