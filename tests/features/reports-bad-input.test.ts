// The bad inputs of issue 15 for /report, /export, /audit and the page link,
// each answered in words: a --since in the future or unparsable, an unknown
// format or word, an empty cohort ("nothing to show yet", no empty chart, no
// empty file), and a member asking for an export (refused; nothing sent).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportWeb } from '../../src/features/reports/web.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import { createHttpApp } from '../../src/http/server.ts';
import { type ChatHandle, createWorld, readable, type World } from '../helpers/scenario.ts';

describe('/report and /export bad input', () => {
  let world: World;
  let group: ChatHandle;

  beforeAll(async () => {
    world = await createWorld({ start: new Date('2027-03-01T09:00:00Z') });
    world.local.services.reportWeb = { publicUrl: 'https://bot.example.org', linkHours: 24 };
    group = world.group('Kumasi editors', { admins: ['alice'] });
    await group.as('alice').says('/cohort create Kumasi');
    await world.dm('alice').says('/help');
  }, 60_000);

  afterAll(() => world.close());

  const lastToAlice = () => readable(world.dm('alice').lastBotMessage());

  it('answers an empty cohort with "nothing to show yet", not an empty chart or file', async () => {
    for (const command of ['/report --what checkins', '/report --what pairing', '/export csv --what checkins']) {
      const before = world.adapter.uploads.length;
      await group.as('alice').says(command);
      expect(lastToAlice(), command).toContain('Nothing to show yet for Kumasi');
      expect(world.adapter.uploads.length, command).toBe(before);
    }
  });

  it('draws no one-person chart for a cohort of its coordinator alone: "nothing to show yet" in its place', async () => {
    const before = world.adapter.uploads.length;
    await group.as('alice').says('/report');
    const said = lastToAlice();
    // The numbers stay (a coordinator's private view); the members chart of one person is not drawn.
    expect(said).toContain('Now: 1 active, 0 on a break, 0 left.');
    expect(said).toContain('Chart: nothing to show yet. It appears once 5 or more people are in it.');
    expect(world.adapter.uploads.length).toBe(before);
    // The report page leaves the picture out too, and says why.
    await group.as('alice').says('/report web');
    const link = /https:\/\/bot\.example\.org(\/r\/[\w-]+\/[\w.-]+)/.exec(lastToAlice())![1]!;
    const app = createHttpApp({
      metrics: createMetrics(),
      checks: { database: async () => {}, redis: async () => {} },
      reportWeb: createReportWeb({ features: world.local.bot.features, job: world.local.bot.job }),
    });
    const page = await (await app.request(link)).text();
    expect(page).toContain('Chart: nothing to show yet. It appears once 5 or more people are in it.');
    expect(page).not.toContain('<svg');
  });

  it('refuses a --since in the future or unparsable, an unknown format and stray words', async () => {
    const cases: Array<[string, string]> = [
      ['/export csv --since 2099-01-01', 'lies in the future'],
      ['/export csv --since last-spring', 'needs a date like 2027-01-01'],
      ['/export csv --since 2027-02-30', 'needs a date like 2027-01-01'],
      ['/report --since 2099-01-01', 'lies in the future'],
      ['/export pdf', 'pdf'],
      ['/report web now', 'now'],
    ];
    for (const [command, answer] of cases) {
      const before = world.adapter.uploads.length;
      await group.as('alice').says(command);
      expect(readable(group.lastBotMessage()), command).toContain(answer);
      expect(world.adapter.uploads.length, command).toBe(before);
    }
  });

  it('refuses a member asking for an export, a report, the page or the audit log, and sends them nothing', async () => {
    await group.as('bob').says('/join');
    await world.dm('bob').says('/help');
    for (const command of ['/export csv', '/export wikitext', '/report', '/report web', '/audit']) {
      const before = world.adapter.uploads.length;
      await group.as('bob').says(command);
      expect(readable(group.lastBotMessage()), command).toContain('Only a coordinator of this cohort can do that');
      expect(world.adapter.uploads.length, command).toBe(before);
      expect(readable(world.dm('bob').lastBotMessage()), command).not.toMatch(/Kumasi|https?:/);
    }
  });
});
