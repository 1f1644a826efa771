// Charts: a section's Vega-Lite spec (inline data, titles already in the
// reader's language) compiled by vega-lite, laid out by vega into SVG, and
// rasterised to PNG by resvg with fonts shipped as npm packages (Noto Sans
// for Latin, Noto Sans Arabic for Arabic and Persian; docs/reports.md says
// why). resvg shapes Arabic right to left itself (rustybuzz + bidi), so no
// browser or canvas is needed.

import { createRequire } from 'node:module';
import type * as VegaLite from 'vega-lite';

const require = createRequire(import.meta.url);

/** The font files resvg may use; no system fonts (the same picture on every machine and in the image). */
export const FONT_FILES: readonly string[] = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
];

const FONT = 'Noto Sans, Noto Sans Arabic, sans-serif';

/** Okabe & Ito's palette: told apart with every common colour-vision deficiency. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'];

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

export function isRightToLeft(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase());
}

/**
 * The look every chart shares: fonts, palette, sizes; for right-to-left
 * readers titles start on the right and the legend sits on the left, where
 * the eye starts. Vega has no mirrored axes; bars keep time left to right,
 * as Arabic-language charts usually do.
 */
function themed(spec: Record<string, unknown>, locale: string): Record<string, unknown> {
  const rtl = isRightToLeft(locale);
  return {
    width: 520,
    height: 260,
    background: 'white',
    padding: 12,
    ...spec,
    config: {
      font: FONT,
      range: { category: PALETTE },
      mark: { color: PALETTE[0] },
      title: { fontSize: 16, anchor: rtl ? 'end' : 'start', font: FONT, subtitleFont: FONT },
      axis: { labelFontSize: 12, titleFontSize: 13, labelFont: FONT, titleFont: FONT, labelLimit: 140 },
      legend: {
        orient: rtl ? 'left' : 'right',
        labelFontSize: 12,
        titleFontSize: 13,
        labelFont: FONT,
        titleFont: FONT,
      },
      ...((spec.config as Record<string, unknown> | undefined) ?? {}),
    },
  };
}

/** The chart as SVG text (the web page shows it inline). */
export async function chartSvg(spec: Record<string, unknown>, locale: string): Promise<string> {
  // Loaded on the first chart: vega and vega-lite are megabytes of code and strings that an idle
  // bot would otherwise hold from start (bench/memory.ts).
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile(themed(spec, locale) as unknown as VegaLite.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as a PNG at twice the layout size (sharp on phones). */
export async function chartPng(spec: Record<string, unknown>, locale: string): Promise<Buffer> {
  const svg = await chartSvg(spec, locale);
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
  });
  return resvg.render().asPng();
}
