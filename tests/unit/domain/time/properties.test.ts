import fc from 'fast-check';
import { endOfDayUtc, localDate, resolveDue } from '../../../../src/domain/time';

const zones = fc.constantFrom('Europe/Stockholm', 'Asia/Jerusalem', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Pacific/Chatham', 'UTC');
const instants = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

describe('time properties', () => {
  it('the end of a day is on that day in its zone, and the next second is the next day', () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const date = localDate(instant, zone);
        const end = endOfDayUtc(date, zone);
        expect(localDate(end, zone)).toBe(date);
        expect(localDate(new Date(Date.parse(end) + 1000).toISOString(), zone)).not.toBe(date);
        return true;
      }),
    );
  });

  it('resolveDue never throws, and "by <weekday>" is 1–7 days after the meeting day', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), instants, zones, fc.constantFrom('en' as const, 'he' as const, 'sv' as const), (text, start, zone, locale) => {
        resolveDue(text, start, zone, locale);
        const due = resolveDue('by Friday', start, zone, locale)!;
        const days = (Date.parse(`${due.date}T00:00:00Z`) - Date.parse(`${localDate(start, zone)}T00:00:00Z`)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(1);
        expect(days).toBeLessThanOrEqual(7);
        expect(new Date(`${due.date}T00:00:00Z`).getUTCDay()).toBe(5);
        return true;
      }),
    );
  });
});
