// A network's page of shared items in a real browser (Debian's Chromium via
// playwright-core, JavaScript off, a 375 px phone): the items grouped and
// named by consent, in English and right to left in Arabic, nothing past the
// screen's edge even with a long unbroken item; a tampered link reads a 403
// page in the reader's language. Without /usr/bin/chromium the file skips
// (as tests/browser/report-page.test.ts does).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../src/http/server.ts';
import { linkCohorts, networkPageServer, shareNewest } from '../features/network-helpers.ts';
import { createWorld, readable, type World } from '../helpers/scenario.ts';
import { CHROMIUM, chromiumPresent, launchPhone, overflowOf } from './phone.ts';

const present = chromiumPresent;

if (!present && !process.env.CI) {
  process.stderr.write(`tests/browser/network-page.test.ts: skipped, ${CHROMIUM} is missing\n`);
}

describe.skipIf(!present)('the network page in Chromium', () => {
  let world: World;
  let server: HttpServer;
  let browser: BrowserContext;
  let base: string;
  const profile = mkdtempSync(join(tmpdir(), 'cohort-chromium-net-'));
  const shots = mkdtempSync(join(tmpdir(), 'cohort-network-shots-'));

  async function link(): Promise<string> {
    await world.dm('alice').says('/network page');
    const url = /\/n\/[\w-]+\/[\w.-]+/.exec(readable(world.dm('alice').lastBotMessage()))?.[0];
    expect(url).toBeDefined();
    return `${base}${url}`;
  }

  beforeAll(async () => {
    world = await createWorld({ start: new Date('2026-01-05T09:00:00Z') });
    server = await networkPageServer(world);
    base = `http://127.0.0.1:${server.port}`;
    world.local.services.reportWeb = { publicUrl: base, linkHours: 24 };
    const lagos = world.group('Lagos', { admins: ['alice'] });
    const accra = world.group('Accra', { admins: ['kofi'] });
    await lagos.as('alice').says('/cohort create Lagos --themes literacy');
    await accra.as('kofi').says('/cohort create Accra');
    for (const h of ['alice', 'kofi', 'bob', 'ama']) await world.dm(h).says('/start');
    await lagos.as('bob').says('/join');
    await accra.as('ama').says('/join');
    await linkCohorts(world, lagos, 'alice', 'Sahel', [[accra, 'kofi']]);
    await shareNewest(world, 'bob', 'Reading aloud helps newcomers', true);
    await shareNewest(world, 'ama', `A very long link ${'x'.repeat(300)} <script>alert(1)</script>`, false);
    browser = await launchPhone(profile);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await world?.close();
    rmSync(profile, { recursive: true, force: true });
    if (!process.env.REPORT_SHOTS_KEEP) rmSync(shots, { recursive: true, force: true });
    else process.stderr.write(`network page screenshots: ${shots}\n`);
  });

  it('shows the items grouped, named by consent, within a 375 px screen, in English and in Arabic', async () => {
    const page = await browser.newPage();
    const res = await page.goto(await link());
    expect(res?.status()).toBe(200);
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain('Shared in the network “Sahel”');
    expect(text).toContain('Reading aloud helps newcomers');
    expect(text).toContain('(Lagos, Bob)');
    expect(text).toContain('<script>alert(1)</script>');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('section h2').count()).toBe(2);
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'network-en.png'), fullPage: true });
    expect(readFileSync(join(shots, 'network-en.png')).length).toBeGreaterThan(5_000);

    await world.dm('alice').says('/language ar');
    await page.goto(await link());
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'network-ar.png'), fullPage: true });
    await page.close();
  });

  it('reads a tampered link as a 403 page in the reader language', async () => {
    const page = await browser.newPage();
    const url = await link();
    // One character of the signature changed (not the last: its lowest bits are not part of it).
    const at = url.length - 10;
    const res = await page.goto(url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1));
    expect(res?.status()).toBe(403);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect((await page.textContent('h1')) ?? '').toContain('هذا الرابط لا يعمل');
    await page.close();
  });
});
