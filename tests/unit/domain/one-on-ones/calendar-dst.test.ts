import { oneOnOnesIn } from '../../../../src/domain/one-on-ones';
import { occurrenceTimeline } from '../../../../src/domain/follow-ups';
import { localDate } from '../../../../src/domain/time';
import { event, team } from './calendar-cases';

// A weekly 1:1 at 10:00 local time: its UTC start moves by an hour when summer time begins or ends.
const weekly = (zone: string, startsUtc: string[]) =>
  startsUtc.map((start, i) =>
    event({ type: 'occurrence', seriesMasterId: `S-${zone}`, iCalUId: `${zone}-${i}`, start, originalStart: start, timeZone: zone, subject: '1:1' }),
  );

describe('calendar cases across DST changes', () => {
  it('Israel, spring (summer time from Friday 27 Mar 2026): every Thursday once, still 10:00 local', () => {
    const series = weekly('Asia/Jerusalem', ['2026-03-19T08:00:00Z', '2026-03-26T08:00:00Z', '2026-04-02T07:00:00Z', '2026-04-09T07:00:00Z']);
    const found = oneOnOnesIn([...series, series[2]!], team);
    expect(found.map((f) => localDate(f.event.start, 'Asia/Jerusalem'))).toEqual(['2026-03-19', '2026-03-26', '2026-04-02', '2026-04-09']);
    expect(found.every((f) => f.classification.confidence === 'high')).toBe(true);
  });

  it('Israel, autumn (winter time from Sunday 25 Oct 2026): a cancelled occurrence after the change counts once', () => {
    const series = weekly('Asia/Jerusalem', ['2026-10-19T07:00:00Z', '2026-11-02T08:00:00Z']);
    const timeline = occurrenceTimeline(series, [{ seriesMasterId: 'S-Asia/Jerusalem', cancelledStarts: ['2026-10-26T08:00:00Z'] }], '2026-11-05T00:00:00Z');
    expect(timeline.map((r) => [localDate(r.start, 'Asia/Jerusalem'), r.state])).toEqual([
      ['2026-10-19', 'held'],
      ['2026-10-26', 'cancelled'],
      ['2026-11-02', 'held'],
    ]);
  });

  it('Europe, spring (summer time from Sunday 29 Mar 2026): Monday 1:1s keep their local day', () => {
    const series = weekly('Europe/Stockholm', ['2026-03-23T09:00:00Z', '2026-03-30T08:00:00Z']);
    expect(oneOnOnesIn(series, team).map((f) => localDate(f.event.start, 'Europe/Stockholm'))).toEqual(['2026-03-23', '2026-03-30']);
  });

  it('Europe, autumn (winter time from Sunday 25 Oct 2026): an exception moved to another day across the change', () => {
    const moved = event({
      type: 'exception',
      seriesMasterId: 'S-EU',
      iCalUId: 'eu-1',
      start: '2026-10-27T13:00:00Z',
      originalStart: '2026-10-26T09:00:00Z',
      timeZone: 'Europe/Stockholm',
    });
    const before = event({ type: 'occurrence', seriesMasterId: 'S-EU', iCalUId: 'eu-0', start: '2026-10-19T08:00:00Z', originalStart: '2026-10-19T08:00:00Z' });
    const found = oneOnOnesIn([moved, before], team);
    expect(found.map((f) => f.event.iCalUId)).toEqual(['eu-0', 'eu-1']);
    const timeline = occurrenceTimeline([moved, before], [], '2026-11-01T00:00:00Z');
    expect(timeline.map((r) => [localDate(r.start, 'Europe/Stockholm'), r.state, r.moved])).toEqual([
      ['2026-10-19', 'held', false],
      ['2026-10-27', 'held', true],
    ]);
  });

  it('an exception moved to the same time is not a move', () => {
    const same = event({ type: 'exception', seriesMasterId: 'S', start: '2026-10-26T09:00:00.0000000Z', originalStart: '2026-10-26T09:00:00Z' });
    expect(occurrenceTimeline([same], [], '2026-11-01T00:00:00Z')[0]!.moved).toBe(false);
  });
});
