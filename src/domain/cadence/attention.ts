import type { CadenceStats, SayDo } from './statistics';

export type AttentionReason =
  | { code: 'neverMet' }
  | { code: 'longGap'; days: number }
  | { code: 'noNextOneOnOne' }
  | { code: 'streakBroken' }
  | { code: 'cancellations'; count: number }
  | { code: 'moves'; count: number }
  | { code: 'promisesPastDue'; count: number }
  | { code: 'lowSayDo'; ratio: number };

export interface AttentionInput {
  id: string;
  name: string;
  cadence: CadenceStats;
  sayDo: SayDo;
}

export interface AttentionEntry {
  id: string;
  name: string;
  score: number;
  /** Heaviest first; features put them into words. */
  reasons: AttentionReason[];
}

/** Weekly 1:1s: more than two weeks without one is a gap. */
export const LONG_GAP_DAYS = 14;

function weigh(input: AttentionInput): Array<[number, AttentionReason]> {
  const { cadence, sayDo } = input;
  const weighted: Array<[number, AttentionReason]> = [];
  if (cadence.daysSinceLast === null) weighted.push([5, { code: 'neverMet' }]);
  else if (cadence.daysSinceLast > LONG_GAP_DAYS) weighted.push([3 + Math.min(3, Math.floor((cadence.daysSinceLast - LONG_GAP_DAYS) / 7)), { code: 'longGap', days: cadence.daysSinceLast }]);
  if (cadence.next === null) weighted.push([3, { code: 'noNextOneOnOne' }]);
  if (cadence.streak === 0 && cadence.daysSinceLast !== null) weighted.push([2, { code: 'streakBroken' }]);
  if (cadence.window.cancelled >= 2) weighted.push([cadence.window.cancelled, { code: 'cancellations', count: cadence.window.cancelled }]);
  if (cadence.window.moved >= 3) weighted.push([1, { code: 'moves', count: cadence.window.moved }]);
  if (sayDo.openPastDue > 0) weighted.push([2 + Math.min(2, sayDo.openPastDue), { code: 'promisesPastDue', count: sayDo.openPastDue }]);
  if (sayDo.ratio !== null && sayDo.due >= 3 && sayDo.ratio < 0.7) weighted.push([2, { code: 'lowSayDo', ratio: sayDo.ratio }]);
  return weighted.sort((a, b) => b[0] - a[0]);
}

/**
 * Who needs the manager first: missing 1:1s weigh most (no cadence, no trust), then broken promises, then churn in
 * the calendar. Ties keep a stable order by name, so the list does not jump around between syncs.
 */
export function attentionOrder(reports: readonly AttentionInput[]): AttentionEntry[] {
  return reports
    .map((input) => {
      const weighted = weigh(input);
      return { id: input.id, name: input.name, score: weighted.reduce((sum, [w]) => sum + w, 0), reasons: weighted.map(([, r]) => r) };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
