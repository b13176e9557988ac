import { createDateDisplay, formatPattern, type PatternWords } from '../../../../src/domain/time';

// 8 December 2026 (a Tuesday), 14:05:09 in London (UTC in winter), 16:05:09 in Jerusalem, 09:05:09 in New York.
const INSTANT = '2026-12-08T14:05:09Z';
const PARTS = { year: 2026, month: 12, day: 8, weekday: 2, hour: 14, minute: 5, second: 9 };
const WORDS: PatternWords = {
  weekdayShort: (w) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][w]!,
  weekdayLong: (w) => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][w]!,
  monthShort: (m) => `m${m}`,
  monthLong: (m) => `month${m}`,
  dayPeriod: (h) => (h < 12 ? 'AM' : 'PM'),
};

describe('.NET short date and time patterns (mailboxSettings dateFormat, timeFormat)', () => {
  it.each([
    ['dd/MM/yyyy', '08/12/2026'],
    ['M/d/yyyy', '12/8/2026'],
    ['MM/dd/yy', '12/08/26'],
    ['yyyy-MM-dd', '2026-12-08'],
    ['d.M.yyyy', '8.12.2026'],
    ['dd.MM.yyyy', '08.12.2026'],
    ['d MMM yyyy', '8 m12 2026'],
    ['dddd, MMMM d, yyyy', 'Tuesday, month12 8, 2026'],
    ['ddd d/M', 'Tue 8/12'],
    ["d 'de' MMMM", '8 de month12'],
    ['HH:mm', '14:05'],
    ['H:mm:ss', '14:05:09'],
    ['h:mm tt', '2:05 PM'],
    ['hh:mm t', '02:05 P'],
  ])('%s writes %s', (pattern, expected) => {
    expect(formatPattern(pattern, PARTS, WORDS)).toBe(expected);
  });

  it('writes midnight and noon as 12 in a twelve-hour pattern', () => {
    expect(formatPattern('h:mm tt', { ...PARTS, hour: 0, minute: 0 }, WORDS)).toBe('12:00 AM');
    expect(formatPattern('h:mm tt', { ...PARTS, hour: 12, minute: 0 }, WORDS)).toBe('12:00 PM');
  });

  it.each([['yyyy-MM-ddTHH'], ['dd/MM/yyy'], ['ddddd'], ['zzz'], ["dd 'open"], [''], ['   '], ['/'], ['g']])(
    'knows no %j: null, so the caller falls back',
    (pattern) => {
      expect(formatPattern(pattern, PARTS, WORDS)).toBeNull();
    },
  );
});

describe('dates shown in the manager\'s format', () => {
  const london = { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm', locale: 'en-GB' };
  const us = { dateFormat: 'M/d/yyyy', timeFormat: 'h:mm tt', locale: 'en-US' };
  const sweden = { dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm', locale: 'sv-SE' };

  it('follows the short date and time of the settings, in the zone asked', () => {
    expect(createDateDisplay('en', london).dateTime(INSTANT, 'Europe/London')).toBe('Tue 08/12/2026 14:05');
    expect(createDateDisplay('en', us).dateTime(INSTANT, 'America/New_York')).toBe('Tue 12/8/2026 9:05 AM');
    expect(createDateDisplay('sv', sweden).dateTime(INSTANT, 'Europe/Stockholm')).toBe('tis 2026-12-08 15:05');
    expect(createDateDisplay('en', london).weekdayDate(INSTANT, 'Asia/Jerusalem')).toBe('Tue 08/12/2026');
  });

  it('keeps the words in Rapport\'s language whatever the settings\' locale', () => {
    const hebrew = createDateDisplay('he', { dateFormat: 'd.M.yyyy', timeFormat: 'HH:mm', locale: 'en-US' });
    expect(hebrew.dateTime(INSTANT, 'Asia/Jerusalem')).toBe('יום ג׳ 8.12.2026 16:05');
    expect(createDateDisplay('sv', us).dateTime(INSTANT, 'UTC')).toBe('tis 12/8/2026 2:05 em');
  });

  it('writes a long form in the language, in the order of the manager\'s region', () => {
    expect(createDateDisplay('en', london).longDate(INSTANT, 'UTC')).toBe('Tuesday 8 December');
    expect(createDateDisplay('en', us).longDate(INSTANT, 'UTC')).toBe('Tuesday, December 8');
  });

  it('writes a calendar day in the short date, whatever the viewer\'s zone', () => {
    expect(createDateDisplay('en', london).calendarDay('2026-12-08')).toBe('08/12/2026');
    expect(createDateDisplay('sv', sweden).calendarDay('2026-12-08')).toBe('2026-12-08');
  });

  it('without settings shows exactly what the language\'s Intl format shows', () => {
    const plain = createDateDisplay('en', null);
    expect(plain.dateTime(INSTANT, 'UTC')).toBe(new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(new Date(INSTANT)));
    expect(plain.weekdayDate(INSTANT, 'UTC')).toBe('Tue, Dec 8');
    expect(plain.longDate(INSTANT, 'UTC')).toBe('Tuesday, December 8');
    expect(plain.calendarDay('2026-12-08')).toBe('Dec 8, 2026');
  });

  it('falls back piece by piece when a pattern is outside the subset', () => {
    const odd = createDateDisplay('en', { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm zzz', locale: null });
    expect(odd.dateTime(INSTANT, 'UTC')).toBe(`Tue 08/12/2026 ${new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(new Date(INSTANT))}`);
    expect(createDateDisplay('en', { dateFormat: 'gg yyyy', timeFormat: null, locale: null }).weekdayDate(INSTANT, 'UTC')).toBe('Tue, Dec 8');
  });
});
