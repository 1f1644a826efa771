// The pairing part of /report and /export (core/report.ts): mentorships asked
// in the span and what became of them, and for every peer round how many said
// they met. Declines are a coordinator's business (docs/privacy.md "decline"):
// a group hears only how many mentorships run, and meeting rates of five or
// more people.

import type { JobContext } from '../../core/job-context.ts';
import { mayShowAggregate, smallestGroupFrom } from '../../core/privacy.ts';
import type { ReportRequest, ReportSection } from '../../core/report.ts';
import type { PeerAnswer } from '../../core/store.ts';
import { dayIn, inRange, percent } from '../shared/report-periods.ts';

export async function pairingReport(request: ReportRequest, job: JobContext): Promise<ReportSection[]> {
  const sections = [...(await mentorships(request, job)), ...(await peerRounds(request, job))];
  return sections;
}

async function mentorships(request: ReportRequest, job: JobContext): Promise<ReportSection[]> {
  const t = (id: string, args?: Record<string, string | number>) => job.t(request.locale, id, args);
  const asked = (
    await job.store.mentorships.ofCohort(request.cohort.id, ['asked', 'accepted', 'declined', 'timed_out', 'ended'])
  ).filter((m) => inRange(m.askedAt ?? m.createdAt, request));
  if (asked.length === 0) return [];
  const count = (...statuses: string[]) => asked.filter((m) => statuses.includes(m.status)).length;
  const n = {
    asked: asked.length,
    accepted: count('accepted', 'ended'),
    active: count('accepted'),
    declined: count('declined'),
    timedOut: count('timed_out'),
    waiting: count('asked'),
  };
  const title = t('report-mentorships-title');
  if (request.audience === 'group') {
    return mayShowAggregate(n.active, request.minAggregate)
      ? [{ id: 'pairing', title, summary: [t('report-mentorships-group', { active: n.active })] }]
      : [];
  }
  const label = {
    accepted: t('report-mentorship-status', { status: 'accepted' }),
    active: t('report-mentorship-status', { status: 'active' }),
    declined: t('report-mentorship-status', { status: 'declined' }),
    timedOut: t('report-mentorship-status', { status: 'timed_out' }),
    waiting: t('report-mentorship-status', { status: 'asked' }),
  };
  const bars = [
    { status: t('report-mentorship-status', { status: 'all' }), count: n.asked },
    { status: label.accepted, count: n.accepted },
    { status: label.active, count: n.active },
    { status: label.declined, count: n.declined },
    { status: label.timedOut, count: n.timedOut },
    { status: label.waiting, count: n.waiting },
  ];
  return [
    {
      id: 'pairing',
      title,
      summary: [t('report-mentorships-line', n)],
      chart: {
        title,
        data: { values: bars },
        layer: [
          {
            mark: { type: 'bar' },
            encoding: {
              y: { field: 'status', type: 'nominal', sort: null, title: null },
              x: {
                field: 'count',
                type: 'quantitative',
                title: t('report-axis-mentorships'),
                axis: { tickMinStep: 1 },
              },
              color: { field: 'status', type: 'nominal', sort: null, legend: null },
            },
          },
          {
            mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 },
            encoding: {
              y: { field: 'status', type: 'nominal', sort: null },
              x: { field: 'count', type: 'quantitative' },
              text: { field: 'count', type: 'quantitative' },
            },
          },
        ],
      },
      tables: [
        {
          name: 'mentorships',
          rows: [[t('report-col-status'), t('report-axis-mentorships')], ...bars.map((b) => [b.status, b.count])],
        },
      ],
    },
  ];
}

const ANSWERS: Array<PeerAnswer | null> = ['yes', 'not-yet', 'no', null];

async function peerRounds(request: ReportRequest, job: JobContext): Promise<ReportSection[]> {
  const t = (id: string, args?: Record<string, string | number>) => job.t(request.locale, id, args);
  // A round counts when its "did you meet?" went out (its follow-up), and is dated by it.
  const rounds = (await job.store.peerRounds.ofCohort(request.cohort.id))
    .filter((r) => inRange(r.followUpAt, request))
    .sort((a, b) => a.number - b.number);
  if (rounds.length === 0) return [];
  const rows = rounds.map((round) => {
    const answers = round.groups.flatMap((g) => g.members.map((m) => m.answer));
    const of = (a: PeerAnswer | null) => answers.filter((x) => x === a).length;
    return {
      number: round.number,
      date: dayIn(round.followUpAt, request.timezone),
      people: answers.length,
      yes: of('yes'),
      notYet: of('not-yet'),
      no: of('no'),
      silent: of(null),
    };
  });
  const title = t('report-peers-title');
  const lines = rows.map((r) =>
    request.audience === 'coordinator' || mayShowAggregate(r.people, request.minAggregate)
      ? t('report-peers-line', { ...r, rate: percent(r.yes, r.people) })
      : t('report-peers-hidden', { number: r.number, date: r.date, k: smallestGroupFrom(request.minAggregate) }),
  );
  const section: ReportSection = { id: 'pairing', title, summary: lines };
  if (request.audience === 'group') return [section];
  const answerLabel = (a: PeerAnswer | null) => t('report-peer-answer', { answer: a ?? 'none' });
  section.chart = {
    title,
    data: {
      values: rows.flatMap((r) =>
        ANSWERS.map((a, order) => ({
          round: r.number,
          answer: answerLabel(a),
          order,
          people: a === 'yes' ? r.yes : a === 'not-yet' ? r.notYet : a === 'no' ? r.no : r.silent,
        })),
      ),
    },
    mark: { type: 'bar' },
    encoding: {
      // Numbers only on the axis (its title says "Round"); a long run drops labels that would overlap.
      x: {
        field: 'round',
        type: 'ordinal',
        title: t('report-axis-round'),
        axis: { labelAngle: 0, labelOverlap: 'parity' },
      },
      y: { field: 'people', type: 'quantitative', title: t('report-axis-people'), axis: { tickMinStep: 1 } },
      color: { field: 'answer', type: 'nominal', title: null, sort: ANSWERS.map(answerLabel) },
      order: { field: 'order', type: 'quantitative' },
    },
  };
  section.tables = [
    {
      name: 'peer-rounds',
      rows: [
        [t('report-axis-round'), t('report-col-date'), t('report-axis-people'), ...ANSWERS.map(answerLabel)],
        ...rows.map((r) => [r.number, r.date, r.people, r.yes, r.notYet, r.no, r.silent]),
      ],
    },
  ];
  return [section];
}
