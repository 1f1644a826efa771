// Sections to pictures: each section with a chart becomes a PNG, with a
// caption (its title) and alt text (its title and the numbers behind it).

import type { ReportSection } from '../../../core/report.ts';
import { plainSpec, plainText } from './plain.ts';
import { chartPng } from './render.ts';

export interface Chart {
  section: ReportSection;
  png: Buffer;
  fileName: string;
  caption: string;
  altText: string;
}

/** Telegram's photo caption limit; Matrix has none that matters here. */
const MAX_CAPTION = 1024;

export async function renderCharts(sections: ReportSection[], locale: string): Promise<Chart[]> {
  const charts: Chart[] = [];
  for (const [i, section] of sections.entries()) {
    if (!section.chart) continue;
    const png = await chartPng(plainSpec(section.chart), locale);
    const title = plainText(section.title);
    charts.push({
      section,
      png,
      fileName: `${section.id}-${i + 1}.png`,
      caption: title.slice(0, MAX_CAPTION),
      altText: [title, ...section.summary.map(plainText)].join('\n'),
    });
  }
  return charts;
}
