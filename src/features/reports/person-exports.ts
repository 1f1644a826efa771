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
import type { Cohort, MemberWithAccount, Participant, ParticipationOccurrence, Store } from '../../core/store.ts';
import { neutraliseFormula, tableCsv } from '../shared/report-output/export-files.ts';
import { dayIn } from '../shared/report-periods.ts';

/**
 * Check-ins read per database round trip: each brings the ids of everyone who
 * answered (~2,500 in a big cohort, as one string), alive while its rows are
 * written; a small page keeps that low, and a page's query reads only its own
 * check-ins' answers (10-20 ms on the bench's cohort), so pages cost little.
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

/**
 * The cohort's people as the participation file needs them, made once per
 * export: each person's `member_id,name,` cells already as CSV bytes (quoted
 * by csv-stringify, so a row is the same bytes it would write), and what
 * decides whether a check-in was for them; the query's rows are dropped.
 */
interface Roster {
  size: number;
  ids: string[];
  /** Position by a hash of the id (hashOf); -1 where two ids share a hash, found in `position` then. */
  byHash: Map<number, number>;
  position: Map<string, number>;
  /** Joined at, ms. */
  joined: Float64Array;
  /** Left at (a left membership's last update, not before it joined), ms; Infinity when not left. */
  left: Float64Array;
  /** Every person's `member_id,name,` bytes one after another; person i's end at ends[i]. */
  cells: Buffer;
  ends: Uint32Array;
}

function rosterOf(members: Participant[]): Roster {
  const size = members.length;
  const joined = new Float64Array(size);
  const left = new Float64Array(size);
  const ends = new Uint32Array(size);
  const parts: Buffer[] = [];
  let end = 0;
  for (const [i, m] of members.entries()) {
    joined[i] = m.joinedAt.getTime();
    left[i] = m.status === 'left' ? Math.max(m.updatedAt.getTime(), m.joinedAt.getTime()) : Number.POSITIVE_INFINITY;
    // A name's cell as tableCsv writes it: the markup made plain, a leading formula sign neutralised.
    const name = neutraliseFormula(escapeHtml(m.displayName));
    const bytes = Buffer.from(`${csvCells([m.membershipId, name])},`, 'utf8');
    parts.push(bytes);
    end += bytes.length;
    ends[i] = end;
  }
  const ids = members.map((m) => m.membershipId);
  const byHash = new Map<number, number>();
  for (const [i, id] of ids.entries()) {
    const hash = hashOf(id, 0, id.length);
    byHash.set(hash, byHash.has(hash) ? -1 : i);
  }
  return {
    size,
    ids,
    byHash,
    position: new Map(ids.map((id, i) => [id, i])),
    joined,
    left,
    cells: Buffer.concat(parts, end),
    ends,
  };
}

const YES = Buffer.from('yes\r\n');
const NO = Buffer.from('no\r\n');
const EXCUSED = 1;
const ANSWERED = 2;

/**
 * One check-in's rows as one buffer, copied from the roster's bytes: no row
 * objects and no per-row strings, so a check-in of 5,000 people allocates its
 * ~170 KiB of output and little else (bench/RESULTS.md: csv-stringify on row
 * arrays allocated ~5 KB a row, which V8 promoted and kept until its next full
 * collection). Who it was for: joined by its due time, not on a break when it
 * closed (excused), not left before it.
 */
function occurrenceRows(roster: Roster, occurrence: ParticipationOccurrence, timezone: string, marks: Uint8Array) {
  marks.fill(0);
  for (const id of occurrence.excused) {
    const i = roster.position.get(id);
    if (i !== undefined) marks[i] = EXCUSED;
  }
  markAnswered(roster, occurrence.answered, marks);
  const due = occurrence.dueAt.getTime();
  const prefix = Buffer.from(`${csvCells([dayIn(occurrence.dueAt, timezone), occurrence.checkInId])},`, 'utf8');
  const asked = (i: number) => roster.joined[i]! <= due && marks[i] !== EXCUSED && !(roster.left[i]! < due);
  let bytes = 0;
  for (let i = 0; i < roster.size; i++) {
    if (!asked(i)) continue;
    const cells = roster.ends[i]! - (i === 0 ? 0 : roster.ends[i - 1]!);
    bytes += prefix.length + cells + (marks[i] === ANSWERED ? YES.length : NO.length);
  }
  if (bytes === 0) return null;
  const out = Buffer.allocUnsafe(bytes);
  let at = 0;
  for (let i = 0; i < roster.size; i++) {
    if (!asked(i)) continue;
    at += prefix.copy(out, at);
    at += roster.cells.copy(out, at, i === 0 ? 0 : roster.ends[i - 1]!, roster.ends[i]!);
    at += (marks[i] === ANSWERED ? YES : NO).copy(out, at);
  }
  return out;
}

/** A 30-bit hash of `text` from `start` to `end`, without making that part a string of its own. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash & 0x3fffffff;
}

/**
 * Mark those who answered, from the comma-separated ids, allocating nothing per id: ~2,500 id
 * strings a check-in lived while its rows were written, long enough for V8 to move them to the
 * old generation, so the heap grew with the number of check-ins until a full collection. An id
 * not among the people (forgotten since) marks no one.
 */
function markAnswered(roster: Roster, answered: string, marks: Uint8Array): void {
  for (let start = 0; start < answered.length; ) {
    let end = answered.indexOf(',', start);
    if (end < 0) end = answered.length;
    let i = roster.byHash.get(hashOf(answered, start, end));
    if (i === -1) i = roster.position.get(answered.slice(start, end));
    else if (i !== undefined && !sameText(roster.ids[i]!, answered, start, end)) i = undefined;
    if (i !== undefined && marks[i] === 0) marks[i] = ANSWERED;
    start = end + 1;
  }
}

function sameText(id: string, text: string, start: number, end: number): boolean {
  if (id.length !== end - start) return false;
  for (let k = 0; k < id.length; k++) if (id.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * The file one check-in at a time: each yields that check-in's rows already
 * as CSV bytes (~170 KiB for 5,000 people), so memory holds one check-in's
 * bytes and one page of answered ids, never the file, and the stream does not
 * pay a promise per row.
 */
async function* participationChunks(
  store: Store,
  cohort: Cohort,
  span: { since: Date; until: Date },
): AsyncGenerator<Buffer> {
  yield csvBytes([['checkin_date', 'checkin_id', 'member_id', 'name', 'answered']], true);
  const roster = rosterOf(await store.reports.participants(cohort.id));
  const marks = new Uint8Array(roster.size);
  let after: { dueAt: Date; id: string } | null = null;
  for (;;) {
    const page = await store.reports.participationPage(cohort.id, span, after, PAGE);
    for (const occurrence of page) {
      const rows = occurrenceRows(roster, occurrence, cohort.timezone, marks);
      if (rows) yield rows;
    }
    if (page.length < PAGE) return;
    const last = page.at(-1)!;
    after = { dueAt: last.dueAt, id: last.checkInId };
  }
}

/** One record's cells as csv-stringify quotes them, without the line end. */
function csvCells(cells: Array<string | number>): string {
  return stringify([cells], { record_delimiter: 'windows', eof: false });
}

function csvBytes(rows: Array<Array<string | number>>, bom: boolean): Buffer {
  return Buffer.from(stringify(rows, { bom, record_delimiter: 'windows' }), 'utf8');
}

/** The participation CSV as a stream of bytes (UTF-8 with BOM, CRLF), read from the database as it is written. */
export function participationCsv(store: Store, cohort: Cohort, span: { since: Date; until: Date }): Readable {
  return Readable.from(participationChunks(store, cohort, span), { objectMode: false });
}
