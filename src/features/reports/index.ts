// Reports: /report sends a coordinator, in private, a chart per part of the
// cohort's life with the numbers behind each; /report group posts what the
// cohort may see (counts of five or more people, no names); /export sends
// the same numbers as CSV, JSON or a Meta-Wiki page. The parts come from the
// features (Feature.report, core/report.ts); this feature only renders and
// delivers them (docs/reports.md).

import type { ParsedArgs } from '../../core/commands/tokenize.ts';
import type { Context } from '../../core/context.ts';
import { DeliveryError, UserError } from '../../core/errors.ts';
import type { Feature } from '../../core/feature.ts';
import { smallestGroupOf } from '../../core/privacy.ts';
import { replyPrivately } from '../../core/private-reply.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';
import type { Cohort } from '../../core/store.ts';
import type { OutboundFile } from '../../core/types.ts';
import {
  csvFiles,
  EXPORT_FORMATS,
  type ExportFormat,
  jsonFile,
  wikitextFile,
} from '../shared/report-output/export-files.ts';
import { plainText } from '../shared/report-output/plain.ts';
import { inlineFiles, privateChat, sendCharts } from '../shared/report-output/send.ts';
import { dayIn } from '../shared/report-periods.ts';
import { auditCommand } from './audit-log.ts';
import { membersCsv, participationCsv } from './person-exports.ts';
import { readerDate, type Span, spanOf } from './request.ts';
import { withoutSmallCharts } from './small-charts.ts';
import { sweepTempExports, type TempFile, toTempFile } from './temp-file.ts';
import { threshold, webLink } from './web-command.ts';

const FLAGS = { since: 'value', what: 'value', format: 'value' } as const;

function requireCohort(ctx: Context): Cohort {
  if (!ctx.cohort) throw new UserError('error-no-cohort-here');
  return ctx.cohort;
}

async function requestFor(
  ctx: Context,
  cohort: Cohort,
  span: Span,
  audience: ReportRequest['audience'],
): Promise<ReportRequest> {
  return {
    minAggregate: smallestGroupOf(cohort),
    cohort,
    since: span.since,
    until: span.until,
    // The group reads its cohort's language; a coordinator their own (ctx.locale while writing privately).
    locale: audience === 'group' ? cohort.locale : ctx.locale,
    timezone: audience === 'group' ? cohort.timezone : ctx.timezone,
    audience,
    ...(span.only ? { only: span.only } : {}),
  };
}

/** The sections as chat text: a header, then each section's title in bold and its numbers. */
function summaryText(header: string, sections: ReportSection[], extra: string[] = []): string {
  const parts = [header];
  for (const section of sections) parts.push('', `<b>${section.title}</b>`, ...section.summary);
  return [...parts, ...extra].join('\n');
}

async function report(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const [word, ...rest] = args.positional;
  if (word === 'group') return groupReport(ctx, cohort, args);
  if (word === 'web') return webLink(ctx, cohort, rest);
  if (word === 'threshold') return threshold(ctx, cohort, rest);
  if (word !== undefined || rest.length > 0)
    throw new UserError('report-error-word', { word: (word ?? '').slice(0, 40) });
  const span = await spanOf(ctx, cohort, args);
  await ctx.audit('report.private', { what: span.only ?? 'all', since: span.since.toISOString() });
  await replyPrivately(ctx, async () => {
    const request = await requestFor(ctx, cohort, span, 'coordinator');
    const sections = withoutSmallCharts(await ctx.everyFeature.report(request), request, (id, a) => ctx.t(id, a));
    const since = readerDate(span.since, request.locale, request.timezone);
    if (sections.length === 0) return ctx.t('report-nothing', { cohort: cohort.name, since });
    const header = ctx.t('report-header', {
      cohort: cohort.name,
      since,
      until: readerDate(span.until, request.locale, request.timezone),
    });
    const sent = await sendCharts(ctx, sections, request.locale);
    return summaryText(header, sections, sent ? [] : ['', ctx.t('report-no-images')]);
  });
}

/** /report group: what the cohort may see, in its language, in its chat. */
async function groupReport(ctx: Context, cohort: Cohort, args: ParsedArgs): Promise<void> {
  const span = await spanOf(ctx, cohort, args);
  const request = await requestFor(ctx, cohort, span, 'group');
  const sections = await ctx.everyFeature.report(request);
  const t = (id: string, a?: Record<string, string | number>) => ctx.services.i18n.t(cohort.locale, id, a);
  const since = readerDate(span.since, cohort.locale, cohort.timezone);
  const text =
    sections.length === 0
      ? t('report-nothing', { cohort: cohort.name, since })
      : summaryText(t('report-group-header', { cohort: cohort.name, since }), sections);
  await ctx.audit('report.group', { what: span.only ?? 'all', since: span.since.toISOString() });
  if (ctx.isGroup) {
    await ctx.reply(text);
    return;
  }
  const chat = await ctx.job.cohortChat(cohort);
  if (!chat) throw new UserError('report-error-no-group');
  await ctx.post(chat, { html: text }, `report-group-${ctx.chat.platform}-${ctx.event.id}`);
  await ctx.say('report-group-posted', { cohort: cohort.name });
}

function formatOf(args: ParsedArgs): ExportFormat {
  const flag = args.flags.get('format');
  const word = (flag === undefined ? args.positional[0] : flag === true ? '' : flag)?.toLowerCase() ?? 'csv';
  if (!(EXPORT_FORMATS as readonly string[]).includes(word)) {
    throw new UserError('export-error-format', { value: word.slice(0, 40), allowed: EXPORT_FORMATS.join(', ') });
  }
  return word as ExportFormat;
}

/** /export: the tables behind /report as files, in private. */
async function exportCommand(ctx: Context, args: ParsedArgs): Promise<void> {
  const cohort = requireCohort(ctx);
  const format = formatOf(args);
  const span = await spanOf(ctx, cohort, args);
  await ctx.audit('report.export', { format, what: span.only ?? 'all', since: span.since.toISOString() });
  await replyPrivately(ctx, async () => {
    const request = await requestFor(ctx, cohort, span, 'coordinator');
    const sections = await ctx.everyFeature.report(request);
    const since = dayIn(span.since, request.timezone);
    const readable = { since: readerDate(span.since, request.locale, request.timezone) };
    if (!sections.some((s) => (s.tables ?? []).length > 0)) {
      return ctx.t('report-nothing', { cohort: cohort.name, since: readable.since });
    }
    const until = dayIn(span.until, request.timezone);
    // File names keep ISO dates (they sort); the texts use the reader's.
    const prefix = `cohort-${since}-${until}`;
    const header = ctx.t('report-header', {
      cohort: cohort.name,
      since: readable.since,
      until: readerDate(span.until, request.locale, request.timezone),
    });
    const files =
      format === 'csv'
        ? csvFiles(sections, prefix)
        : format === 'json'
          ? [jsonFile(sections, prefix, { cohort: cohort.name, since, until, locale: request.locale })]
          : [wikitextFile(sections, prefix, plainText(header))];
    const chat = await privateChat(ctx);
    if (chat && ctx.adapter.sendFile) {
      const temp: TempFile[] = [];
      try {
        // Per-person files only as files: a two-year cohort's participation is far too long for messages.
        const sending = format === 'csv' ? [...files, ...(await personFiles(ctx, cohort, span, prefix, temp))] : files;
        const tooLarge: string[] = [];
        for (const file of sending) {
          try {
            await ctx.adapter.sendFile(chat, { ...file, caption: file.fileName });
          } catch (error) {
            // Above the platform's upload limit (a two-year participation file): the others still go,
            // and the coordinator reads which one did not and where to get it (the page streams any size).
            const limit =
              error instanceof DeliveryError && error.failure.kind === 'rejected' && error.failure.limitBytes;
            if (!limit) throw error;
            ctx.services.log.warn({ file: file.fileName, limit }, 'export file above the upload limit');
            tooLarge.push(
              ctx.t('export-file-too-large', {
                file: file.fileName,
                size: megabytes('data' in file ? file.data.length : file.size),
                limit: megabytes(limit),
              }),
            );
          }
        }
        const sent = sending.length - tooLarge.length;
        return [...(sent > 0 ? [ctx.t('export-sent', { count: sent, format })] : []), ...tooLarge].join('\n\n');
      } catch (error) {
        if (!(error instanceof DeliveryError) || error.failure.kind !== 'rejected') throw error;
        ctx.services.log.warn({ reason: error.failure.reason }, 'export files refused; sending text');
      } finally {
        await Promise.all(temp.map((file) => file.remove()));
      }
    }
    return inlineFiles(ctx, files);
  });
}

/**
 * The per-person CSV files (members, participation) with the tables: built from
 * the database as it is now, so a person who used /forgetme is not in them.
 * Participation (~500,000 rows for a two-year cohort of 5,000) is streamed to a
 * temporary file that the adapter streams into its upload (temp-file.ts); the
 * caller removes what lands in `temp`.
 */
async function personFiles(
  ctx: Context,
  cohort: Cohort,
  span: Span,
  prefix: string,
  temp: TempFile[],
): Promise<OutboundFile[]> {
  const wanted = (id: string) => !span.only || span.only.includes(id);
  const mimeType = 'text/csv; charset=utf-8';
  const files: OutboundFile[] = [];
  if (wanted('members')) {
    files.push({ fileName: `${prefix}-members-people.csv`, mimeType, data: await membersCsv(ctx.store, cohort) });
  }
  if (wanted('checkins')) {
    const fileName = `${prefix}-participation.csv`;
    const file = await toTempFile(participationCsv(ctx.store, cohort, span), fileName);
    temp.push(file);
    files.push({ fileName, mimeType, path: file.path, size: file.size });
  }
  return files;
}

/** Bytes as megabytes, one decimal (Fluent writes the number the reader's way: "1,5" in French). */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

export const reportsFeature: Feature = {
  name: 'reports',
  // Temporary export files a crashed process left behind (temp-file.ts).
  async start(job) {
    const removed = await sweepTempExports();
    if (removed > 0) job.services.log.info({ removed }, 'reports: removed stale temporary export files');
  },
  commands: [
    { name: 'report', where: 'any', access: 'coordinator', flags: FLAGS, privateCohort: true, run: report },
    { name: 'export', where: 'any', access: 'coordinator', flags: FLAGS, privateCohort: true, run: exportCommand },
    {
      name: 'audit',
      where: 'any',
      access: 'coordinator',
      flags: { since: 'value' },
      privateCohort: true,
      run: auditCommand,
    },
  ],
};
