// The per-person exports: members (the profile fields they filled in, the ones
// docs/privacy.md lets coordinators read: never "about", preferences or
// /avoid) and participation (one row per person asked per closed check-in).
// Participation of a two-year cohort of 5,000 is ~500,000 rows: it is read a
// page of check-ins at a time and written through csv-stringify's stream, so
// memory stays flat whatever the size. A forgotten person's membership is
// gone from the database (/forgetme), so they are gone from every later file.

import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { escapeHtml } from '../../core/markup.ts';
import type { Cohort, MemberWithAccount, Store } from '../../core/store.ts';
import { neutraliseFormula, tableCsv } from '../shared/report-output/export-files.ts';
import { dayIn } from '../shared/report-periods.ts';

/** Check-ins read per database round trip. */
const PAGE = 20;

const CSV_OPTIONS = { bom: true, record_delimiter: 'windows' } as const;

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

async function* participationRows(
  store: Store,
  cohort: Cohort,
  span: { since: Date; until: Date },
): AsyncGenerator<Array<string | number>> {
  yield ['checkin_date', 'checkin_id', 'member_id', 'name', 'answered'];
  const members = await store.memberships.list(cohort.id);
  let after: { dueAt: Date; id: string } | null = null;
  for (;;) {
    const page = await store.reports.participationPage(cohort.id, span, after, PAGE);
    for (const occurrence of page) {
      const excused = new Set(occurrence.excused);
      const answered = new Set(occurrence.answered);
      const day = dayIn(occurrence.dueAt, cohort.timezone);
      for (const m of members) {
        if (!askedAt(m, occurrence.dueAt, excused)) continue;
        yield [
          day,
          occurrence.checkInId,
          m.id,
          neutraliseFormula(escapeHtml(m.account.displayName)),
          answered.has(m.id) ? 'yes' : 'no',
        ];
      }
    }
    if (page.length < PAGE) return;
    const last = page.at(-1)!;
    after = { dueAt: last.dueAt, id: last.checkInId };
  }
}

/** The participation CSV as a stream of bytes (UTF-8 with BOM, CRLF), read from the database as it is written. */
export function participationCsv(store: Store, cohort: Cohort, span: { since: Date; until: Date }): Readable {
  return Readable.from(participationRows(store, cohort, span)).pipe(stringify(CSV_OPTIONS));
}

/** The whole stream in memory: for platforms that take a file only as bytes. */
export async function collect(stream: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
