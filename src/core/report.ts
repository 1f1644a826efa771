// Reports are assembled from every feature's own part: a feature that holds
// data a coordinator reports on (members, check-ins, pairing, gatherings,
// surveys) implements `Feature.report` and returns its sections; the reports
// feature renders them (charts to PNG, text summaries, CSV and wikitext
// exports) without knowing the features. Privacy (docs/privacy.md) is the
// section's author's job: a section says whether it may reach a group.

import type { Cohort } from './store.ts';

/** What a report is asked for. */
export interface ReportRequest {
  cohort: Cohort;
  /** Only what happened in [since, until). */
  since: Date;
  until: Date;
  /** The reader's language and timezone (titles, axes, dates). */
  locale: string;
  timezone: string;
  /**
   * Who reads it: a coordinator in private (names allowed where docs/privacy.md
   * allows them to coordinators), or the group (aggregates of 5 or more people only).
   */
  audience: 'coordinator' | 'group';
  /**
   * The cohort's smallest group shown (core/privacy.ts smallestGroupOf):
   * aggregates over fewer people are shown only in a coordinator's private
   * view. Undefined: MIN_AGGREGATE.
   */
  minAggregate?: number;
  /** Only these section ids (from `/report --what`); undefined: all. */
  only?: readonly string[];
}

/** A table for exports: the first row is the header. */
export interface ReportTable {
  /** File-friendly name ("checkins-per-occurrence"). */
  name: string;
  rows: Array<Array<string | number>>;
}

/** One part of a report: a picture, the numbers behind it, and tables to export. */
export interface ReportSection {
  /** Stable id, also the `--what` word: members, checkins, pairing, gatherings, surveys. */
  id: string;
  /** Localized title. */
  title: string;
  /**
   * The numbers behind the chart, one line each (screen readers, the text summary), in the
   * bot's markup as `t` returns it: user text escaped (the reports feature strips it for files).
   */
  summary: string[];
  /** A Vega-Lite spec with inline data, titles and axes already localized; rendered by the reports feature. */
  chart?: Record<string, unknown>;
  /**
   * How many people the chart is about (the most it counts at once): a chart of fewer than the
   * cohort's k-threshold is not drawn, "nothing to show yet" stands in its place (docs/reports.md).
   */
  chartPeople?: number;
  tables?: ReportTable[];
}
