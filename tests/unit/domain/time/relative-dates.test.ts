import { resolveDue } from '../../../../src/domain/time';
import type { Locale } from '../../../../src/i18n/locale';

// Monday 23 November 2026, 10:00 in Stockholm.
const MONDAY = '2026-11-23T09:00:00Z';

describe('resolveDue: the words of each language', () => {
  it.each<[string, Locale, string | null]>([
    ['by Friday', 'en', '2026-11-27'],
    ['Fri', 'en', '2026-11-27'],
    ['Friday EOD', 'en', '2026-11-27'],
    ['(Thu)', 'en', '2026-11-26'],
    ['Monday', 'en', '2026-11-30'],
    ['next Monday', 'en', '2026-11-30'],
    ['today', 'en', '2026-11-23'],
    ['tomorrow', 'en', '2026-11-24'],
    ['the day after tomorrow', 'en', '2026-11-25'],
    ['next week', 'en', '2026-11-30'],
    ['in two weeks', 'en', '2026-12-07'],
    ['within 3 days', 'en', '2026-11-26'],
    ['in a month', 'en', '2026-12-23'],
    ['next month', 'en', '2026-12-01'],
    ['end of week', 'en', '2026-11-27'],
    ['end of next week', 'en', '2026-12-04'],
    ['end of the month', 'en', '2026-11-30'],
    ['end of next month', 'en', '2026-12-31'],
    ['end of quarter', 'en', '2026-12-31'],
    ['week 49', 'en', '2026-12-04'],
    ['wk 50', 'en', '2026-12-11'],
    ['2026-12-03', 'en', '2026-12-03'],
    ['12/24', 'en', '2026-12-24'],
    ['24/12', 'en', '2026-12-24'],
    ['Dec 3rd', 'en', '2026-12-03'],
    ['3 December 2027', 'en', '2027-12-03'],
    ['Fri, Nov 27', 'en', '2026-11-27'],
    ['12/24/2026', 'en', '2026-12-24'],
    ['fredag', 'sv', '2026-11-27'],
    ['senast fre', 'sv', '2026-11-27'],
    ['på torsdag', 'sv', '2026-11-26'],
    ['imorgon', 'sv', '2026-11-24'],
    ['i morgon', 'sv', '2026-11-24'],
    ['i övermorgon', 'sv', '2026-11-25'],
    ['idag', 'sv', '2026-11-23'],
    ['nästa vecka', 'sv', '2026-11-30'],
    ['om två veckor', 'sv', '2026-12-07'],
    ['om 10 dagar', 'sv', '2026-12-03'],
    ['slutet av månaden', 'sv', '2026-11-30'],
    ['slutet av veckan', 'sv', '2026-11-27'],
    ['v. 48', 'sv', '2026-11-27'],
    ['v48', 'sv', '2026-11-27'],
    ['vecka 51', 'sv', '2026-12-18'],
    ['3/12', 'sv', '2026-12-03'],
    ['3 dec', 'sv', '2026-12-03'],
    ['den 3:e december', 'sv', '2026-12-03'],
    ['fre 4 dec.', 'sv', '2026-12-04'],
    ['עד יום שישי', 'he', '2026-11-27'],
    ["יום ה'", 'he', '2026-11-26'],
    ['יום ה׳', 'he', '2026-11-26'],
    ['ביום חמישי', 'he', '2026-11-26'],
    ['ראשון', 'he', '2026-11-29'],
    ['מחר', 'he', '2026-11-24'],
    ['מחרתיים', 'he', '2026-11-25'],
    ['היום', 'he', '2026-11-23'],
    ['בשבוע הבא', 'he', '2026-11-29'],
    ['בעוד שבועיים', 'he', '2026-12-07'],
    ['בעוד 3 ימים', 'he', '2026-11-26'],
    ['בעוד חודשיים', 'he', '2027-01-23'],
    ['סוף החודש', 'he', '2026-11-30'],
    ['עד סוף השבוע', 'he', '2026-11-26'],
    ['שבוע 49', 'he', '2026-12-03'],
    ['3.12', 'he', '2026-12-03'],
    ['3/12', 'he', '2026-12-03'],
    ['ב-3.12', 'he', '2026-12-03'],
    ['3 בדצמבר', 'he', '2026-12-03'],
    ['מָחָר', 'he', '2026-11-24'],
    // Weeks and weekends (docs/reading-notes.md "Weeks and weekends").
    ['before the weekend', 'en', '2026-11-27'],
    ['by the weekend', 'en', '2026-11-27'],
    ['this week', 'en', '2026-11-27'],
    ['end of this week', 'en', '2026-11-27'],
    ['early next week', 'en', '2026-11-30'],
    ['after the weekend', 'en', '2026-11-30'],
    ['by end of next week', 'en', '2026-12-04'],
    ['end of week 49', 'en', '2026-12-04'],
    ['innan helgen', 'sv', '2026-11-27'],
    ['före helgen', 'sv', '2026-11-27'],
    ['efter helgen', 'sv', '2026-11-30'],
    ['i veckan', 'sv', '2026-11-27'],
    ['senast i slutet av veckan', 'sv', '2026-11-27'],
    ['i slutet av nästa vecka', 'sv', '2026-12-04'],
    ['i början av nästa vecka', 'sv', '2026-11-30'],
    ['slutet av v. 50', 'sv', '2026-12-11'],
    ['לפני סוף השבוע', 'he', '2026-11-26'],
    ['עד הסופ״ש', 'he', '2026-11-26'],
    ['עד סוף השבוע הבא', 'he', '2026-12-03'],
    ['בתחילת השבוע הבא', 'he', '2026-11-29'],
    ['over the weekend', 'en', null],
    ['asap', 'en', null],
    ['31/02', 'sv', null],
    ['week 54', 'en', null],
    ['in many weeks', 'en', null],
    ['send the deck', 'en', null],
    ['', 'en', null],
    ['x'.repeat(100), 'en', null],
  ])('%j (%s) → %s', (text, locale, date) => {
    expect(resolveDue(text, MONDAY, 'Europe/Stockholm', locale)?.date ?? null).toBe(date);
  });
});

describe('resolveDue: rules', () => {
  it('"by Friday" on a Friday is the Friday after', () => {
    expect(resolveDue('Friday', '2026-11-27T09:00:00Z', 'Europe/Stockholm')?.date).toBe('2026-12-04');
  });

  it('reads the meeting day in the meeting zone, not in UTC', () => {
    // 23:30 UTC on Sunday is already Monday in Jerusalem: "tomorrow" is Tuesday.
    expect(resolveDue('tomorrow', '2026-11-22T23:30:00Z', 'Asia/Jerusalem')?.date).toBe('2026-11-24');
    expect(resolveDue('tomorrow', '2026-11-22T23:30:00Z', 'America/New_York')?.date).toBe('2026-11-23');
  });

  it('starts next week on Sunday in Hebrew and on Monday otherwise, whatever the phrase', () => {
    expect(resolveDue('next week', MONDAY, 'Asia/Jerusalem', 'he')?.date).toBe('2026-11-29');
    expect(resolveDue('next week', MONDAY, 'Asia/Jerusalem', 'en')?.date).toBe('2026-11-30');
  });

  it('reads an English day/month in the order of the meeting\'s zone: day first in London, month first in New York', () => {
    // The bug: "by 4/12" written in London (4 December) was read as 12 April next year.
    expect(resolveDue('4/12', MONDAY, 'Europe/London', 'en')?.date).toBe('2026-12-04');
    expect(resolveDue('4/12', MONDAY, 'America/New_York', 'en')?.date).toBe('2027-04-12');
    expect(resolveDue('4/12', MONDAY, 'Asia/Jerusalem', 'en')?.date).toBe('2026-12-04');
    expect(resolveDue('3/12', MONDAY, 'Europe/Stockholm', 'sv')?.date).toBe('2026-12-03');
  });

  it('reads a numeric date in the manager\'s own order before the meeting\'s', () => {
    expect(resolveDue('4/12', MONDAY, 'Europe/London', 'en', 'monthFirst')?.date).toBe('2027-04-12');
    expect(resolveDue('4/12', MONDAY, 'America/Chicago', 'en', 'dayFirst')?.date).toBe('2026-12-04');
    expect(resolveDue('4.12', MONDAY, 'America/Chicago', 'en', 'monthFirst')?.date).toBe('2026-12-04');
    // A reading that is no date leaves the other, whatever the order.
    expect(resolveDue('12/24', MONDAY, 'Europe/London', 'en', 'dayFirst')?.date).toBe('2026-12-24');
    expect(resolveDue('24/12', MONDAY, 'America/Chicago', 'en', 'monthFirst')?.date).toBe('2026-12-24');
  });

  it('gives no date for a day/month that reads both ways when nothing tells the order, and both readings', () => {
    expect(resolveDue('4/12', MONDAY, 'UTC', 'en')).toEqual({ date: null, dueDateTime: null, ambiguous: true, readings: ['2026-12-04', '2027-04-12'] });
    expect(resolveDue('4/12', MONDAY, 'America/Toronto', 'en')).toMatchObject({ date: null, ambiguous: true });
    expect(resolveDue('4/4', MONDAY, 'UTC', 'en')?.date).toBe('2027-04-04');
    expect(resolveDue('24/12', MONDAY, 'UTC', 'en')?.date).toBe('2026-12-24');
    expect(resolveDue('4.12', MONDAY, 'UTC', 'en')?.date).toBe('2026-12-04');
    expect(resolveDue('2026-12-04', MONDAY, 'UTC', 'en')?.date).toBe('2026-12-04');
  });

  it('"end of next week" is the last working day of the week after the meeting\'s week, on any weekday', () => {
    // Sunday 29 Nov 2026 ends the ISO week: next week is the one that starts the day after.
    expect(resolveDue('end of next week', '2026-11-29T10:00:00Z', 'Europe/London', 'en')?.date).toBe('2026-12-04');
    expect(resolveDue('end of next week', '2026-11-27T10:00:00Z', 'Europe/London', 'en')?.date).toBe('2026-12-04');
    // In Israel the week runs Sunday to Saturday and ends its work on Thursday.
    expect(resolveDue('סוף השבוע הבא', '2026-11-28T10:00:00Z', 'Asia/Jerusalem', 'he')?.date).toBe('2026-12-03');
    expect(resolveDue('סוף השבוע הבא', '2026-11-29T10:00:00Z', 'Asia/Jerusalem', 'he')?.date).toBe('2026-12-10');
  });

  it('"before the weekend" said on a Friday is that Friday, said on a Saturday the next', () => {
    expect(resolveDue('innan helgen', '2026-11-27T09:00:00Z', 'Europe/Stockholm', 'sv')?.date).toBe('2026-11-27');
    expect(resolveDue('innan helgen', '2026-11-28T09:00:00Z', 'Europe/Stockholm', 'sv')?.date).toBe('2026-12-04');
  });

  it('crosses the year end', () => {
    const tuesday = '2026-12-29T09:00:00Z';
    expect(resolveDue('Friday', tuesday, 'Europe/Stockholm')?.date).toBe('2027-01-01');
    expect(resolveDue('v. 2', tuesday, 'Europe/Stockholm', 'sv')?.date).toBe('2027-01-15');
    expect(resolveDue('8/1', tuesday, 'Europe/Stockholm', 'sv')?.date).toBe('2027-01-08');
    expect(resolveDue('next week', tuesday, 'Europe/Stockholm')?.date).toBe('2027-01-04');
    expect(resolveDue('in two weeks', tuesday, 'Europe/Stockholm')?.date).toBe('2027-01-12');
    // A date shortly before the meeting stays in its year (a late note), one long before is next year.
    expect(resolveDue('20/12', tuesday, 'Europe/Stockholm', 'sv')?.date).toBe('2026-12-20');
    expect(resolveDue('20/11', '2026-12-29T09:00:00Z', 'Europe/Stockholm', 'sv')?.date).toBe('2027-11-20');
  });

  it('ends the due day in the meeting zone, across DST changes', () => {
    // Europe: summer time ends on 25 Oct 2026 and starts on 29 Mar 2026.
    expect(resolveDue('Sunday', '2026-10-23T08:00:00Z', 'Europe/Stockholm')?.dueDateTime).toBe('2026-10-25T22:59:59Z');
    expect(resolveDue('Saturday', '2026-10-23T08:00:00Z', 'Europe/Stockholm')?.dueDateTime).toBe('2026-10-24T21:59:59Z');
    expect(resolveDue('Sunday', '2026-03-27T08:00:00Z', 'Europe/Stockholm')?.dueDateTime).toBe('2026-03-29T21:59:59Z');
    // Israel: summer time starts on Friday 27 Mar 2026 and ends on Sunday 25 Oct 2026.
    expect(resolveDue('מחר', '2026-03-26T08:00:00Z', 'Asia/Jerusalem', 'he')?.dueDateTime).toBe('2026-03-27T20:59:59Z');
    expect(resolveDue('היום', '2026-03-26T08:00:00Z', 'Asia/Jerusalem', 'he')?.dueDateTime).toBe('2026-03-26T21:59:59Z');
    expect(resolveDue('ראשון', '2026-10-22T08:00:00Z', 'Asia/Jerusalem', 'he')?.dueDateTime).toBe('2026-10-25T21:59:59Z');
  });

  it('falls back to UTC for an unknown zone and gives nothing for an unreadable start', () => {
    expect(resolveDue('tomorrow', MONDAY, 'Mars/Olympus')?.dueDateTime).toBe('2026-11-24T23:59:59Z');
    expect(resolveDue('tomorrow', 'not a date', 'Europe/Stockholm')).toBeNull();
  });
});
