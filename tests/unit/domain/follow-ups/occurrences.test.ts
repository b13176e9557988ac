import { isMoved, occurrenceStatus, occurrenceTimeline } from '../../../../src/domain/follow-ups';
import { event } from '../one-on-ones/calendar-cases';

const NOW = '2026-11-25T12:00:00Z';

describe('occurrenceStatus (docs/contracts.md §7)', () => {
  it('a past occurrence in calendarView was held', () => {
    expect(occurrenceStatus(event({ type: 'occurrence', start: '2026-11-23T08:00:00Z' }), NOW)).toEqual({ state: 'held', moved: false });
  });

  it('a future one is upcoming', () => {
    expect(occurrenceStatus(event({ type: 'occurrence', start: '2026-11-30T08:00:00Z' }), new Date(NOW))).toEqual({ state: 'upcoming', moved: false });
  });

  it('an exception whose start differs from its original start was moved (and, when past, held)', () => {
    const moved = event({ type: 'exception', start: '2026-11-24T13:00:00Z', originalStart: '2026-11-23T08:00:00Z' });
    expect(occurrenceStatus(moved, NOW)).toEqual({ state: 'held', moved: true });
  });

  it('compares instants, not their spelling', () => {
    expect(isMoved({ type: 'exception', start: '2026-11-23T08:00:00Z', originalStart: '2026-11-23T08:00:00.0000000Z' })).toBe(false);
    expect(isMoved({ type: 'occurrence', start: '2026-11-24T08:00:00Z', originalStart: '2026-11-23T08:00:00Z' })).toBe(false);
  });

  it('a cancelled copy is cancelled', () => {
    expect(occurrenceStatus(event({ isCancelled: true }), NOW).state).toBe('cancelled');
  });
});

describe('occurrenceTimeline', () => {
  it('merges calendarView with the master’s cancelled occurrences, each once, in order', () => {
    const held = event({ type: 'occurrence', seriesMasterId: 'S1', start: '2026-11-09T08:00:00Z', originalStart: '2026-11-09T08:00:00Z' });
    const moved = event({ type: 'exception', seriesMasterId: 'S1', start: '2026-11-17T13:00:00Z', originalStart: '2026-11-16T08:00:00Z' });
    const next = event({ type: 'occurrence', seriesMasterId: 'S1', start: '2026-11-30T08:00:00Z', originalStart: '2026-11-30T08:00:00Z' });
    const timeline = occurrenceTimeline(
      [next, held, moved, { ...held }, event({ type: 'seriesMaster', id: 'S1' })],
      // 23 Nov was cancelled; 16 Nov is listed too, but it was moved, not cancelled (a stale list), and counts once.
      [{ seriesMasterId: 'S1', cancelledStarts: ['2026-11-23T08:00:00Z', '2026-11-16T08:00:00.0000000Z', '2026-11-23T08:00:00Z'] }],
      NOW,
    );
    expect(timeline.map((r) => [r.start, r.state, r.moved])).toEqual([
      ['2026-11-09T08:00:00Z', 'held', false],
      ['2026-11-17T13:00:00Z', 'held', true],
      ['2026-11-23T08:00:00Z', 'cancelled', false],
      ['2026-11-30T08:00:00Z', 'upcoming', false],
    ]);
    expect(timeline[2]!.iCalUId).toBeNull();
  });
});
