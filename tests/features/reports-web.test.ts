// The report page behind /report web (over Hono's in-process requests; the
// real browser is tests/browser/report-page.test.ts), /report web revoke,
// /audit, /report threshold, and the per-person exports: a person who used
// /forgetme is gone from later files.

import { existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/core/store.ts';
import { createReportWeb } from '../../src/features/reports/web.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { createHttpApp } from '../../src/http/server.ts';
import { type ChatHandle, createWorld, readable, type World } from '../helpers/scenario.ts';
import { liveCohort } from './lookups.ts';
import { seed } from './report-seed.ts';

const BASE = 'https://bot.example.org';

/** The page link from the bot's last private message to `handle`. */
function linkIn(world: World, handle: string): string {
  const text = readable(world.dm(handle).lastBotMessage());
  const url = new RegExp(`${BASE}/r/[\\w-]+/[\\w.-]+`).exec(text)?.[0];
  expect(url, text).toBeDefined();
  return url!.slice(BASE.length);
}

function csvRows(data: Buffer | string): string[][] {
  const text = typeof data === 'string' ? data : data.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1)) as string[][];
}

describe('/report web, /audit and per-person exports', () => {
  let world: World;
  let group: ChatHandle;
  let cohort: Cohort;
  let app: Hono;

  beforeAll(async () => {
    world = await createWorld({ start: new Date('2027-01-04T09:00:00Z') });
    ({ group, cohort } = await seed(world));
    world.local.services.reportWeb = { publicUrl: BASE, linkHours: 24 };
    app = createHttpApp({
      metrics: createMetrics(),
      checks: { database: async () => {}, redis: async () => {} },
      reportWeb: createReportWeb({ features: world.local.bot.features, job: world.local.bot.job }),
    });
    await world.dm('alice').says('/help');
  }, 60_000);

  afterAll(() => world.close());

  it('gives a coordinator a private link to a page with the charts, tables, downloads and audit log', async () => {
    await group.as('alice').says('/report web');
    expect(readable(group.lastBotMessage())).not.toContain(BASE);
    const path = linkIn(world, 'alice');
    expect(readable(world.dm('alice').lastBotMessage())).toContain('valid 24 h');

    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await res.text();
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('Members over time');
    expect(page).toMatch(/<svg[^>]*viewBox/);
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(page).toContain('Audit log');
    expect(page).toContain('report.web');
    expect(page).toContain('href="/r/');

    const csv = await app.request(`${path}/participation.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/participation\.csv/);
    const rows = csvRows(Buffer.from(await csv.arrayBuffer()));
    expect(rows[0]).toEqual(['checkin_date', 'checkin_id', 'member_id', 'name', 'answered']);
    // Three check-ins: 7 + 6 (gus on a break) + 7 people asked.
    expect(rows.length - 1).toBe(20);
    expect(rows.filter((r) => r[4] === 'yes')).toHaveLength(15);
    const audit = await world.store.audit.list({ cohortId: cohort.id, limit: 5 });
    expect(audit.map((a) => a.action)).toContain('report.download');
  });

  it('answers an expired, tampered, revoked or other cohort’s link with a plain 403', async () => {
    const path = linkIn(world, 'alice');
    const [, , cohortId, token] = path.split('/');
    const tampered = token!.replace(/\.(\d+)\./, (_m, n: string) => `.${Number(n) + 3600}.`);
    const other = world.group('Accra', { admins: ['alice'] });
    await other.as('alice').says('/cohort create Accra');
    const accra = (await liveCohort(world, other)).id;
    expect(accra).not.toBe(cohortId);
    for (const bad of [`/r/${cohortId}/${tampered}`, `/r/${accra}/${token}`, `/r/${cohortId}/${token}x`]) {
      const res = await app.request(bad);
      expect(res.status, bad).toBe(403);
      expect(await res.text()).toContain('403 Forbidden');
      expect((await app.request(`${bad}/members-people.csv`)).status).toBe(403);
    }
    await world.advance('25h');
    expect((await app.request(path)).status).toBe(403);

    await world.dm('alice').says('/report web --cohort Lagos');
    const fresh = linkIn(world, 'alice');
    expect((await app.request(fresh)).status).toBe(200);
    await group.as('alice').says('/report web revoke');
    expect(readable(group.lastBotMessage())).toContain('no longer works');
    expect((await app.request(fresh)).status).toBe(403);
    await group.as('bob').says('/report web');
    expect(readable(group.lastBotMessage())).toMatch(/coordinator/i);
  });

  it('shows the page in the coordinator’s language, right to left for Arabic', async () => {
    await world.dm('alice').says('/language ar');
    await world.dm('alice').says('/report web --cohort Lagos');
    const page = await (await app.request(linkIn(world, 'alice'))).text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('سجل التدقيق');
    await world.dm('alice').says('/language en');
  });

  it('lists who did what with /audit, ids and settings only, and refuses members', async () => {
    await world.dm('alice').says('/audit --cohort Lagos');
    const text = readable(world.dm('alice').lastBotMessage());
    expect(text).toContain('Audit log of Lagos');
    expect(text).toMatch(/Alice · report\.web\.revoke · linkEpoch=1/);
    expect(text).toMatch(/report\.download · file=participation\.csv/);
    await world.dm('alice').says('/audit --cohort Lagos --since 2099-01-01');
    expect(readable(world.dm('alice').lastBotMessage())).toContain('lies in the future');
    await world.dm('alice').says('/audit --cohort Lagos --since 2027-13-01');
    expect(readable(world.dm('alice').lastBotMessage())).toContain('needs a date');
    await group.as('carol').says('/audit');
    expect(readable(group.lastBotMessage())).not.toContain('Audit log');
  });

  it('/report threshold is the cohort’s one smallest group shown (never below 3), applied to the group summary', async () => {
    await group.as('alice').says('/report threshold 2');
    expect(readable(group.lastBotMessage())).toContain('from 3 to 100');
    await group.as('alice').says('/report threshold 7');
    expect(readable(group.lastBotMessage())).toContain('at least 7 people');
    expect(readable(group.lastBotMessage())).toContain('/cohort edit --smallest-group');
    await group.as('alice').says('/report group --what members');
    // Six active members: shown with the default 5, hidden under 7.
    expect(readable(group.lastBotMessage())).not.toMatch(/\b6 active/);
    await group.as('alice').says('/cohort edit --smallest-group 5');
    expect(readable(group.lastBotMessage())).toContain('Smallest group shown: 5 people');
    await group.as('alice').says('/report group --what members');
    expect(readable(group.lastBotMessage())).toMatch(/\b6 active/);
    const actions = (await world.store.audit.list({ cohortId: cohort.id, limit: 10 })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['cohort.edit', 'report.group']));
  });

  it('streams the page head before the report, and ends it with a plain line when the report fails', async () => {
    await world.dm('alice').says('/report web --cohort Lagos');
    const path = linkIn(world, 'alice');
    const real = createReportWeb({ features: world.local.bot.features, job: world.local.bot.job });
    const failing = createHttpApp({
      metrics: createMetrics(),
      checks: { database: async () => {}, redis: async () => {} },
      reportWeb: {
        ...real,
        async page(cohortId, token) {
          const page = await real.page(cohortId, token);
          return page && { ...page, view: () => Promise.reject(new Error('database gone')) };
        },
      },
    });
    const res = await failing.request(path);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('<title>Report: Lagos</title>');
    expect(text).toContain('Sorry, something went wrong on my side');
    expect(text).not.toContain('database gone');
    expect(text.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('exports members and participation per person; a forgotten person is gone from later exports', async () => {
    await world.dm('alice').says('/export csv --cohort Lagos --what members,checkins');
    const files = () => world.adapter.uploadsIn('dm-u-alice').filter((u) => u.kind === 'file');
    const people = () => csvRows(files().findLast((f) => f.fileName.endsWith('members-people.csv'))!.data);
    const participation = () => csvRows(files().findLast((f) => f.fileName.endsWith('participation.csv'))!.data);
    expect(people()[0]).toEqual(expect.arrayContaining(['member_id', 'name', 'role', 'languages']));
    expect(people()[0]).not.toContain('about');
    expect(people().map((r) => r[1])).toContain('Bob');
    expect(participation().filter((r) => r[3] === 'Bob')).toHaveLength(3);
    // A row of skipped or empty answers is no answer (counted in SQL).
    expect(
      participation()
        .filter((r) => r[3] === 'Alice')
        .map((r) => r[4]),
    ).toEqual(['yes', 'no', 'yes']);
    // Participation went as a file on disk, streamed into the upload, and that file is gone since.
    const sentFromDisk = files().findLast((f) => f.fileName.endsWith('participation.csv'))!;
    expect(sentFromDisk.path).toBeDefined();
    expect(existsSync(sentFromDisk.path!)).toBe(false);

    await world.dm('bob').says('/forgetme');
    await world.dm('bob').presses(/Yes, delete/);
    await world.dm('alice').says('/export csv --cohort Lagos --what members,checkins');
    expect(people().map((r) => r[1])).not.toContain('Bob');
    expect(participation().some((r) => r[3] === 'Bob')).toBe(false);
    expect(participation().length).toBeGreaterThan(1);
  });
});
