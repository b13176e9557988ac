import { attentionOrder, cadenceStats, sayDoRatio, type AttentionInput } from '../../../../src/domain/cadence';
import type { OccurrenceRecord } from '../../../../src/domain/follow-ups';
import type { PlannerTask } from '../../../../src/domain/model/tasks';

const NOW = '2026-11-25T12:00:00Z';
const record = (start: string, state: OccurrenceRecord['state'], moved = false): OccurrenceRecord => ({ iCalUId: null, start, originalStart: start, state, moved });
const weekly = (states: Array<OccurrenceRecord['state'] | 'moved'>): OccurrenceRecord[] =>
  // Mondays going back from 23 Nov 2026, oldest first.
  states.map((s, i) => {
    const day = new Date(Date.parse('2026-11-23T08:00:00Z') - (states.length - 1 - i) * 7 * 86_400_000).toISOString();
    return s === 'moved' ? record(day, 'held', true) : record(day, s);
  });

describe('cadenceStats', () => {
  it('counts the streak back from the latest past occurrence; a move keeps it, a cancellation breaks it', () => {
    const stats = cadenceStats([...weekly(['held', 'cancelled', 'held', 'moved', 'held']), record('2026-11-30T08:00:00Z', 'upcoming')], NOW);
    expect(stats.streak).toBe(3);
    expect(stats.lastHeld).toBe('2026-11-23T08:00:00.000Z');
    expect(stats.daysSinceLast).toBe(2);
    expect(stats.next).toBe('2026-11-30T08:00:00Z');
  });

  it('counts held, cancelled and moved in the window only', () => {
    const stats = cadenceStats(weekly(['cancelled', 'cancelled', 'held', 'moved', 'cancelled', 'held', 'moved', 'held', 'held', 'held']), NOW);
    expect(stats.window).toEqual({ weeks: 8, held: 7, cancelled: 1, moved: 2 });
    expect(cadenceStats(weekly(['cancelled', 'held']), NOW, { windowWeeks: 1 }).window).toEqual({ weeks: 1, held: 1, cancelled: 0, moved: 0 });
  });

  it('has no streak and no last 1:1 when none was held', () => {
    const stats = cadenceStats(weekly(['cancelled']), NOW);
    expect(stats).toMatchObject({ streak: 0, daysSinceLast: null, lastHeld: null, next: null });
  });

  it('counts days since the last 1:1 in the given zone', () => {
    const late = [record('2026-11-24T22:30:00Z', 'held')];
    expect(cadenceStats(late, NOW, { timeZone: 'Asia/Jerusalem' }).daysSinceLast).toBe(0);
    expect(cadenceStats(late, NOW).daysSinceLast).toBe(1);
  });
});

let taskCounter = 0;
const task = (over: Partial<PlannerTask>): PlannerTask => ({
  id: `t${(taskCounter += 1)}`,
  planId: 'p',
  bucketId: 'b',
  title: 't',
  assigneeIds: ['m1'],
  startDateTime: null,
  dueDateTime: '2026-11-20T22:59:59Z',
  completedDateTime: null,
  percentComplete: 0,
  isPromise: true,
  createdDateTime: '2026-11-01T00:00:00Z',
  createdByUserId: null,
  createdByAppId: null,
  etag: 'W/"1"',
  ...over,
});

describe('sayDoRatio', () => {
  it('counts promises due by now: kept on time, late, open past due', () => {
    const result = sayDoRatio(
      [
        task({ completedDateTime: '2026-11-19T10:00:00Z', percentComplete: 100 }),
        task({ completedDateTime: '2026-11-22T10:00:00Z', percentComplete: 100 }),
        task({}),
        task({ percentComplete: 100 }),
        task({ dueDateTime: '2026-12-01T22:59:59Z' }),
        task({ dueDateTime: null }),
        task({ isPromise: false }),
      ],
      NOW,
    );
    expect(result).toEqual({ due: 4, keptOnTime: 2, late: 1, openPastDue: 1, ratio: 0.5 });
  });

  it('has no ratio while nothing is due', () => {
    expect(sayDoRatio([task({ dueDateTime: '2026-12-01T00:00:00Z' })], NOW).ratio).toBeNull();
  });
});

describe('attentionOrder', () => {
  const base = (id: string, over: Partial<AttentionInput['cadence']> = {}, sayDo: Partial<AttentionInput['sayDo']> = {}): AttentionInput => ({
    id,
    name: id,
    cadence: { streak: 4, daysSinceLast: 3, lastHeld: '2026-11-22T08:00:00Z', next: '2026-11-30T08:00:00Z', window: { weeks: 8, held: 7, cancelled: 0, moved: 0 }, ...over },
    sayDo: { due: 2, keptOnTime: 2, late: 0, openPastDue: 0, ratio: 1, ...sayDo },
  });

  it('puts who needs the manager first, with the reasons heaviest first', () => {
    const order = attentionOrder([
      base('Anna'),
      base('Bo', { daysSinceLast: 30, streak: 0, window: { weeks: 8, held: 4, cancelled: 3, moved: 1 } }),
      base('Cy', { daysSinceLast: null, lastHeld: null, streak: 0, next: null }),
      base('Di', {}, { due: 4, keptOnTime: 1, openPastDue: 2, ratio: 0.25 }),
      base('Ed', { window: { weeks: 8, held: 7, cancelled: 0, moved: 4 } }),
    ]);
    expect(order.map((e) => e.id)).toEqual(['Bo', 'Cy', 'Di', 'Ed', 'Anna']);
    expect(order[0]!.reasons.map((r) => r.code)).toEqual(['longGap', 'cancellations', 'streakBroken']);
    expect(order[0]!.reasons[0]).toEqual({ code: 'longGap', days: 30 });
    expect(order[1]!.reasons.map((r) => r.code)).toEqual(['neverMet', 'noNextOneOnOne']);
    expect(order[2]!.reasons).toEqual([{ code: 'promisesPastDue', count: 2 }, { code: 'lowSayDo', ratio: 0.25 }]);
    expect(order[3]!.reasons).toEqual([{ code: 'moves', count: 4 }]);
    expect(order[4]).toEqual({ id: 'Anna', name: 'Anna', score: 0, reasons: [] });
  });

  it('keeps ties in name order', () => {
    expect(attentionOrder([base('Zed'), base('Ada'), base('Mo')]).map((e) => e.id)).toEqual(['Ada', 'Mo', 'Zed']);
  });
});
