// The files of /export, built from the sections' tables (core/report.ts):
// CSV for spreadsheets, JSON for scripts, a wikitext page for Meta-Wiki.
// Tables hold counts per period, occurrence, status or round, never names
// (docs/reports.md "What an export holds"), so they are small and built in
// memory.

import { stringify } from 'csv-stringify/sync';
import type { ReportSection, ReportTable } from '../../../core/report.ts';
import { plainText } from './plain.ts';

export type ExportFormat = 'csv' | 'json' | 'wikitext';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'wikitext'];

export interface ExportFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

type Cell = string | number;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return before one) as a formula; a leading apostrophe makes it text
 * (OWASP "CSV injection"). Numbers stay numbers.
 */
export function neutraliseFormula(cell: Cell): Cell {
  if (typeof cell === 'number') return cell;
  const text = plainText(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One table as CSV: UTF-8 with a byte-order mark, so Excel reads Arabic right; CRLF line ends. */
export function tableCsv(table: ReportTable): Buffer {
  const text = stringify(
    table.rows.map((row) => row.map(neutraliseFormula)),
    { bom: true, record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}

export function csvFiles(sections: ReportSection[], prefix: string): ExportFile[] {
  return sections.flatMap((s) =>
    (s.tables ?? []).map((table) => ({
      fileName: `${prefix}-${table.name}.csv`,
      mimeType: 'text/csv; charset=utf-8',
      data: tableCsv(table),
    })),
  );
}

export function jsonFile(sections: ReportSection[], prefix: string, meta: Record<string, string>): ExportFile {
  const body = {
    ...meta,
    sections: sections.map((s) => ({
      id: s.id,
      title: plainText(s.title),
      summary: s.summary.map(plainText),
      tables: (s.tables ?? []).map((t) => ({
        name: t.name,
        header: t.rows[0]?.map((c) => (typeof c === 'string' ? plainText(c) : c)) ?? [],
        rows: t.rows.slice(1).map((r) => r.map((c) => (typeof c === 'string' ? plainText(c) : c))),
      })),
    })),
  };
  return {
    fileName: `${prefix}.json`,
    mimeType: 'application/json',
    data: Buffer.from(`${JSON.stringify(body, null, 2)}\n`, 'utf8'),
  };
}

const WIKI_ESCAPES: Record<string, string> = {
  '|': '&#124;',
  '{': '&#123;',
  '}': '&#125;',
  '[': '&#91;',
  ']': '&#93;',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&#39;',
  '=': '&#61;',
  '~': '&#126;',
  '*': '&#42;',
  '#': '&#35;',
  ':': '&#58;',
  ';': '&#59;',
  '!': '&#33;',
  _: '&#95;',
};

/**
 * Text as wiki text that renders as itself: table pipes, links, templates,
 * tags, bold, signatures and line-start lists are written as character
 * references, and line breaks become spaces (a cell is one line).
 */
export function wikiEscape(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[|{}[\]<>&'=~*#:;!_]/g, (c) => WIKI_ESCAPES[c] ?? c);
}

/** A report page: a heading per section, its summary as a list, its tables as sortable wikitables. */
export function wikitextPage(sections: ReportSection[], heading: string): string {
  const out = [`== ${wikiEscape(plainText(heading))} ==`, ''];
  for (const section of sections) {
    out.push(`=== ${wikiEscape(plainText(section.title))} ===`);
    for (const line of section.summary) out.push(`* ${wikiEscape(plainText(line))}`);
    for (const table of section.tables ?? []) {
      const [header, ...rows] = table.rows;
      out.push('', '{| class="wikitable sortable"');
      if (header) out.push(`! ${header.map((c) => wikiEscape(plainText(String(c)))).join(' !! ')}`);
      for (const row of rows) {
        out.push(
          '|-',
          `| ${row.map((c) => (typeof c === 'number' ? String(c) : wikiEscape(plainText(c)))).join(' || ')}`,
        );
      }
      out.push('|}');
    }
    out.push('');
  }
  return out.join('\n');
}

export function wikitextFile(sections: ReportSection[], prefix: string, heading: string): ExportFile {
  return {
    fileName: `${prefix}.wiki.txt`,
    mimeType: 'text/plain; charset=utf-8',
    data: Buffer.from(wikitextPage(sections, heading), 'utf8'),
  };
}
