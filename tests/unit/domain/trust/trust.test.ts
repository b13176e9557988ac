import { PRACTICE_FOR_SIGN, practiceToWorkOn, signalsTrend, trendDirection, withSignalsCheck } from '../../../../src/domain/trust/signals';
import { TALK_GOAL_MAX, clampShare, recentAverage, talkTrend, talkTrendOff } from '../../../../src/domain/trust/talk-share';
import { SIGNS } from '../../../../src/domain/content/signs';
import { isPracticeId } from '../../../../src/domain/content/practices';

describe('trust signals', () => {
  const checks = [
    { date: '2026-11-20', high: ['S1', 'S3'], warning: ['W1'] },
    { date: '2026-10-30', high: ['S1'], warning: ['W1', 'W2'] },
  ];

  it('orders checks by date and measures the balance of good and warning signs', () => {
    expect(signalsTrend(checks)).toEqual([
      { date: '2026-10-30', high: 1, warning: 2, balance: -1 },
      { date: '2026-11-20', high: 2, warning: 1, balance: 1 },
    ]);
    expect(trendDirection(signalsTrend(checks))).toBe('better');
    expect(trendDirection(signalsTrend([...checks, { date: '2026-12-10', high: [], warning: ['W4'] }]))).toBe('worse');
    expect(trendDirection(signalsTrend(checks.slice(0, 1)))).toBeNull();
  });

  it('suggests the practice behind the most urgent warning sign first', () => {
    expect(practiceToWorkOn(checks)).toEqual({ practiceId: 'P2', because: { kind: 'warning-seen', sign: 'W1' } });
    expect(practiceToWorkOn([{ date: '2026-11-01', high: [], warning: ['W3', 'W2'] }])).toEqual({ practiceId: 'P3', because: { kind: 'warning-seen', sign: 'W2' } });
  });

  it('then the practice behind a missing good sign, and nothing when all is well', () => {
    expect(practiceToWorkOn([{ date: '2026-11-01', high: ['S1', 'S3', 'S4'], warning: [] }])).toEqual({ practiceId: 'P6', because: { kind: 'good-sign-missing', sign: 'S2' } });
    expect(practiceToWorkOn([{ date: '2026-11-01', high: ['S1', 'S2', 'S3', 'S4'], warning: [] }])).toBeNull();
    expect(practiceToWorkOn([])).toBeNull();
  });

  it('maps every sign to a real practice', () => {
    for (const sign of SIGNS) expect(isPracticeId(PRACTICE_FOR_SIGN[sign.id])).toBe(true);
  });

  it('replaces a check made the same day', () => {
    const next = withSignalsCheck(checks, { date: '2026-11-20', high: ['S1', 'S2', 'S3'], warning: [] });
    expect(next.map((c) => [c.date, c.high.length])).toEqual([['2026-10-30', 1], ['2026-11-20', 3]]);
  });
});

describe('the talk-less check', () => {
  const meetings = [
    { iCalUId: 'c', start: '2026-11-17T09:00:00Z' },
    { iCalUId: 'a', start: '2026-11-03T09:00:00Z' },
    { iCalUId: null, start: '2026-11-10T09:00:00Z' },
    { iCalUId: 'b', start: '2026-11-10T09:00:00Z' },
    { iCalUId: 'd', start: '2026-11-24T09:00:00Z' },
  ];

  it('lists estimates oldest first and leaves out meetings without one', () => {
    expect(talkTrend({ a: 70, b: 55, c: 30 }, meetings).map((p) => [p.meetingId, p.share])).toEqual([['a', 70], ['b', 55], ['c', 30]]);
  });

  it('is off when the last three 1:1s average above the goal, on when below', () => {
    const off = talkTrend({ a: 70, b: 55, c: 30 }, meetings);
    expect(recentAverage(off)).toBe(52);
    expect(talkTrendOff(off)).toBe(true);
    const on = talkTrend({ a: 70, b: 35, c: 30, d: 25 }, meetings);
    expect(recentAverage(on)).toBe(30);
    expect(talkTrendOff(on)).toBe(false);
    expect(talkTrendOff([])).toBe(false);
    expect(recentAverage([])).toBeNull();
    expect(TALK_GOAL_MAX).toBeLessThan(50);
  });

  it('keeps estimates to whole percent within 0–100', () => {
    expect([clampShare(-5), clampShare(33.6), clampShare(140), clampShare(Number.NaN)]).toEqual([0, 34, 100, 0]);
  });
});
