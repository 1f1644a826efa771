// The surveys section of /report and /export (core/report.ts): per survey
// opened in the period, aggregates of 5 or more people only, no free texts
// (a report may reach the group), and the before/after change per theme.

import type { JobContext } from '../../core/job-context.ts';
import { mayShowAggregate } from '../../core/privacy.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';
import { scaleOf, textIn } from './model.ts';
import { answersOf, mean, questionLines, selfAssessmentChange } from './results.ts';

export async function surveysReport(request: ReportRequest, job: JobContext): Promise<ReportSection[]> {
  if (request.only && !request.only.includes('surveys')) return [];
  const t = (id: string, args?: Record<string, string | number>) => job.t(request.locale, id, args);
  const surveys = (await job.store.surveys.ofCohort(request.cohort.id)).filter(
    (s) => s.openedAt && s.openedAt >= request.since && s.openedAt < request.until,
  );
  if (surveys.length === 0) return [];
  const summary: string[] = [];
  const rows: Array<Array<string | number>> = [['survey', 'version', 'question', 'answers', 'option', 'count', 'mean']];
  for (const survey of surveys) {
    const versions = await answersOf(job.store, survey);
    const people = versions.reduce((n, v) => n + v.answers.length, 0);
    summary.push(
      t('survey-report-line', {
        title: survey.title,
        people: mayShowAggregate(people, request.minAggregate) ? String(people) : t('report-few'),
      }),
    );
    for (const v of versions) {
      if (!mayShowAggregate(v.answers.length, request.minAggregate)) continue;
      for (const q of v.def.questions) {
        // Free texts stay out of reports: they are for coordinators' eyes, in /survey results.
        if (q.type === 'text') continue;
        summary.push(...questionLines(q, v.answers, request.locale, t, false));
        const given = v.answers.map((a) => a[q.id]).filter((x) => x !== null && x !== undefined);
        if (!mayShowAggregate(given.length, request.minAggregate)) continue;
        const label = textIn(q.text, request.locale);
        if (scaleOf(q.type))
          rows.push([
            survey.title,
            v.number,
            label,
            given.length,
            '',
            '',
            Math.round(mean(given.map(Number)) * 100) / 100,
          ]);
        else
          (q.type === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((_, i) => i)).forEach((o) => {
            const count = given.filter((x) => (Array.isArray(x) ? x.includes(o as number) : x === o)).length;
            const option = typeof o === 'string' ? o : textIn(q.options?.[o], request.locale);
            rows.push([survey.title, v.number, label, given.length, option, count, '']);
          });
      }
    }
    summary.push(...(await selfAssessmentChange(job.store, survey, request.locale, t)));
  }
  return [{ id: 'surveys', title: t('survey-report-title'), summary, tables: [{ name: 'survey-results', rows }] }];
}
