// The coordinators' report page in a real browser: Debian's Chromium driven by
// playwright-core (no browser download). Valid, expired, tampered and
// other-cohort links; no horizontal overflow on a 375 px phone; screenshots
// in English and Arabic. Without /usr/bin/chromium the file skips with a
// message, except in CI (.ci/run installs it), where that is a failure.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/core/store.ts';
import { createReportWeb } from '../../src/features/reports/web.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';
import { liveCohort } from '../features/lookups.ts';
import { seed } from '../features/report-seed.ts';
import { type ChatHandle, createWorld, readable, type World } from '../helpers/scenario.ts';
import { CHROMIUM, chromiumPresent, launchPhone, overflowOf } from './phone.ts';

const present = chromiumPresent;
const inCi = Boolean(process.env.CI);

if (!present && !inCi) {
  process.stderr.write(
    `tests/browser/report-page.test.ts: skipped, ${CHROMIUM} is missing (apt-get install chromium, or run .ci/run)\n`,
  );
}

describe('chromium is there in CI', () => {
  it.runIf(inCi)('finds /usr/bin/chromium (installed by .ci/run)', () => {
    expect(present, `${CHROMIUM} is missing in CI: .ci/run should have installed it`).toBe(true);
  });
});

describe.skipIf(!present)('the report page in Chromium', () => {
  let world: World;
  let group: ChatHandle;
  let cohort: Cohort;
  let server: HttpServer;
  let browser: BrowserContext;
  let base: string;
  const profile = mkdtempSync(join(tmpdir(), 'cohort-chromium-'));
  const shots = mkdtempSync(join(tmpdir(), 'cohort-report-shots-'));

  /** A fresh link for alice, in her language, as a path on the test server. */
  async function link(): Promise<string> {
    await world.dm('alice').says('/report web --cohort Lagos');
    const url = /\/r\/[\w-]+\/[\w.-]+/.exec(readable(world.dm('alice').lastBotMessage()))?.[0];
    expect(url).toBeDefined();
    return `${base}${url}`;
  }

  /** Nothing reaches past the 375 px screen; a full-page screenshot is saved and not empty. */
  async function fitsAndShoot(page: Page, name: string): Promise<void> {
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    const file = join(shots, name);
    await page.screenshot({ path: file, fullPage: true });
    expect(readFileSync(file).length).toBeGreaterThan(10_000);
  }

  /** A new tab of the 375 px wide, script-less browser. */
  async function phone(): Promise<{ page: Page; close(): Promise<void> }> {
    const page = await browser.newPage();
    return { page, close: () => page.close() };
  }

  beforeAll(async () => {
    world = await createWorld({ start: new Date('2027-01-04T09:00:00Z') });
    ({ group, cohort } = await seed(world));
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      metrics: createMetrics(),
      checks: { database: async () => {}, redis: async () => {} },
      reportWeb: createReportWeb({ features: world.local.bot.features, job: world.local.bot.job }),
    });
    base = `http://127.0.0.1:${server.port}`;
    world.local.services.reportWeb = { publicUrl: base, linkHours: 24 };
    await world.dm('alice').says('/help');
    browser = await launchPhone(profile);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await world?.close();
    rmSync(profile, { recursive: true, force: true });
    if (!process.env.REPORT_SHOTS_KEEP) rmSync(shots, { recursive: true, force: true });
  });

  it('shows a valid link: charts, tables, downloads and the audit log, within a 375 px screen', async () => {
    const context = await phone();
    const { page } = context;
    const res = await page.goto(await link());
    expect(res?.status()).toBe(200);
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain('Lagos');
    expect(text).toContain('Members over time');
    expect(text).toContain('Check-ins: who answered');
    expect(text).toContain('Audit log');
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#downloads a').count()).toBeGreaterThanOrEqual(4);
    await fitsAndShoot(page, 'report-en.png');
    await context.close();
  });

  it('downloads an export from the page', async () => {
    const context = await phone();
    const { page } = context;
    await page.goto(await link());
    const href = await page.locator('#downloads a', { hasText: 'members-people.csv' }).getAttribute('href');
    const res = await browser.request.get(`${base}${href}`);
    expect(res.status()).toBe(200);
    expect((await res.text()).split('\r\n')[0]).toContain('member_id,name,role');
    await context.close();
  });

  it('is right to left in Arabic, without overflow', async () => {
    await world.dm('alice').says('/language ar');
    const context = await phone();
    const { page } = context;
    const res = await page.goto(await link());
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect((await page.textContent('body')) ?? '').toContain('سجل التدقيق');
    await fitsAndShoot(page, 'report-ar.png');
    await context.close();
    await world.dm('alice').says('/language en');
  });

  it('answers expired, tampered and other-cohort links with a plain 403 page', async () => {
    const context = await phone();
    const { page } = context;
    const valid = await link();
    const [cohortId, token] = valid.split('/r/')[1]!.split('/');
    const other = world.group('Accra', { admins: ['alice'] });
    await other.as('alice').says('/cohort create Accra');
    const accra = await liveCohort(world, other);
    expect(accra.id).not.toBe(cohort.id);
    const tampered = token!.replace(/\.(\d+)\./, (_m, n: string) => `.${Number(n) + 86_400}.`);
    for (const bad of [`${base}/r/${cohortId}/${tampered}`, `${base}/r/${accra.id}/${token}`]) {
      const res = await page.goto(bad);
      expect(res?.status(), bad).toBe(403);
      expect((await page.textContent('body')) ?? '').toContain('403 Forbidden');
      expect((await page.textContent('body')) ?? '').not.toContain('Lagos');
    }
    await world.advance('25h');
    const res = await page.goto(valid);
    expect(res?.status()).toBe(403);
    expect((await page.textContent('body')) ?? '').toContain('This report link is not valid');
    await context.close();
    expect(group).toBeDefined();
  });
});
