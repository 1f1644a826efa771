// Results: counts and shares for choices and yes/no, mean and median for
// scales, and free texts shuffled (coordinators only). Nothing is shown for a
// question, a version or a before/after pairing fewer than the cohort's
// threshold `k` answered (5 unless set, never under 3: /survey threshold),
// named or anonymous; nothing ever names who answered what.

import { randomInt } from 'node:crypto';
import { escapeHtml } from '../../core/markup.ts';
import type { Store, Survey, SurveyAnswers } from '../../core/store.ts';
import { definitionOf, type Question, type SurveyDefinition, scaleOf, textIn } from './model.ts';

export interface VersionAnswers {
  number: number;
  def: SurveyDefinition;
  /** One entry per respondent, without who they are. */
  answers: SurveyAnswers[];
}

/** Every version's finished answers (anonymous rows, or named participants who completed). */
export async function answersOf(store: Store, survey: Survey): Promise<VersionAnswers[]> {
  const versions = await store.surveys.versions(survey.id);
  const rows = survey.anonymous
    ? (await store.surveys.anonymousResponses(survey.id)).map((r) => ({ versionId: r.versionId, answers: r.answers }))
    : (await store.surveys.participants(survey.id)).filter((p) => p.completed);
  return versions.map((v) => ({
    number: v.number,
    def: definitionOf(v.definition),
    answers: rows.filter((r) => r.versionId === v.id).map((r) => r.answers),
  }));
}

type T = (id: string, args?: Record<string, string | number>) => string;

const pct = (n: number, of: number) => Math.round((100 * n) / of);

export function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function shuffled<X>(items: X[]): X[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The lines for one question; `texts`: whether free texts may be shown (coordinators in private). */
export function questionLines(
  q: Question,
  all: SurveyAnswers[],
  locale: string,
  t: T,
  texts: boolean,
  k: number,
): string[] {
  const given = all.map((a) => a[q.id]).filter((v) => v !== null && v !== undefined);
  const head = `<b>${escapeHtml(textIn(q.text, locale))}</b>`;
  if (given.length < k) return [head, t('survey-k-too-few', { k })];
  const lines = [head, t('survey-results-answered', { n: given.length })];
  const scale = scaleOf(q.type);
  if (q.type === 'single' || q.type === 'multi') {
    (q.options ?? []).forEach((o, i) => {
      const n = given.filter((v) => (Array.isArray(v) ? v.includes(i) : v === i)).length;
      lines.push(t('survey-results-option', { option: textIn(o, locale), n, pct: pct(n, given.length) }));
    });
  } else if (scale) {
    const values = given.map(Number);
    lines.push(t('survey-results-scale', { mean: fmt(mean(values)), median: fmt(median(values)), max: scale.max }));
    const counts: string[] = [];
    for (let v = scale.min; v <= scale.max; v++) counts.push(`${v}: ${values.filter((x) => x === v).length}`);
    lines.push(counts.join(' · '));
  } else if (q.type === 'yesno') {
    for (const answer of ['yes', 'no'] as const) {
      const n = given.filter((v) => v === answer).length;
      lines.push(t('survey-results-option', { option: t(`button-survey-${answer}`), n, pct: pct(n, given.length) }));
    }
  } else if (texts) {
    // Shuffled: the order of answers says nothing about who wrote which.
    for (const text of shuffled(given.map(String)).slice(0, 30)) lines.push(`• ${escapeHtml(text.slice(0, 300))}`);
  } else {
    lines.push(t('survey-results-texts-hidden'));
  }
  return lines;
}

/** The coordinator's results of a survey, version by version (newest first). */
export async function resultsText(
  store: Store,
  survey: Survey,
  locale: string,
  t: T,
  texts: boolean,
  k: number,
): Promise<string> {
  const lines = [
    t('survey-results-title', {
      number: survey.number,
      title: survey.title,
      status: t('survey-status-word', { status: survey.status }),
    }),
  ];
  const versions = (await answersOf(store, survey)).filter((v) => v.answers.length > 0).reverse();
  if (versions.length === 0) lines.push(t('survey-results-none'));
  for (const v of versions) {
    if (versions.length > 1) lines.push('', t('survey-results-version', { n: v.number }));
    if (v.answers.length < k) {
      lines.push(t('survey-k-too-few-people', { k }));
      continue;
    }
    lines.push(t('survey-results-people', { n: v.answers.length }));
    for (const q of v.def.questions) lines.push('', ...questionLines(q, v.answers, locale, t, texts, k));
  }
  const change = (await selfAssessmentChange(store, survey, locale, t, k)).map((c) => c.line);
  if (change.length > 0) lines.push('', ...change);
  return lines.join('\n');
}

/** One theme's before/after: the line to show, and the numbers when they pass the threshold. */
export interface ThemeChange {
  theme: string;
  line: string;
  before?: number;
  after?: number;
  change?: number;
}

/**
 * Before and after, theme by theme: this self-assessment against the cohort's
 * previous one. Named: the mean of each person's own change (people who
 * answered both, k or more). Anonymous: the two means, each of k or more.
 * The first entry is the heading line (no theme).
 */
export async function selfAssessmentChange(
  store: Store,
  after: Survey,
  locale: string,
  t: T,
  k: number,
): Promise<ThemeChange[]> {
  if (after.template !== 'self-assessment') return [];
  const before = (await store.surveys.ofCohort(after.cohortId))
    .filter((s) => s.template === 'self-assessment' && s.number < after.number)
    .at(-1);
  if (!before) return [];
  const [a, b] = [await answersOf(store, after), await answersOf(store, before)];
  const def = a.at(-1)!.def;
  const out: ThemeChange[] = [
    { theme: '', line: t('survey-change-title', { before: before.number, after: after.number }) },
  ];
  const paired = !after.anonymous && !before.anonymous;
  const byPerson = paired ? await pairedAnswers(store, before, after) : [];
  const vals = (versions: VersionAnswers[], id: string) =>
    versions.flatMap((v) => v.answers.map((x) => x[id])).filter((x): x is number => typeof x === 'number');
  for (const q of def.questions) {
    const theme = textIn(q.text, locale);
    const tooFew = { theme, line: t('survey-k-change-too-few', { question: theme, k }) };
    if (paired) {
      const pairs = byPerson
        .map(([x, y]) => [x[q.id], y[q.id]])
        .filter((pair): pair is [number, number] => typeof pair[0] === 'number' && typeof pair[1] === 'number');
      if (pairs.length < k) {
        out.push(tooFew);
        continue;
      }
      const change = mean(pairs.map(([x, y]) => y - x));
      out.push({
        theme,
        before: mean(pairs.map(([x]) => x)),
        after: mean(pairs.map(([, y]) => y)),
        change,
        line: t('survey-change-paired', { question: theme, change: signed(change), n: pairs.length }),
      });
      continue;
    }
    const [x, y] = [vals(b, q.id), vals(a, q.id)];
    if (x.length < k || y.length < k) {
      out.push(tooFew);
      continue;
    }
    const [mx, my] = [mean(x), mean(y)];
    out.push({
      theme,
      before: mx,
      after: my,
      change: my - mx,
      line: t('survey-change-means', { question: theme, before: fmt(mx), after: fmt(my), change: signed(my - mx) }),
    });
  }
  return out;
}

const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : fmt(n));

async function pairedAnswers(
  store: Store,
  before: Survey,
  after: Survey,
): Promise<Array<[SurveyAnswers, SurveyAnswers]>> {
  const first = new Map(
    (await store.surveys.participants(before.id)).filter((p) => p.completed).map((p) => [p.membershipId, p.answers]),
  );
  return (await store.surveys.participants(after.id))
    .filter((p) => p.completed && first.has(p.membershipId))
    .map((p) => [first.get(p.membershipId)!, p.answers]);
}
