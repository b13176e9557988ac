/**
 * The talk-less self-check (practice P2, goal T1: the report talks most). After a 1:1 the manager estimates the share
 * of the time they talked (0–100). The goal is at most 40%: clearly less than half, leaving the report the larger part.
 */
export const TALK_GOAL_MAX = 40;
/** The trend is judged on the last few 1:1s, so one long briefing does not set off the prompt. */
export const TALK_TREND_WINDOW = 3;

export interface TalkPoint {
  meetingId: string;
  start: string;
  share: number;
}

/** The estimates of the meetings given, oldest first; meetings without an estimate are left out. */
export function talkTrend(shares: Readonly<Record<string, number>>, meetings: ReadonlyArray<{ iCalUId: string | null; start: string }>): TalkPoint[] {
  return meetings
    .filter((m): m is { iCalUId: string; start: string } => m.iCalUId !== null && typeof shares[m.iCalUId] === 'number')
    .map((m) => ({ meetingId: m.iCalUId, start: m.start, share: shares[m.iCalUId]! }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The average share of the last few estimates, or null without any. */
export function recentAverage(points: readonly TalkPoint[]): number | null {
  const recent = points.slice(-TALK_TREND_WINDOW);
  return recent.length ? Math.round(recent.reduce((sum, p) => sum + p.share, 0) / recent.length) : null;
}

/** True when, on average over the last few 1:1s, the manager talked more than the goal allows. */
export const talkTrendOff = (points: readonly TalkPoint[]): boolean => (recentAverage(points) ?? 0) > TALK_GOAL_MAX;

/** Clamps an estimate to whole percent within 0–100. */
export const clampShare = (value: number): number => Math.min(100, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));
