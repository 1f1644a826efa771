// Shared by the browser tests: Debian's Chromium (no browser download) as a
// 375 px phone with JavaScript off, and how far a page reaches past its edge.

import { existsSync } from 'node:fs';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumPresent = existsSync(CHROMIUM);

/** How far the page reaches past the screen's right edge (px); in the browser, as a string (no DOM types here). */
export async function overflowOf(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
}

/** A fresh profile (--user-data-dir, which playwright sets from the first argument), 375 px wide, no script. */
export function launchPhone(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 1,
    // The pages must work without JavaScript.
    javaScriptEnabled: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
