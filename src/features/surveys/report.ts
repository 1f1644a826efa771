// The surveys section of /report and /export (core/report.ts): per survey
// opened in the period, aggregates of the cohort's threshold (5 unless set)
// or more people only, no free texts (a report may reach the group), the
// before/after change per theme, and a chart: the change per theme when a
// self-assessment was run twice, else the mean of each scale question.

import type { JobContext } from '../../core/job-context.ts';
import { smallestGroupOf } from '../../core/privacy.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';
import { surveyChart } from './chart.ts';
import { scaleOf, textIn } from './model.ts';
import { answersOf, mean, questionLines, selfAssessmentChange } from './results.ts';

type Row = Array<string | number>;

export async function surveysReport(request: ReportRequest, job: JobContext): Promise<ReportSection[]> {
  if (request.only && !request.only.includes('surveys')) return [];
  const t = (id: string, args?: Record<string, string | number>) => job.t(request.locale, id, args);
  const surveys = (await job.store.surveys.ofCohort(request.cohort.id)).filter(
    (s) => s.openedAt && s.openedAt >= request.since && s.openedAt < request.until,
  );
  if (surveys.length === 0) return [];
  // The cohort's smallest group shown (one setting for every aggregate; never below 3).
  const k = request.minAggregate ?? smallestGroupOf(request.cohort);
  const summary: string[] = [];
  const rows: Row[] = [['survey', 'version', 'question', 'answers', 'option', 'count', 'mean']];
  const means: Array<{ series: string; label: string; value: number }> = [];
  const changes: Array<{ series: string; label: string; value: number }> = [];
  for (const survey of surveys) {
    const versions = await answersOf(job.store, survey);
    const people = versions.reduce((n, v) => n + v.answers.length, 0);
    summary.push(
      t('survey-report-line', {
        title: survey.title,
        people: people >= k ? String(people) : t('survey-k-few', { k }),
      }),
    );
    for (const v of versions) {
      if (v.answers.length < k) continue;
      for (const q of v.def.questions) {
        // Free texts stay out of reports: they are for coordinators' eyes, in /survey results.
        if (q.type === 'text') continue;
        summary.push(...questionLines(q, v.answers, request.locale, t, false, k));
        const given = v.answers.map((a) => a[q.id]).filter((x) => x !== null && x !== undefined);
        if (given.length < k) continue;
        const label = textIn(q.text, request.locale);
        if (scaleOf(q.type)) {
          const m = Math.round(mean(given.map(Number)) * 100) / 100;
          rows.push([survey.title, v.number, label, given.length, '', '', m]);
          means.push({ series: `#${survey.number}`, label, value: m });
        } else
          (q.type === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((_, i) => i)).forEach((o) => {
            const count = given.filter((x) => (Array.isArray(x) ? x.includes(o as number) : x === o)).length;
            const option = typeof o === 'string' ? o : textIn(q.options?.[o], request.locale);
            rows.push([survey.title, v.number, label, given.length, option, count, '']);
          });
      }
    }
    for (const c of await selfAssessmentChange(job.store, survey, request.locale, t, k)) {
      summary.push(c.line);
      if (c.before === undefined || c.after === undefined) continue;
      changes.push({ series: t('survey-chart-before'), label: c.theme, value: round2(c.before) });
      changes.push({ series: t('survey-chart-after'), label: c.theme, value: round2(c.after) });
    }
  }
  const chart =
    changes.length > 0
      ? surveyChart(t('survey-chart-change-title'), t('survey-chart-theme'), t('survey-chart-mean'), changes)
      : means.length > 0
        ? surveyChart(t('survey-chart-means-title'), t('survey-chart-question'), t('survey-chart-mean'), means)
        : undefined;
  return [
    {
      id: 'surveys',
      title: t('survey-report-title'),
      summary,
      ...(chart ? { chart } : {}),
      tables: [{ name: 'survey-results', rows }],
    },
  ];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
