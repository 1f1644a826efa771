// The per-person exports: members (the profile fields they filled in, the ones
// docs/privacy.md lets coordinators read: never "about", preferences or
// /avoid) and participation (one row per person asked per closed check-in).
// Participation of a two-year cohort of 5,000 is ~500,000 rows: it is read a
// page of check-ins at a time and written one check-in's CSV at a time, so
// memory stays flat whatever the size. A forgotten person's membership is
// gone from the database (/forgetme), so they are gone from every later file.

import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { escapeHtml } from '../../core/markup.ts';
import type { Cohort, MemberWithAccount, Store } from '../../core/store.ts';
import { neutraliseFormula, tableCsv } from '../shared/report-output/export-files.ts';
import { dayIn } from '../shared/report-periods.ts';

/**
 * Check-ins read per database round trip: each brings the ids of everyone who
 * answered (~2,500 in a big cohort), in several copies on their way through
 * the driver and Prisma, so a small page keeps the export's peak low
 * (bench/reports.ts: 20 a page cost tens of MiB more) for a few more queries.
 */
const PAGE = 5;

export function membersTable(members: MemberWithAccount[], timezone: string): Array<Array<string | number>> {
  const header = [
    'member_id',
    'name',
    'role',
    'status',
    'joined',
    'languages',
    'region',
    'topics',
    'timezone',
    'stage',
  ];
  // Table cells are markup (core/report.ts): what people typed is escaped, and tableCsv turns it back.
  const text = (value: string | null) => escapeHtml(value ?? '');
  return [
    header,
    ...members.map((m) => [
      m.id,
      text(m.account.displayName),
      m.role,
      m.status,
      dayIn(m.joinedAt, timezone),
      text(m.languages.join(' ')),
      text(m.region),
      text(m.topics.join(' ')),
      text(m.timezone),
      text(m.stage),
    ]),
  ];
}

export async function membersCsv(store: Store, cohort: Cohort): Promise<Buffer> {
  const members = await store.memberships.list(cohort.id);
  return tableCsv({ name: 'members', rows: membersTable(members, cohort.timezone) });
}

/** Who a check-in was for: joined by then, not left before it, not on a break when it closed. */
function askedAt(member: MemberWithAccount, dueAt: Date, excused: ReadonlySet<string>): boolean {
  if (member.joinedAt > dueAt || excused.has(member.id)) return false;
  const leftAt = Math.max(member.updatedAt.getTime(), member.joinedAt.getTime());
  return !(member.status === 'left' && leftAt < dueAt.getTime());
}

/**
 * The file one check-in at a time: each yields that check-in's rows already
 * as CSV bytes (~100 KiB for 2,500 people), so memory holds one check-in's
 * text, never the file, and the stream does not pay a promise per row.
 */
async function* participationChunks(
  store: Store,
  cohort: Cohort,
  span: { since: Date; until: Date },
): AsyncGenerator<Buffer> {
  yield csvBytes([['checkin_date', 'checkin_id', 'member_id', 'name', 'answered']], true);
  const members = await store.memberships.list(cohort.id);
  // A name's cell is the same in every row of that person: made once.
  const names = new Map(members.map((m) => [m.id, neutraliseFormula(escapeHtml(m.account.displayName))]));
  let after: { dueAt: Date; id: string } | null = null;
  for (;;) {
    const page = await store.reports.participationPage(cohort.id, span, after, PAGE);
    for (const occurrence of page) {
      const excused = new Set(occurrence.excused);
      const answered = new Set(occurrence.answered);
      const day = dayIn(occurrence.dueAt, cohort.timezone);
      const rows = members
        .filter((m) => askedAt(m, occurrence.dueAt, excused))
        .map((m) => [day, occurrence.checkInId, m.id, names.get(m.id)!, answered.has(m.id) ? 'yes' : 'no']);
      if (rows.length > 0) yield csvBytes(rows, false);
    }
    if (page.length < PAGE) return;
    const last = page.at(-1)!;
    after = { dueAt: last.dueAt, id: last.checkInId };
  }
}

function csvBytes(rows: Array<Array<string | number>>, bom: boolean): Buffer {
  return Buffer.from(stringify(rows, { bom, record_delimiter: 'windows' }), 'utf8');
}

/** The participation CSV as a stream of bytes (UTF-8 with BOM, CRLF), read from the database as it is written. */
export function participationCsv(store: Store, cohort: Cohort, span: { since: Date; until: Date }): Readable {
  return Readable.from(participationChunks(store, cohort, span), { objectMode: false });
}
