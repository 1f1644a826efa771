// A chart of one or two people is no chart: a cohort whose only member is its
// coordinator would get a line at 1. A section whose chart is about fewer
// people than the cohort's k-threshold (`/report threshold`, never below 5,
// the same rule as every aggregate outside a coordinator's private view in
// docs/privacy.md) keeps its numbers but loses the picture, and says
// "nothing to show yet" where it would have been: in chat, on the report page
// and in exports (which carry no picture anyway).

import { MIN_AGGREGATE, mayShowAggregate } from '../../core/privacy.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';

export function withoutSmallCharts(
  sections: ReportSection[],
  request: Pick<ReportRequest, 'minAggregate'>,
  t: (id: string, args?: Record<string, string | number>) => string,
): ReportSection[] {
  const min = Math.max(request.minAggregate ?? MIN_AGGREGATE, MIN_AGGREGATE);
  return sections.map((section) => {
    if (!section.chart || section.chartPeople === undefined || mayShowAggregate(section.chartPeople, min))
      return section;
    const { chart: _dropped, ...rest } = section;
    return { ...rest, summary: [...section.summary, t('report-chart-too-few', { min })] };
  });
}
