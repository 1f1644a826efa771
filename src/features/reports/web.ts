// The coordinators' report page, as data: what src/http/report-page.ts shows
// for a signed link (sections with their charts as SVG, tables, downloads,
// the audit log), and the files behind its download links. The HTTP layer is
// handed `createReportWeb(...)` by the wiring (main.ts, local.ts); this module
// knows nothing of HTTP, and the HTTP layer nothing of features.

import type { Readable } from 'node:stream';
import type { Feature } from '../../core/feature.ts';
import { everyFeature } from '../../core/feature-hooks.ts';
import type { JobContext } from '../../core/job-context.ts';
import { smallestGroupOf } from '../../core/privacy.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';
import type { Cohort } from '../../core/store.ts';
import { csvFiles, jsonFile, wikitextFile } from '../shared/report-output/export-files.ts';
import { plainSpec, plainText } from '../shared/report-output/plain.ts';
import { chartSvg, isRightToLeft } from '../shared/report-output/render.ts';
import { dayIn } from '../shared/report-periods.ts';
import { linkSecret, readLink } from '../shared/web-links.ts';
import { type AuditRow, auditRows } from './audit-log.ts';
import { membersCsv, participationCsv } from './person-exports.ts';
import { readerDate } from './request.ts';
import { withoutSmallCharts } from './small-charts.ts';

export interface PageTable {
  name: string;
  header: string[];
  rows: string[][];
}

export interface PageSection {
  id: string;
  title: string;
  summary: string[];
  /** Vega's SVG: its text is escaped by vega; shown inline. */
  svg?: string;
  tables: PageTable[];
}

/** What the page's head needs: known as soon as the link is checked. */
export interface ReportPageHead {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
}

/** Everything the page shows, as plain text (the page escapes it). */
export interface ReportPageView extends ReportPageHead {
  heading: string;
  nothing?: string;
  sections: PageSection[];
  downloadsHeading: string;
  downloads: Array<{ label: string; file: string }>;
  auditHeading: string;
  auditColumns: [string, string, string, string];
  audit: AuditRow[];
  auditEmpty: string;
  footer: string;
}

export interface ReportFile {
  fileName: string;
  mimeType: string;
  body: Buffer | Readable;
}

/**
 * A checked link's page: its head at once, the rest (the report's database
 * reads, the charts) when `view()` resolves, so the server can send the head
 * while the report is made.
 */
export interface ReportPage extends ReportPageHead {
  view(): Promise<ReportPageView>;
  /** What the page says when `view()` fails after the head went out (the failure is logged). */
  failed: string;
}

export interface ReportWeb {
  /** The page for a link, or null when the link is not valid (expired, revoked, tampered, another cohort's). */
  page(cohortId: string, token: string): Promise<ReportPage | null>;
  /** One of the page's downloads, or null when the link or the file name is not valid. */
  file(cohortId: string, token: string, name: string): Promise<ReportFile | null>;
}

interface Valid {
  cohort: Cohort;
  request: ReportRequest;
  sections: ReportSection[];
}

export function createReportWeb(deps: { features: readonly Feature[]; job: JobContext }): ReportWeb {
  const { job } = deps;
  const hooks = everyFeature(deps.features, job);
  const t = (locale: string, id: string, args?: Record<string, string | number>) => plainText(job.t(locale, id, args));

  /** The link's cohort, settings and claims, or null when it is not valid: cheap, no report yet. */
  async function check(cohortId: string, token: string) {
    const config = job.services.reportWeb;
    if (!config || !/^[\w-]{1,64}$/.test(cohortId)) return null;
    const claims = readLink(await linkSecret(job.store, config.linkSecret), 'report-page', cohortId, token);
    const now = job.services.clock.now();
    if (!claims || claims.expires * 1000 <= now.getTime()) return null;
    const [cohort, settings] = await Promise.all([
      job.store.cohorts.byId(cohortId),
      job.store.reports.settings(cohortId),
    ]);
    if (!cohort || settings.linkEpoch !== claims.epoch) return null;
    const locale = job.services.i18n.locales.includes(claims.locale) ? claims.locale : cohort.locale;
    return { cohort, settings, claims, now, locale };
  }

  /** The report behind a checked link: every feature's sections, since the cohort's first join. */
  async function load(checked: NonNullable<Awaited<ReturnType<typeof check>>>): Promise<Valid & { expires: number }> {
    const { cohort, claims, now, locale } = checked;
    const request: ReportRequest = {
      cohort,
      since: (await job.store.reports.firstJoin(cohort.id)) ?? cohort.createdAt,
      until: new Date(now.getTime() + 1),
      locale,
      timezone: cohort.timezone,
      audience: 'coordinator',
      minAggregate: smallestGroupOf(cohort),
    };
    const sections = withoutSmallCharts(await hooks.report(request), request, (id, a) =>
      job.services.i18n.t(locale, id, a),
    );
    return { cohort, request, sections, expires: claims.expires };
  }

  async function open(cohortId: string, token: string): Promise<(Valid & { expires: number }) | null> {
    const checked = await check(cohortId, token);
    return checked ? load(checked) : null;
  }

  function prefix(v: Valid): string {
    return `cohort-${dayIn(v.request.since, v.request.timezone)}-${dayIn(v.request.until, v.request.timezone)}`;
  }

  function files(v: Valid): Map<string, () => Promise<ReportFile>> {
    const p = prefix(v);
    const heading = t(v.request.locale, 'report-header', {
      cohort: v.cohort.name,
      since: readerDate(v.request.since, v.request.locale, v.request.timezone),
      until: readerDate(v.request.until, v.request.locale, v.request.timezone),
    });
    const byName = new Map<string, () => Promise<ReportFile>>();
    const inMemory = (f: { fileName: string; mimeType: string; data: Buffer }) => async () => ({
      fileName: f.fileName,
      mimeType: f.mimeType,
      body: f.data,
    });
    const meta = { cohort: v.cohort.name, since: dayIn(v.request.since, v.request.timezone), locale: v.request.locale };
    byName.set(
      'report.json',
      inMemory(jsonFile(v.sections, p, { ...meta, until: dayIn(v.request.until, v.request.timezone) })),
    );
    byName.set('report.wiki.txt', inMemory(wikitextFile(v.sections, p, heading)));
    for (const f of csvFiles(v.sections, p)) byName.set(f.fileName.slice(p.length + 1), inMemory(f));
    byName.set('members-people.csv', async () => ({
      fileName: `${p}-members-people.csv`,
      mimeType: 'text/csv; charset=utf-8',
      body: await membersCsv(job.store, v.cohort),
    }));
    byName.set('participation.csv', async () => ({
      fileName: `${p}-participation.csv`,
      mimeType: 'text/csv; charset=utf-8',
      body: participationCsv(job.store, v.cohort, v.request),
    }));
    return byName;
  }

  return {
    async page(cohortId, token) {
      const checked = await check(cohortId, token);
      if (!checked) return null;
      const { locale, cohort } = checked;
      return {
        lang: locale,
        dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
        title: t(locale, 'report-web-title', { cohort: cohort.name }),
        failed: t(locale, 'error-internal'),
        view: async () => {
          try {
            return await view(await load(checked));
          } catch (error) {
            job.services.log.error({ err: error, cohortId }, 'report page failed after its head was sent');
            throw error;
          }
        },
      };
    },

    async file(cohortId, token, name) {
      const v = await open(cohortId, token);
      const make = v ? files(v).get(name) : undefined;
      if (!v || !make) return null;
      await job.store.audit.record({
        action: 'report.download',
        details: { file: name },
        actorAccountId: null,
        cohortId: v.cohort.id,
        chatId: null,
        createdAt: job.clock.now(),
      });
      return make();
    },
  };

  async function view(v: Valid & { expires: number }): Promise<ReportPageView> {
    const { locale, timezone } = v.request;
    const sections: PageSection[] = [];
    for (const s of v.sections) {
      sections.push({
        id: s.id,
        title: plainText(s.title),
        summary: s.summary.map(plainText),
        ...(s.chart ? { svg: await chartSvg(plainSpec(s.chart), locale) } : {}),
        tables: (s.tables ?? []).map((table) => ({
          name: table.name,
          header: (table.rows[0] ?? []).map((c) => plainText(String(c))),
          rows: table.rows.slice(1).map((r) => r.map((c) => (typeof c === 'number' ? String(c) : plainText(c)))),
        })),
      });
    }
    const since = readerDate(v.request.since, locale, timezone);
    return {
      lang: locale,
      dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
      title: t(locale, 'report-web-title', { cohort: v.cohort.name }),
      heading: t(locale, 'report-header', {
        cohort: v.cohort.name,
        since,
        until: readerDate(v.request.until, locale, timezone),
      }),
      ...(sections.length === 0 ? { nothing: t(locale, 'report-nothing', { cohort: v.cohort.name, since }) } : {}),
      sections,
      downloadsHeading: t(locale, 'report-web-downloads'),
      downloads: [...files(v).keys()].map((file) => ({ label: file, file })),
      auditHeading: t(locale, 'report-web-audit'),
      auditColumns: [
        t(locale, 'report-web-audit-when'),
        t(locale, 'report-web-audit-who'),
        t(locale, 'report-web-audit-action'),
        t(locale, 'report-web-audit-details'),
      ],
      audit: await auditRows(job.store, v.cohort, timezone),
      auditEmpty: t(locale, 'audit-empty', { cohort: v.cohort.name }),
      footer: t(locale, 'report-web-expires', {
        at: readerDate(new Date(v.expires * 1000), locale, timezone),
      }),
    };
  }
}
