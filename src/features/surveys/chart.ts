// The report's survey chart as a Vega-Lite spec (rendered by the reports
// feature): grouped bars, one group per question or theme, one bar per series
// (a survey's number, or "before" / "after"). Only numbers that passed the
// cohort's threshold reach it.

export interface ChartPoint {
  series: string;
  label: string;
  value: number;
}

export function surveyChart(title: string, xTitle: string, yTitle: string, points: ChartPoint[]) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    data: { values: points },
    mark: 'bar',
    encoding: {
      x: { field: 'label', type: 'nominal', title: xTitle, axis: { labelLimit: 160 } },
      xOffset: { field: 'series' },
      y: { field: 'value', type: 'quantitative', title: yTitle },
      color: { field: 'series', type: 'nominal', title: null },
    },
  };
}
