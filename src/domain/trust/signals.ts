import type { PracticeId } from '../content/practices';
import type { HighTrustSignId, SignId, WarningSignId } from '../content/signs';
import type { SignalsCheck } from '../model/document';

/**
 * Which practice answers which sign: a warning sign present, or a high-trust sign missing, points to the practice
 * that most directly rebuilds it. Our reading of the trust content:
 * - loud silence (W1) and nobody coming for advice (S3): the manager talks and solves too much → listen (P2);
 * - "all fine" (W2) and problems raised late (S1): bad news is not safe to bring → stand behind the team (P3);
 * - everything in writing (W3): the manager's word is not trusted → promise only what you can keep (P4);
 * - rumours (W4): people fill the gaps the manager leaves → transparency (P1);
 * - no open debate (S2): disagreeing feels risky → show vulnerability (P6);
 * - people leaving (S4 missing): unpredictability wears people out → consistency (P7).
 */
export const PRACTICE_FOR_SIGN: Readonly<Record<SignId, PracticeId>> = {
  W1: 'P2',
  W2: 'P3',
  W3: 'P4',
  W4: 'P1',
  S1: 'P3',
  S2: 'P6',
  S3: 'P2',
  S4: 'P7',
};

/** Warning signs weigh more than a missing good sign; among each, the order is the order of urgency. */
const WARNING_ORDER: readonly WarningSignId[] = ['W2', 'W1', 'W4', 'W3'];
const HIGH_ORDER: readonly HighTrustSignId[] = ['S1', 'S2', 'S3', 'S4'];

export interface SignalsPoint {
  date: string;
  high: number;
  warning: number;
  /** High-trust signs seen minus warning signs seen: -4 … 4. */
  balance: number;
}

export const byDate = (checks: readonly SignalsCheck[]): SignalsCheck[] => [...checks].sort((a, b) => a.date.localeCompare(b.date));

export const signalsTrend = (checks: readonly SignalsCheck[]): SignalsPoint[] =>
  byDate(checks).map((c) => ({ date: c.date, high: c.high.length, warning: c.warning.length, balance: c.high.length - c.warning.length }));

/** Better, worse or the same since the check before the last; null with fewer than two checks. */
export function trendDirection(points: readonly SignalsPoint[]): 'better' | 'worse' | 'same' | null {
  if (points.length < 2) return null;
  const delta = points[points.length - 1]!.balance - points[points.length - 2]!.balance;
  return delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
}

export interface PracticeSuggestion {
  practiceId: PracticeId;
  because: { kind: 'warning-seen'; sign: WarningSignId } | { kind: 'good-sign-missing'; sign: HighTrustSignId };
}

/** The practice to work on next, from the latest check, with the sign that points to it; null when all is well. */
export function practiceToWorkOn(checks: readonly SignalsCheck[]): PracticeSuggestion | null {
  const latest = byDate(checks).at(-1);
  if (!latest) return null;
  const warning = WARNING_ORDER.find((sign) => latest.warning.includes(sign));
  if (warning) return { practiceId: PRACTICE_FOR_SIGN[warning], because: { kind: 'warning-seen', sign: warning } };
  const missing = HIGH_ORDER.find((sign) => !latest.high.includes(sign));
  if (missing) return { practiceId: PRACTICE_FOR_SIGN[missing], because: { kind: 'good-sign-missing', sign: missing } };
  return null;
}

/** Records a check, replacing one made the same day (a second look the same day corrects the first). */
export function withSignalsCheck(checks: readonly SignalsCheck[], check: SignalsCheck): SignalsCheck[] {
  return byDate([...checks.filter((c) => c.date !== check.date), check]);
}
