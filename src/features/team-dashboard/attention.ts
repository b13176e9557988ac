import type { AttentionLevel, AttentionReason, ReportOverview } from './report-overview';

const DAY_MS = 86_400_000;
/** Weekly or fortnightly 1:1s: more than two weeks without one is a gap worth a word. */
const LONG_GAP_DAYS = 14;
const SOON_DAYS = 2;

type Figures = Omit<ReportOverview, 'attention' | 'report' | 'history'>;

/**
 * Why a report needs the manager now, weighted: missing 1:1s weigh most (no cadence, no trust), broken promises next,
 * then the signals that the next 1:1 is not prepared. The reasons are ordered by weight.
 */
export function attentionOf(figures: Figures, now: Date): ReportOverview['attention'] {
  const weighted: Array<[number, AttentionReason]> = [];
  if (figures.daysSinceLast === null) weighted.push([4, { kind: 'never-met' }]);
  else if (figures.daysSinceLast > LONG_GAP_DAYS) weighted.push([3, { kind: 'long-gap', days: figures.daysSinceLast }]);
  if (!figures.next) weighted.push([3, { kind: 'no-next' }]);
  const changed = figures.cancelledLast8Weeks + figures.movedLast8Weeks;
  if (changed >= 2) weighted.push([changed >= 3 ? 3 : 2, { kind: 'cancellations', count: changed }]);
  if (figures.sayDo && figures.sayDo.latePastDue > 0) weighted.push([2 + Math.min(figures.sayDo.latePastDue, 2), { kind: 'promises-late', count: figures.sayDo.latePastDue }]);
  if (figures.next && !figures.next.hasAgenda && Date.parse(figures.next.start) - now.getTime() <= SOON_DAYS * DAY_MS) weighted.push([1, { kind: 'no-agenda' }]);
  if (figures.topics && figures.topics.length > 0) weighted.push([1, { kind: 'topics', count: figures.topics.length }]);
  weighted.sort((a, b) => b[0] - a[0]);
  const score = weighted.reduce((sum, [w]) => sum + w, 0);
  const level: AttentionLevel = score >= 3 ? 'attention' : score >= 1 ? 'watch' : 'on-track';
  return { level, score, reasons: weighted.map(([, reason]) => reason) };
}
