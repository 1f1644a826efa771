// /network export [csv|json|wikitext] ["Network"]: the network's numbers as
// files, privately to a network coordinator, built from the cohorts' own
// exports (their report sections as their group may see them: counts, no
// names) with a first column naming the cohort, plus a table with the overview
// (overview.ts). The same files, escaping and formula neutralising as /export
// (src/features/shared/report-output/export-files.ts). A cohort under its
// threshold is left out of every table.

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { ReportSection, ReportTable } from '../../core/report.ts';
import {
  csvFiles,
  EXPORT_FORMATS,
  type ExportFormat,
  jsonFile,
  wikitextFile,
} from '../shared/report-output/export-files.ts';
import { plainText } from '../shared/report-output/plain.ts';
import { sendFiles } from '../shared/report-output/send.ts';
import { cleanNetworkName } from './networks.ts';
import { type CohortOverview, networkOverview, SPAN_MS } from './overview.ts';
import { cohortLines, comparableNetwork } from './report.ts';

/** The format (first word or --format; csv by default) and the network named after it. */
function formatAndName(args: ParsedArgs): { format: ExportFormat; name: string | undefined } {
  const words = [...args.positional];
  const flag = args.flags.get('format');
  let word = typeof flag === 'string' ? flag.toLowerCase() : undefined;
  if (word === undefined && (EXPORT_FORMATS as readonly string[]).includes(words[0]?.toLowerCase() ?? '')) {
    word = words.shift()!.toLowerCase();
  }
  if (flag === true || (word !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(word))) {
    throw new UserError('export-error-format', {
      value: (word ?? '').slice(0, 40),
      allowed: EXPORT_FORMATS.join(', '),
    });
  }
  const name = words.join(' ').trim();
  return { format: (word ?? 'csv') as ExportFormat, name: name ? cleanNetworkName(name) : undefined };
}

/** The overview as a table: one row per cohort shown. */
function overviewTable(overview: CohortOverview[]): ReportTable {
  const header = [
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
  ];
  return {
    name: 'network-overview',
    rows: [
      header,
      ...overview
        .filter((f) => f.shown)
        .map((f) => [
          f.cohort.name,
          f.members,
          f.active,
          f.answered,
          f.expected,
          f.gatherings,
          f.commitments,
          f.done,
          f.partly,
          f.mentorships.active,
          f.mentorships.asked,
          f.mentorships.accepted,
        ]),
    ],
  };
}

/**
 * The cohorts' sections merged by id: one network section per kind of part,
 * its summary lines prefixed with the cohort, its tables with a cohort column.
 */
export function mergedSections(overview: CohortOverview[]): ReportSection[] {
  const merged = new Map<string, ReportSection & { tables: ReportTable[] }>();
  for (const f of overview) {
    if (!f.shown) continue;
    for (const section of f.sections) {
      const into = merged.get(section.id) ?? { id: section.id, title: section.title, summary: [], tables: [] };
      into.summary.push(...section.summary.map((line) => `${f.cohort.name}: ${plainText(line)}`));
      for (const table of section.tables ?? []) {
        const [header, ...rows] = table.rows;
        let target = into.tables.find((t) => t.name === table.name);
        if (!target) {
          target = { name: table.name, rows: [['cohort', ...(header ?? [])]] };
          into.tables.push(target);
        }
        for (const row of rows) target.rows.push([f.cohort.name, ...row]);
      }
      merged.set(section.id, into);
    }
  }
  return [...merged.values()];
}

function fileName(since: Date, until: Date): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return `network-${day(since)}-${day(until)}`;
}

export async function exportNetwork(ctx: Context, args: ParsedArgs): Promise<void> {
  const { format, name } = formatAndName(args);
  const network = await comparableNetwork(ctx, name);
  await ctx.audit('network.export', { networkId: network.id, format });
  await replyPrivately(ctx, async () => {
    const overview = await networkOverview(ctx, network);
    const until = ctx.services.clock.now();
    const since = new Date(until.getTime() - SPAN_MS);
    const heading = ctx.t('network-report-title', { name: network.name, count: overview.length });
    const sections: ReportSection[] = [
      { id: 'network', title: heading, summary: cohortLines(ctx, overview), tables: [overviewTable(overview)] },
      ...mergedSections(overview),
    ];
    const prefix = fileName(since, until);
    const files =
      format === 'csv'
        ? csvFiles(sections, prefix)
        : format === 'json'
          ? [
              jsonFile(sections, prefix, {
                network: network.name,
                since: since.toISOString().slice(0, 10),
                until: until.toISOString().slice(0, 10),
                locale: ctx.locale,
              }),
            ]
          : [wikitextFile(sections, prefix, plainText(heading))];
    return sendFiles(ctx, files, format);
  });
}
