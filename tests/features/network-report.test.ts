// /network report and /network export (issue #17 item 5): the cohorts side by
// side with gatherings, follow-up completion and mentorships, a chart, files built from the
// cohorts' exports, and nothing of a cohort under the privacy threshold.

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';
import { membershipOf } from './lookups.ts';
import { linkCohorts } from './network-helpers.ts';
import { PEOPLE, pngSize, START, seed } from './report-seed.ts';

describe('/network report and /network export', () => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld({ start: START });
    const { group: lagos, cohort } = await seed(world);
    // A gathering in Lagos with five people going and four commitments: 2 done, 1 partly, 1 open.
    const gathering = await world.store.gatherings.create({
      cohortId: cohort.id,
      title: '=SUM(A1)|[[Edit-a-thon]]',
      description: null,
      startsAt: new Date(world.local.clock.now().getTime() - 5 * 86_400_000),
      endsAt: new Date(world.local.clock.now().getTime() - 5 * 86_400_000 + 3_600_000),
      timezone: 'Africa/Lagos',
      place: null,
      onlineUrl: null,
      capacity: null,
    });
    const statuses = ['done', 'done', 'partly', 'open'] as const;
    for (const [i, handle] of PEOPLE.slice(0, 5).entries()) {
      const m = (await membershipOf(world, lagos, handle))!;
      await world.store.gatherings.setRsvp(gathering.id, m.id, 'going', world.local.clock.now());
      const status = statuses[i];
      if (!status) continue;
      const c = await world.store.gatherings.addCommitment({
        gatheringId: gathering.id,
        membershipId: m.id,
        text: `=HYPERLINK("x") ${handle}`,
        visibility: 'me',
      });
      await world.store.gatherings.setCommitmentStatus(c.id, status);
    }
    // Mentorships in Lagos: the seed's three asked in the span (one accepted, one declined, one
    // waiting), and one running since before the span (counted as running, not as asked).
    const old = await world.store.mentorships.create({
      cohortId: cohort.id,
      mentorMembershipId: (await membershipOf(world, lagos, 'fay'))!.id,
      menteeMembershipId: (await membershipOf(world, lagos, 'gus'))!.id,
      status: 'asked',
      score: 1,
      reasons: [],
      askedAt: new Date(world.local.clock.now().getTime() - 40 * 86_400_000),
    });
    await world.store.mentorships.transition(old.id, ['asked'], 'accepted', world.local.clock.now());
    // A small cohort: two people, under the threshold.
    const accra = world.group('Accra', { admins: ['kofi'] });
    await accra.as('kofi').says('/cohort create "=Accra|{{x}}"');
    await accra.as('ama').says('/join');
    await world.dm('alice').says('/start');
    await linkCohorts(world, lagos, 'alice', 'Sahel', [[accra, 'kofi']]);
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  it('reports privately: members, activity, check-in response, gatherings, follow-ups and mentorships per cohort, with a chart', async () => {
    const lagos = world.group('Lagos editors');
    const before = world.adapter.uploads.length;
    await lagos.as('alice').says('/network report');
    lagos.expectBotSaid(/Alice/);
    expect(lagos.botMessages().join('\n')).not.toMatch(/Edit-a-thon|gatherings:/);
    const text = world.dm('alice').lastBotMessage();
    expect(text).toContain('“Sahel”, the last 30 days (cohorts: 2)');
    expect(text).toContain('• Lagos: 7 members, 7 answered a check-in, check-in response 75%');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('• Lagos:'));
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '  gatherings: 1, commitments: 4, done: 2, partly done: 1 (50% done)',
      '  mentorships: 2 running; asked: 3, accepted: 1',
    ]);
    // The small cohort: its name only, no figures of any kind.
    expect(lines.slice(at + 3)).toEqual(['• =Accra|{{x}}: fewer than 5 members, not shown']);
    const images = world.adapter.uploads.slice(before).filter((u) => u.kind === 'image');
    expect(images).toHaveLength(1);
    expect(images[0]!.caption).toContain('Sahel');
    expect(images[0]!.altText).toContain('Lagos · Follow-ups done: 50%');
    expect(pngSize(images[0]!.data).width).toBeGreaterThan(500);
  }, 60_000);

  it('exports CSV, JSON and wikitext built from the cohort exports, escaped, without the small cohort', async () => {
    const alice = world.dm('alice');
    let before = world.adapter.uploads.length;
    await alice.says('/network export');
    let files = world.adapter.uploads.slice(before);
    const names = files.map((f) => f.fileName.replace(/^network-[\d-]+-/, ''));
    expect(names).toContain('network-overview.csv');
    expect(names).toContain('gatherings.csv');
    const overview = parse(files.find((f) => f.fileName.endsWith('network-overview.csv'))!.data, { bom: true });
    expect(overview[0]).toEqual([
      'cohort',
      'members',
      'active',
      'checkin-answers',
      'checkin-expected',
      'gatherings',
      'commitments',
      'done',
      'partly',
      'mentorships-active',
      'mentorships-asked',
      'mentorships-accepted',
    ]);
    expect(overview.slice(1).map((r: string[]) => r[0])).toEqual(['Lagos']);
    expect(overview[1]!.slice(-3)).toEqual(['2', '3', '1']);
    const gatherings = parse(files.find((f) => f.fileName.endsWith('-gatherings.csv'))!.data, { bom: true });
    expect(gatherings[0]![0]).toBe('cohort');
    // A title that a spreadsheet would run as a formula is written as text.
    expect(gatherings[1]!.slice(0, 3)).toEqual(['Lagos', '1', "'=SUM(A1)|[[Edit-a-thon]]"]);
    const all = files.map((f) => f.data.toString('utf8')).join('\n');
    // Counts only: no names, no commitment texts, nothing of the small cohort.
    for (const absent of ['Bob', 'HYPERLINK', 'Accra', 'Ama']) expect(all).not.toContain(absent);
    expect(alice.lastBotMessage()).toMatch(/Here is your csv export: \d+ files/);

    before = world.adapter.uploads.length;
    await alice.says('/network export json');
    files = world.adapter.uploads.slice(before);
    expect(files).toHaveLength(1);
    const json = JSON.parse(files[0]!.data.toString('utf8'));
    expect(json.network).toBe('Sahel');
    expect(json.sections.map((s: { id: string }) => s.id)).toContain('gatherings');

    before = world.adapter.uploads.length;
    await alice.says('/network export wikitext Sahel');
    const wiki = world.adapter.uploads.slice(before)[0]!.data.toString('utf8');
    expect(wiki).toContain('{| class="wikitable sortable"');
    expect(wiki).toContain('| Lagos || 1 || &#61;SUM(A1)&#124;&#91;&#91;Edit-a-thon&#93;&#93; ||');

    await alice.says('/network export --format pdf');
    alice.expectBotSaid('I can export as csv, json, wikitext; "pdf" is not one of them.');
    await alice.says('/network export pdf');
    alice.expectBotSaid('No network called “pdf” here. Networks: “Sahel”.');
    await world.dm('ama').says('/network export');
    world.dm('ama').expectBotSaid(/coordinate no network/);
  }, 60_000);
});
