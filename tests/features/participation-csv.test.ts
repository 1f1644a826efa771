// The participation CSV is written from bytes made once per person (their
// `member_id,name,` cells) and copied into each check-in's rows, not through
// csv-stringify row by row (bench/RESULTS.md: that allocated ~5 KB a row). A
// spreadsheet must still read back exactly who was asked and who answered,
// names a person typed included (commas, quotes, line breaks, formulas,
// markup characters, Arabic), over more check-ins than one page of reads.

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { Cohort, Participant, ParticipationOccurrence, Store } from '../../src/core/store.ts';
import { participationCsv } from '../../src/features/reports/person-exports.ts';

const DAY = 86_400_000;
const start = Date.parse('2027-01-04T08:00:00Z');
const at = (days: number) => new Date(start + days * DAY);

const people: Participant[] = [
  { membershipId: 'm-plain', displayName: 'Ada', status: 'active', joinedAt: at(0), updatedAt: at(0) },
  { membershipId: 'm-comma', displayName: 'Smith, "Jo"', status: 'active', joinedAt: at(0), updatedAt: at(0) },
  { membershipId: 'm-lines', displayName: 'two\r\nlines', status: 'paused', joinedAt: at(0), updatedAt: at(0) },
  { membershipId: 'm-formula', displayName: '=HYPERLINK("x")', status: 'active', joinedAt: at(0), updatedAt: at(0) },
  { membershipId: 'm-markup', displayName: 'Tom & <b>Jerry</b>', status: 'active', joinedAt: at(0), updatedAt: at(0) },
  { membershipId: 'm-arabic', displayName: 'ليلى', status: 'active', joinedAt: at(0), updatedAt: at(0) },
  // Joined in the third week: not asked before.
  { membershipId: 'm-late', displayName: 'Late', status: 'active', joinedAt: at(15), updatedAt: at(15) },
  // Two ids with the same hash (as Java's String.hashCode: "Aa" and "BB"), told apart all the same.
  { membershipId: 'm-Aa', displayName: 'Aa', status: 'active', joinedAt: at(0), updatedAt: at(0) },
  { membershipId: 'm-BB', displayName: 'BB', status: 'active', joinedAt: at(0), updatedAt: at(0) },
  // Left in the fourth week (its last update): asked until then.
  { membershipId: 'm-left', displayName: 'Gone', status: 'left', joinedAt: at(0), updatedAt: at(24) },
];

// Eight weekly check-ins (more than one page of five); each answered by a different few.
const occurrences: ParticipationOccurrence[] = Array.from({ length: 8 }, (_, w) => ({
  checkInId: `k${w}`,
  dueAt: at(w * 7),
  closesAt: at(w * 7 + 1),
  // The paused person was on a break when the second check-in closed.
  excused: w === 1 ? ['m-lines'] : [],
  // As the database gives them: comma-separated. An answer of someone forgotten since (their
  // membership is gone) gives no row; an id that only begins like someone's is not theirs.
  answered: [...people.filter((_, i) => (i + w) % 3 === 0).map((p) => p.membershipId), 'm-forgotten', 'm-plainer'].join(
    ',',
  ),
}));

function storeOf(): Store {
  return {
    reports: {
      participants: async () => people,
      participationPage: async (
        _cohort: string,
        span: { since: Date; until: Date },
        after: { dueAt: Date; id: string } | null,
        limit: number,
      ) =>
        occurrences
          .filter((o) => o.dueAt >= span.since && o.dueAt < span.until)
          .filter((o) => !after || o.dueAt > after.dueAt || (+o.dueAt === +after.dueAt && o.checkInId > after.id))
          .slice(0, limit),
    },
  } as unknown as Store;
}

/** What each row must say, decided here from the same facts. */
function expectedRows(): string[][] {
  const rows: string[][] = [];
  for (const o of occurrences) {
    for (const p of people) {
      if (p.joinedAt > o.dueAt || o.excused.includes(p.membershipId)) continue;
      if (p.status === 'left' && p.updatedAt < o.dueAt) continue;
      const day = o.dueAt.toISOString().slice(0, 10);
      rows.push([day, o.checkInId, p.membershipId, '', o.answered.split(',').includes(p.membershipId) ? 'yes' : 'no']);
    }
  }
  return rows;
}

async function exported(): Promise<Buffer> {
  const cohort = { id: 'c1', timezone: 'UTC' } as Cohort;
  const chunks: Buffer[] = [];
  for await (const chunk of participationCsv(storeOf(), cohort, { since: at(0), until: at(100) })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('participation CSV', () => {
  it('lists who each check-in was for and who answered, with every name as typed, across pages', async () => {
    const file = await exported();
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text) as string[][];
    expect(rows[0]).toEqual(['checkin_date', 'checkin_id', 'member_id', 'name', 'answered']);
    const names = new Map(rows.slice(1).map((r) => [r[2], r[3]]));
    expect(names.get('m-comma')).toBe('Smith, "Jo"');
    expect(names.get('m-lines')).toBe('two\r\nlines');
    // A leading formula sign is neutralised, as in every other export.
    expect(names.get('m-formula')).toBe(`'=HYPERLINK("x")`);
    expect(names.get('m-markup')).toBe('Tom & <b>Jerry</b>');
    expect(names.get('m-arabic')).toBe('ليلى');
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], '', r[4]])).toEqual(expectedRows());
    // All eight check-ins, past the first page of five; nobody forgotten.
    expect(new Set(rows.slice(1).map((r) => r[1])).size).toBe(8);
    expect(rows.some((r) => r[2] === 'm-forgotten')).toBe(false);
    const answers = (id: string) => rows.filter((r) => r[2] === id).map((r) => r[4]);
    expect(answers('m-Aa')).not.toEqual(answers('m-BB'));
  });

  it('writes the same bytes csv-stringify writes for the same rows', async () => {
    const file = await exported();
    const names = new Map([
      ['m-plain', 'Ada'],
      ['m-comma', 'Smith, "Jo"'],
      ['m-lines', 'two\r\nlines'],
      ['m-formula', `'=HYPERLINK("x")`],
      ['m-markup', 'Tom & <b>Jerry</b>'],
      ['m-arabic', 'ليلى'],
      ['m-late', 'Late'],
      ['m-Aa', 'Aa'],
      ['m-BB', 'BB'],
      ['m-left', 'Gone'],
    ]);
    const rows = [
      ['checkin_date', 'checkin_id', 'member_id', 'name', 'answered'],
      ...expectedRows().map(([day, id, member, , answered]) => [day!, id!, member!, names.get(member!)!, answered!]),
    ];
    expect(file.equals(Buffer.from(stringify(rows, { bom: true, record_delimiter: 'windows' }), 'utf8'))).toBe(true);
  });
});
