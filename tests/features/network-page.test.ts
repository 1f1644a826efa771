// The network's web page of shared items (/network page), over real HTTP: a
// network coordinator gets a signed link in private; the page lists the
// approved items of the cohorts still in the network, grouped by theme and
// language as in the digest, names only where the author agreed; an item
// withdrawn (even after its digest), the items of a cohort that left and of
// someone who used /forgetme vanish. Bad links (another network's, expired,
// revoked, tampered, a report link) get a 403 page in the reader's language.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../src/http/server.ts';
import { type ChatHandle, createWorld, readable, type World } from '../helpers/scenario.ts';
import { accountOf } from './lookups.ts';
import { linkCohorts, networkPageServer, shareNewest } from './network-helpers.ts';

const BASE = 'https://bot.example.org';
const START = new Date('2026-01-05T09:00:00Z');

describe('/network page', () => {
  let world: World;
  let server: HttpServer;
  let lagos: ChatHandle;
  let accra: ChatHandle;
  let nairobi: ChatHandle;

  /** The path of the page link in the bot's last private message to `handle`. */
  function linkIn(handle: string): string {
    const text = readable(world.dm(handle).lastBotMessage());
    const url = new RegExp(`${BASE}/n/[\\w-]+/[\\w.-]+`).exec(text)?.[0];
    expect(url, text).toBeDefined();
    return url!.slice(BASE.length);
  }

  async function get(path: string, headers: Record<string, string> = {}) {
    const res = await fetch(`http://127.0.0.1:${server.port}${path}`, { headers });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  /** The visible text of a page (tags out, entities read). */
  const visible = (html: string) => readable(html.replace(/<(style|head)[\s\S]*?<\/\1>/g, ''));

  beforeAll(async () => {
    world = await createWorld({ start: START });
    world.local.services.reportWeb = { publicUrl: BASE, linkHours: 720 };
    server = await networkPageServer(world);
    lagos = world.group('Lagos', { admins: ['alice'] });
    accra = world.group('Accra', { admins: ['kofi'] });
    nairobi = world.group('Nairobi', { admins: ['wanjiru'] });
    await lagos.as('alice').says('/cohort create Lagos --themes literacy');
    await accra.as('kofi').says('/cohort create Accra --language fr --themes literacy');
    await nairobi.as('wanjiru').says('/cohort create Nairobi');
    for (const h of ['alice', 'kofi', 'wanjiru', 'bob', 'ama', 'zuri', 'otieno']) await world.dm(h).says('/start');
    await lagos.as('bob').says('/join');
    await accra.as('ama').says('/join');
    await nairobi.as('zuri').says('/join');
    await nairobi.as('otieno').says('/join');
    await linkCohorts(world, lagos, 'alice', 'Sahel', [
      [accra, 'kofi'],
      [nairobi, 'wanjiru'],
    ]);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await world?.close();
  });

  it('gives a network coordinator a private link to a page of the approved items, grouped, named only by consent', async () => {
    await nairobi.as('wanjiru').says('/network settings --approval on');
    await shareNewest(world, 'bob', 'Reading aloud helps newcomers', true);
    await shareNewest(world, 'ama', 'Nous lisons à voix haute', false);
    // Zuri's is shown once Wanjiru approves; Otieno's waits.
    await shareNewest(world, 'zuri', 'Photos of the week', true);
    await world.dm('wanjiru').presses('Approve');
    await shareNewest(world, 'otieno', 'Waiting for approval', true);

    // Only a network coordinator.
    await accra.as('kofi').says('/network page');
    accra.expectBotSaid(/coordinate no network|coordonnez aucun/);
    // From a group: the link goes privately, the group reads a pointer.
    await lagos.as('alice').says('/network page');
    expect(readable(lagos.lastBotMessage())).not.toContain(BASE);
    const path = linkIn('alice');
    expect(readable(world.dm('alice').lastBotMessage())).toContain('valid 720 h');

    const page = await get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.text).toContain('<html lang="en" dir="ltr">');
    expect(page.text).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)/);
    const text = visible(page.text);
    expect(text).toContain('Shared in the network “Sahel”');
    expect(text).toContain('literacy · in English');
    expect(text).toContain('literacy · in French');
    expect(text).toContain('In English');
    // Themed groups first, then the cohort without themes.
    expect(text.indexOf('literacy · in English')).toBeLessThan(text.indexOf('Photos of the week'));
    expect(text).toContain('Reading aloud helps newcomers (Lagos, Bob)');
    expect(text).toContain('Nous lisons à voix haute (Accra)');
    expect(text).not.toContain('Ama');
    expect(text).toContain('Photos of the week (Nairobi, Zuri)');
    expect(text).not.toContain('Waiting for approval');

    // Sent in the digest: still on the page.
    const hub = world.group('Hub', { admins: ['alice'] });
    await hub.as('alice').says('/network hub');
    await world.advance('7d');
    hub.expectBotSaid(/From the network “Sahel”/);
    expect(visible((await get(path)).text)).toContain('Reading aloud helps newcomers');

    // /mydata says where an approved item is seen.
    await world.dm('bob').says('/mydata');
    world.dm('bob').expectBotSaid(/also on each network's web page, for whoever has its link/);

    // Withdrawn after the digest: gone from the page.
    await world.dm('bob').says('/share withdraw');
    world.dm('bob').expectBotSaid(/Withdrawing one keeps it out of future digests and takes it off/);
    await world.dm('bob').presses('Withdraw 1');
    world.dm('bob').expectBotSaid("Withdrawn: it will not go out again and it is off the network's page.");
    await world.dm('bob').says('/mydata');
    world.dm('bob').expectBotSaid(/“Sahel” \(withdrawn, with your name\): Reading aloud/);
    expect(visible((await get(path)).text)).not.toContain('Reading aloud');

    // A cohort that left: its items are gone, and do not come back if it joins again.
    await nairobi.as('wanjiru').says('/network leave');
    expect(visible((await get(path)).text)).not.toContain('Photos of the week');

    // /forgetme: Ama's item is gone.
    await world.dm('ama').says('/forgetme');
    await world.dm('ama').presses(/^(Yes, delete|Oui, supprimer)/);
    const after = visible((await get(path)).text);
    expect(after).not.toContain('voix haute');
    expect(after).toContain('Nothing has been shared yet.');
  }, 60_000);

  it('refuses bad links with a 403 page in the reader language, and right to left in Arabic', async () => {
    await world.dm('alice').says('/language ar');
    await world.dm('alice').says('/network page');
    const arabic = linkIn('alice');
    const page = await get(arabic);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="ar" dir="rtl">');
    expect(visible(page.text)).toContain('ما شوركَ في الشبكة «Sahel»');

    await world.dm('alice').says('/language fr');
    await world.dm('alice').says('/network page');
    const french = linkIn('alice');
    const [, , networkId, token] = french.split('/');

    // Tampered: the language in the token changed, or a character of the signature.
    const tampered = await get(`/n/${networkId}/${token!.replace('.fr.', '.es.')}`);
    expect(tampered.status).toBe(403);
    expect(tampered.text).toContain('<html lang="es" dir="ltr">');
    expect(visible(tampered.text)).toContain('Este enlace no funciona');
    // (Not the last character: its lowest bits are not part of the signature.)
    const at = token!.length - 10;
    const flipped = token!.slice(0, at) + (token![at] === 'A' ? 'B' : 'A') + token!.slice(at + 1);
    expect((await get(`/n/${networkId}/${flipped}`)).status).toBe(403);

    // Another network's path with this network's token.
    await nairobi.as('wanjiru').says('/network create East');
    const wanjiru = (await accountOf(world, 'wanjiru'))!;
    const [east] = await world.store.networks.coordinatedBy(wanjiru.id);
    expect(east?.name).toBe('East');
    const moved = await get(`/n/${east!.id}/${token}`);
    expect(moved.status).toBe(403);
    expect(visible(moved.text)).toContain('Ce lien ne fonctionne pas');

    // A path without a token: a 404 page in the language the browser asks for.
    const missing = await get(`/n/${networkId}`, { 'accept-language': 'ru-RU,ru;q=0.9' });
    expect(missing.status).toBe(404);
    expect(visible(missing.text)).toContain('Эта ссылка не работает');

    // Revoked: every link so far stops; a new one works.
    expect((await get(french)).status).toBe(200);
    await world.dm('alice').says('/network page revoke');
    world.dm('alice').expectBotSaid(/ne fonctionne plus/);
    expect((await get(french)).status).toBe(403);
    expect((await get(arabic)).status).toBe(403);
    await world.dm('alice').says('/network page');
    const fresh = linkIn('alice');
    expect((await get(fresh)).status).toBe(200);

    // Expired: 30 days later.
    await world.advance('721h');
    const expired = await get(fresh);
    expect(expired.status).toBe(403);
    expect(visible(expired.text)).toContain('Le lien a expiré');
  }, 60_000);
});
