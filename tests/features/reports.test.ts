// /report and /export over the fake adapter with a seeded cohort: the numbers
// behind each chart, valid PNGs of a sensible size, files a spreadsheet reads
// back, and what a group may see (counts of five or more, no names).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUpload } from '../../adapters/fake/adapter.ts';
import { neutraliseFormula, wikiEscape, wikitextPage } from '../../src/features/shared/report-output/export-files.ts';
import { type ChatHandle, createWorld, readable, type World } from '../helpers/scenario.ts';
import { pngSize, START, seed } from './report-seed.ts';

describe('/report and /export', () => {
  let world: World;
  let group: ChatHandle;
  let images: FakeUpload[];
  let summary: string;

  beforeAll(async () => {
    world = await createWorld({ start: START });
    ({ group } = await seed(world));
    // Rendered once for the file: the coordinator's report from the group, delivered in private.
    await world.dm('alice').says('/help');
    await group.as('alice').says('/report');
    images = world.adapter.uploadsIn('dm-u-alice').filter((u) => u.kind === 'image');
    summary = world.dm('alice').lastBotMessage();
  }, 60_000);

  afterAll(async () => {
    // REPORT_PNG_DIR=/tmp/x: keep the pictures to look at (docs/reports.md).
    const dir = process.env.REPORT_PNG_DIR;
    if (dir) for (const u of world.adapter.uploads) writeFileSync(join(dir, `${u.messageId}-${u.fileName}`), u.data);
    await world.close();
  });

  it('sends the charts privately as PNGs, points to them in the group, and says the numbers behind them', () => {
    group.expectBotSaid(/Alice/);
    expect(group.botMessages().join('\n')).not.toMatch(/Members over time|answered \(/);
    expect(images.map((i) => i.caption)).toEqual([
      'Members over time',
      'Check-ins: who answered',
      'Mentorships',
      'Peer rounds: did you meet?',
    ]);
    for (const image of images) {
      const { width, height } = pngSize(image.data);
      expect(width).toBeGreaterThan(600);
      expect(width).toBeLessThan(3000);
      expect(height).toBeGreaterThan(300);
      expect(height).toBeLessThan(2000);
      expect(image.data.length).toBeGreaterThan(10_000);
      expect(image.altText).toContain(image.caption);
    }
    expect(summary).toContain('Lagos: report from Jan 4, 2027');
    // alice + six members; hank left; gus is on a break.
    expect(summary).toContain('Now: 6 active, 1 on a break, 1 left.');
    expect(summary).toContain('Since 2027-01-04: 8 joined, 1 left.');
    // Asked: everyone who had joined and was not on a break (7, 6, 7).
    expect(summary).toContain('2027-01-11: 5 of 7 answered (71%)');
    expect(summary).toContain('2027-01-18: 3 of 6 answered (50%)');
    expect(summary).toContain('2027-01-25: 7 of 7 answered (100%)');
    expect(summary).toContain('3 check-ins: 15 answers of 20 asked (75%).');
    expect(summary).toContain('3 asked: 1 accepted (1 still active), 1 declined, 0 without an answer, 1 waiting.');
    expect(summary).toMatch(/Round 1 \(2027-01-\d\d\): 3 of 6 met \(50%\), 1 not yet, 1 did not, 1 did not answer\./);
    // The charts' alt text carries the same numbers.
    expect(images[1]!.altText).toContain('5 of 7 answered (71%)');
  });

  it('posts a group summary with counts of five or more only, and no names', async () => {
    await group.as('alice').says('/report group');
    const said = group.expectBotSaid(/How Lagos is doing/);
    expect(said).toContain('Now: 6 active, fewer than 5 on a break, fewer than 5 left.');
    expect(said).toContain('Since 2027-01-04: 8 joined, fewer than 5 left.');
    expect(said).toContain('3 of 6 met');
    // One running mentorship and one decline would point at people: not in the group.
    expect(said).not.toMatch(/Mentorships|declined/);
    for (const name of ['Alice', 'Bob', 'Gus', 'Hank']) expect(said).not.toContain(name);
  });

  it('shows a small cohort no numbers at all in the group', async () => {
    const small = world.group('Accra editors', { admins: ['alice'] });
    await small.as('alice').says('/cohort create Accra');
    await small.as('bob').says('/join');
    await small.as('alice').says('/report group');
    const said = small.expectBotSaid(/How Accra is doing/);
    expect(said).toContain('Now: fewer than 5 active, fewer than 5 on a break, fewer than 5 left.');
    expect(said.split('\n').slice(1).join('\n')).not.toMatch(/\b[0-4]\b/);
    await small.as('alice').says('/report --what checkins');
    expect(world.dm('alice').lastBotMessage()).toContain('Nothing to show yet for Accra');
  });

  it('refuses members, and bad --since and --what values', async () => {
    await group.as('bob').says('/report');
    group.expectBotSaid(/coordinator/i);
    await group.as('alice').says('/report --since 2099-01-01');
    group.expectBotSaid('lies in the future');
    await group.as('alice').says('/report --since yesterday');
    group.expectBotSaid('needs a date like 2027-01-01');
    await group.as('alice').says('/report --what money');
    group.expectBotSaid('"money" is not one of them');
    await group.as('bob').says('/export');
    group.expectBotSaid(/coordinator/i);
  });

  it('exports CSV files a spreadsheet reads back: UTF-8 with a BOM, the same numbers', async () => {
    const before = world.adapter.uploads.length;
    await world.dm('alice').says('/export csv --cohort Lagos --what checkins,pairing');
    const files = world.adapter.uploads.slice(before);
    expect(files.map((f) => f.fileName.replace(/^cohort-[\d-]+-/, ''))).toEqual([
      'checkins-per-occurrence.csv',
      'mentorships.csv',
      'peer-rounds.csv',
      // Per person (reports-web.test.ts reads it back).
      'participation.csv',
    ]);
    expect(files.every((f) => f.kind === 'file' && f.mimeType.startsWith('text/csv'))).toBe(true);
    const checkins = files[0]!.data;
    expect([...checkins.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(checkins, { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Check-in', 'Answered', 'Asked', 'Answered (%)'],
      ['2027-01-11', '5', '7', '71'],
      ['2027-01-18', '3', '6', '50'],
      ['2027-01-25', '7', '7', '100'],
    ]);
    const peers = parse(files[2]!.data, { bom: true }) as string[][];
    expect(peers[1]).toEqual(['1', expect.stringMatching(/^2027-01-/), '6', '3', '1', '1', '1']);
    expect(world.dm('alice').lastBotMessage()).toContain('Here is your csv export: 4 files.');
  });

  it('tells the coordinator which file is above the upload limit and points to /report web; the rest still goes', async () => {
    const before = world.adapter.uploads.length;
    await world.dm('alice').says('/export csv --cohort Lagos --what checkins,pairing');
    const sizes = world.adapter.uploads.slice(before).map((f) => [f.fileName, f.data.length] as const);
    const tables = sizes.filter(([name]) => !name.endsWith('participation.csv'));
    const limit = Math.max(...tables.map(([, size]) => size));
    expect(sizes.find(([name]) => name.endsWith('participation.csv'))![1]).toBeGreaterThan(limit);
    world.adapter.maxUploadBytes = limit;
    try {
      const start = world.adapter.uploads.length;
      await world.dm('alice').says('/export csv --cohort Lagos --what checkins,pairing');
      const sent = world.adapter.uploads.slice(start).map((f) => f.fileName.replace(/^cohort-[\d-]+-/, ''));
      expect(sent).toEqual(['checkins-per-occurrence.csv', 'mentorships.csv', 'peer-rounds.csv']);
      const said = readable(world.dm('alice').lastBotMessage());
      expect(said).toContain('Here is your csv export: 3 files.');
      expect(said).toMatch(/cohort-[\d-]+-participation\.csv was not sent: at 0 MB it is larger than this chat takes/);
      expect(said).toContain('Download it from your report page: /report web');
    } finally {
      world.adapter.maxUploadBytes = null;
    }
  });

  it('exports a wikitext page with balanced sortable tables, and JSON', async () => {
    const before = world.adapter.uploads.length;
    await world.dm('alice').says('/export wikitext --cohort Lagos');
    await world.dm('alice').says('/export --format json --cohort Lagos --what members');
    const [wiki, json] = world.adapter.uploads.slice(before);
    const page = wiki!.data.toString('utf8');
    expect(page).toContain('{| class="wikitable sortable"');
    expect(page.match(/^\{\|/gm)!.length).toBe(page.match(/^\|\}/gm)!.length);
    expect(page).toContain('| 2027-01-11 || 5 || 7 || 71');
    const body = JSON.parse(json!.data.toString('utf8'));
    expect(body.sections[0].id).toBe('members');
    // Per week in Lagos time (counted by PostgreSQL): eight joined and hank left in the first week.
    expect(body.sections[0].tables[0].rows).toEqual([
      ['2027-01-04', 8, 1, 7],
      ['2027-01-11', 0, 0, 7],
      ['2027-01-18', 0, 0, 7],
      ['2027-01-25', 0, 0, 7],
      ['2027-02-01', 0, 0, 7],
    ]);
    expect(body.sections[0].tables[1].rows).toEqual([
      ['active', 6],
      ['paused', 1],
      ['left', 1],
    ]);
  });

  it('falls back to the numbers in text where the platform takes no pictures or files', async () => {
    const adapter = world.adapter as { sendImage?: unknown; sendFile?: unknown };
    const { sendImage, sendFile } = adapter;
    adapter.sendImage = undefined;
    adapter.sendFile = undefined;
    try {
      const before = world.adapter.uploads.length;
      await world.dm('alice').says('/report --cohort Lagos --what members');
      expect(world.dm('alice').lastBotMessage()).toContain('here are the numbers only');
      expect(world.dm('alice').lastBotMessage()).toContain('Now: 6 active');
      await world.dm('alice').says('/export wikitext --cohort Lagos --what members');
      expect(world.dm('alice').lastBotMessage()).toContain('{| class="wikitable sortable"');
      expect(world.adapter.uploads.length).toBe(before);
    } finally {
      Object.assign(adapter, { sendImage, sendFile });
    }
  });

  it('sends the numbers as text when the platform refuses the pictures (an encrypted Matrix room)', async () => {
    world.adapter.failNext({ kind: 'rejected', reason: 'no unencrypted media in an encrypted room' }, 'dm-u-alice');
    await world.dm('alice').says('/report --cohort Lagos --what members');
    expect(world.dm('alice').lastBotMessage()).toContain('here are the numbers only');
    expect(world.dm('alice').lastBotMessage()).toContain('Now: 6 active');
  });

  it('speaks the reader’s language: Arabic titles and numbers in an Arabic chart', async () => {
    await world.dm('alice').says('/language ar');
    const before = world.adapter.uploads.length;
    await world.dm('alice').says('/report --cohort Lagos --what members');
    const [chart] = world.adapter.uploads.slice(before);
    expect(chart!.caption).toBe('الأعضاء عبر الزمن');
    expect(pngSize(chart!.data).width).toBeGreaterThan(600);
    expect(readable(world.dm('alice').lastBotMessage())).toContain('الآن: 6 نشطون');
    await world.dm('alice').says('/language en');
  });
});

describe('export cells', () => {
  it('neutralises spreadsheet formulas and keeps numbers', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutraliseFormula('+1')).toBe(`'+1`);
    expect(neutraliseFormula('@me')).toBe(`'@me`);
    expect(neutraliseFormula('-5')).toBe(`'-5`);
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula('Lagos')).toBe('Lagos');
  });

  it('escapes wiki markup in text so it renders as itself', () => {
    const escaped = wikiEscape("[[Main Page]] {{delete}} | '''bold''' <script> ~~~~");
    expect(escaped).not.toMatch(/[[\]{}|<>'~]/);
    const page = wikitextPage(
      [{ id: 'x', title: 'A | B', summary: ['{{t}}'], tables: [{ name: 't', rows: [['h|x'], ['=1+1']] }] }],
      'Report',
    );
    expect(page).not.toContain('{{t}}');
    expect(page).toContain('! h&#124;x');
    expect(page.match(/^\{\|/gm)).toHaveLength(1);
    expect(page.match(/^\|\}/gm)).toHaveLength(1);
  });
});
