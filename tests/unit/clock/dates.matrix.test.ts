import { DateTime } from 'luxon';
import { cadenceStats } from '../../../src/domain/cadence';
import type { OccurrenceRecord } from '../../../src/domain/follow-ups';
import { calendarDaysBetween, localDate, resolveDue } from '../../../src/domain/time';
import type { Locale } from '../../../src/i18n/locale';
import { CLOCK_ZONES, clockInstants } from '../../support/clock-matrix';

/**
 * The domain's date rules at every instant of the clock matrix (tests/support/clock-matrix.ts), for managers in four
 * zones, with the machine's own zone switched under them: the answers depend on the instant and the manager's zone,
 * never on the machine's. `npm test` runs one instant; `npm run test:clock` runs them all under every TZ.
 */
const MANAGER_ZONES = ['Europe/Stockholm', 'Asia/Jerusalem', 'America/Los_Angeles', 'Pacific/Auckland'];
const machineZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = machineZone;
});

/** Runs `work` once per machine zone and expects the same answer each time. */
function sameInEveryMachineZone<T>(work: () => T): T {
  const answers = CLOCK_ZONES.map((zone) => {
    process.env.TZ = zone;
    return JSON.stringify(work());
  });
  process.env.TZ = machineZone;
  expect(new Set(answers).size).toBe(1);
  return JSON.parse(answers[0]!) as T;
}

const FORWARD: Array<[Locale, string]> = [
  ['en', 'tomorrow'], ['en', 'by Friday'], ['en', 'Monday'], ['en', 'next week'], ['en', 'end of week'], ['en', 'end of next week'],
  ['en', 'end of the month'], ['en', 'in two weeks'], ['en', 'end of quarter'],
  ['sv', 'imorgon'], ['sv', 'på fredag'], ['sv', 'nästa vecka'], ['sv', 'slutet av veckan'], ['sv', 'slutet av månaden'],
  ['en', 'before the weekend'], ['sv', 'innan helgen'], ['he', 'לפני סוף השבוע'],
  ['he', 'מחר'], ['he', 'עד יום חמישי'], ['he', 'שבוע הבא'], ['he', 'סוף השבוע'], ['he', 'סוף החודש'],
];

describe.each(clockInstants())('at $label ($iso)', ({ iso }) => {
  describe.each(MANAGER_ZONES)('a 1:1 at that instant in %s', (zone) => {
    const meetingDay = DateTime.fromISO(iso, { zone });
    const day = meetingDay.toISODate()!;

    it('has its calendar day in the manager zone, whatever the machine zone', () => {
      expect(sameInEveryMachineZone(() => localDate(iso, zone))).toBe(day);
    });

    it.each(FORWARD)('reads "%s %s" as a day on or after the meeting day, the same in every machine zone', (locale, text) => {
      const due = sameInEveryMachineZone(() => resolveDue(text, iso, zone, locale));
      if (!due || due.date === null) throw new Error(`"${text}" was not read as one day`);
      expect(due.date >= day).toBe(true);
      // The due instant is the end of that day in the manager's zone.
      expect(DateTime.fromISO(due.dueDateTime, { zone }).toISODate()).toBe(due.date);
      expect(Date.parse(due.dueDateTime)).toBeGreaterThan(Date.parse(iso));
    });

    it('reads "tomorrow" as the next calendar day and a weekday name as that weekday within a week', () => {
      expect(resolveDue('tomorrow', iso, zone, 'en')?.date).toBe(meetingDay.plus({ days: 1 }).toISODate());
      const friday = DateTime.fromISO(resolveDue('Friday', iso, zone, 'en')?.date ?? '');
      expect(friday.weekday).toBe(5);
      expect(friday.diff(DateTime.fromISO(day), 'days').days).toBeGreaterThanOrEqual(1);
      expect(friday.diff(DateTime.fromISO(day), 'days').days).toBeLessThanOrEqual(7);
    });

    it('counts a weekly series held up to that instant: streak, days since the last, the next one', () => {
      const weeklyAt = (weeksFromNow: number): OccurrenceRecord => {
        const start = DateTime.fromISO(iso).minus({ hours: 2 }).plus({ weeks: weeksFromNow }).toUTC().toISO()!;
        return { iCalUId: `w${weeksFromNow}`, start, originalStart: start, state: weeksFromNow < 0 || weeksFromNow === 0 ? 'held' : 'upcoming', moved: false };
      };
      const records = [-3, -2, -1, 0, 1].map(weeklyAt);
      const stats = sameInEveryMachineZone(() => cadenceStats(records, iso, { timeZone: zone }));
      expect(stats.streak).toBe(4);
      expect(stats.daysSinceLast).toBe(calendarDaysBetween(records[3]!.start, iso, zone));
      expect(stats.daysSinceLast).toBeGreaterThanOrEqual(0);
      expect(stats.daysSinceLast).toBeLessThanOrEqual(1);
      expect(stats.next).toBe(records[4]!.start);
    });
  });
});
