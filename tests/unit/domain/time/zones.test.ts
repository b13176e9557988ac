import fc from 'fast-check';
import { calendarDaysBetween, endOfDayUtc, localDate, windowsToIana, zoneOrUtc } from '../../../../src/domain/time';

describe('windowsToIana', () => {
  it.each([
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Israel Standard Time', 'Asia/Jerusalem'],
    ['GMT Standard Time', 'Europe/London'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['  Central European Standard Time ', 'Europe/Warsaw'],
    ['Europe/Stockholm', 'Europe/Stockholm'],
    ['UTC', 'Etc/UTC'],
  ])('%j → %s', (windows, iana) => {
    expect(windowsToIana(windows)).toBe(iana);
  });

  it.each(['', 'Not A Zone', 'Mars/Olympus'])('%j → null', (name) => {
    expect(windowsToIana(name)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (name) => windowsToIana(name) === null || typeof windowsToIana(name) === 'string'));
  });
});

describe('zone helpers', () => {
  it('keeps valid zones and falls back to UTC', () => {
    expect(zoneOrUtc('Asia/Jerusalem')).toBe('Asia/Jerusalem');
    expect(zoneOrUtc('nowhere')).toBe('UTC');
    expect(zoneOrUtc(null)).toBe('UTC');
  });

  it('gives the local date of an instant', () => {
    expect(localDate('2026-11-22T23:30:00Z', 'Asia/Jerusalem')).toBe('2026-11-23');
    expect(localDate('2026-11-22T23:30:00Z', 'Europe/London')).toBe('2026-11-22');
  });

  it('ends a day at 23:59:59 local time, in UTC', () => {
    expect(endOfDayUtc('2026-11-27', 'Europe/Stockholm')).toBe('2026-11-27T22:59:59Z');
    expect(endOfDayUtc('2026-07-01', 'Europe/Stockholm')).toBe('2026-07-01T21:59:59Z');
    expect(endOfDayUtc('2026-11-27', 'Asia/Jerusalem')).toBe('2026-11-27T21:59:59Z');
    expect(endOfDayUtc('2026-12-31', 'Pacific/Auckland')).toBe('2026-12-31T10:59:59Z');
  });

  it('counts calendar days in a zone', () => {
    expect(calendarDaysBetween('2026-11-23T22:30:00Z', '2026-11-24T06:00:00Z', 'Asia/Jerusalem')).toBe(0);
    expect(calendarDaysBetween('2026-11-23T21:30:00Z', '2026-11-24T06:00:00Z', 'UTC')).toBe(1);
    expect(calendarDaysBetween('2026-03-27T08:00:00Z', '2026-03-30T08:00:00Z', 'Europe/Stockholm')).toBe(3);
  });
});
