import type { Locale } from '../../i18n/locale';
import type { RegionalSettings } from '../model/regional';
import { formatPattern, tokenize, type MomentParts, type PatternWords } from './dotnet-pattern';

/**
 * How Rapport shows a date to the manager. With the manager's Outlook settings (mailboxSettings `dateFormat`,
 * `timeFormat`, `language.locale`) the numbers follow their short date and time formats ("Tue 08/12/2026 14:00"
 * for dd/MM/yyyy and HH:mm); words (weekday and month names, AM/PM) stay in Rapport's language. Without a setting,
 * or for a pattern outside the subset `dotnet-pattern.ts` reads, each piece is the language's Intl format, exactly
 * as before the settings were read. See docs/reading-notes.md "Dates shown in the manager's format".
 */
export interface DateDisplay {
  /** A meeting's weekday, date and time ("Tue 08/12/2026 14:00"; without settings "Tue, Dec 8, 02:00 PM"). */
  dateTime(instant: string, timeZone?: string): string;
  /** A meeting's weekday and date ("Tue 08/12/2026"). */
  weekdayDate(instant: string, timeZone?: string): string;
  /** A long form with names ("Tuesday 8 December"): the language's words in the order of the manager's region. */
  longDate(instant: string, timeZone?: string): string;
  /** A calendar day "YYYY-MM-DD" (a plan's step, a trend's point) in the manager's short date. */
  calendarDay(day: string): string;
}

type Regional = Pick<RegionalSettings, 'dateFormat' | 'timeFormat' | 'locale'>;

const cached = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cached.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    cached.set(key, found);
  }
  return found;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The moment's parts in a zone (the viewer's when none is given). */
function partsOf(instant: string, timeZone: string | undefined): MomentParts {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) };
  const parts = formatter('en-US', options).formatToParts(new Date(instant));
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(value('year')),
    month: Number(value('month')),
    day: Number(value('day')),
    weekday: Math.max(0, WEEKDAYS.indexOf(value('weekday'))),
    hour: Number(value('hour')) % 24,
    minute: Number(value('minute')),
    second: Number(value('second')),
  };
}

/** Weekday and month names and the day period in the language (4 January 2026 was a Sunday). */
function wordsIn(language: string): PatternWords {
  const utc = (options: Intl.DateTimeFormatOptions) => formatter(language, { ...options, timeZone: 'UTC' });
  return {
    weekdayShort: (weekday) => utc({ weekday: 'short' }).format(Date.UTC(2026, 0, 4 + weekday, 12)),
    weekdayLong: (weekday) => utc({ weekday: 'long' }).format(Date.UTC(2026, 0, 4 + weekday, 12)),
    monthShort: (month) => utc({ month: 'short' }).format(Date.UTC(2026, month - 1, 15, 12)),
    monthLong: (month) => utc({ month: 'long' }).format(Date.UTC(2026, month - 1, 15, 12)),
    dayPeriod: (hour) =>
      utc({ hour: 'numeric', hour12: true }).formatToParts(Date.UTC(2026, 0, 15, hour)).find((p) => p.type === 'dayPeriod')?.value ?? (hour < 12 ? 'AM' : 'PM'),
  };
}

/** The region of a locale tag ("en-GB" → "GB"), or null. */
const regionOf = (tag: string | null | undefined): string | null => {
  const region = (tag ?? '').split(/[-_]/u).slice(1).find((p) => /^[a-z]{2}$/iu.test(p));
  return region ? region.toUpperCase() : null;
};

const zoned = (timeZone: string | undefined): Intl.DateTimeFormatOptions => (timeZone ? { timeZone } : {});
const usable = (pattern: string | null | undefined): string | null => (pattern && tokenize(pattern) ? pattern : null);
const hasWeekday = (pattern: string) => (tokenize(pattern) ?? []).some((t) => t.kind === 'field' && t.letter === 'd' && t.count >= 3);

export function createDateDisplay(language: Locale, regional: Regional | null | undefined): DateDisplay {
  const dateFormat = usable(regional?.dateFormat);
  const timeFormat = usable(regional?.timeFormat);
  const region = regionOf(regional?.locale);
  const words = wordsIn(language);
  const intl = (instant: string, options: Intl.DateTimeFormatOptions) => formatter(language, options).format(new Date(instant));
  const date = (instant: string, timeZone?: string) =>
    dateFormat ? formatPattern(dateFormat, partsOf(instant, timeZone), words)! : intl(instant, { day: 'numeric', month: 'short', ...zoned(timeZone) });
  const time = (instant: string, timeZone?: string) =>
    timeFormat ? formatPattern(timeFormat, partsOf(instant, timeZone), words)! : intl(instant, { hour: '2-digit', minute: '2-digit', ...zoned(timeZone) });
  const withWeekday = (instant: string, timeZone?: string) =>
    dateFormat && hasWeekday(dateFormat) ? date(instant, timeZone) : `${words.weekdayShort(partsOf(instant, timeZone).weekday)} ${date(instant, timeZone)}`;

  return {
    dateTime: (instant, timeZone) =>
      dateFormat || timeFormat
        ? `${withWeekday(instant, timeZone)} ${time(instant, timeZone)}`
        : intl(instant, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', ...zoned(timeZone) }),
    weekdayDate: (instant, timeZone) =>
      dateFormat ? withWeekday(instant, timeZone) : intl(instant, { weekday: 'short', day: 'numeric', month: 'short', ...zoned(timeZone) }),
    longDate: (instant, timeZone) =>
      formatter(region ? `${language}-${region}` : language, { weekday: 'long', day: 'numeric', month: 'long', ...zoned(timeZone) }).format(new Date(instant)),
    calendarDay: (day) => {
      const noon = `${day.slice(0, 10)}T12:00:00Z`;
      return dateFormat ? date(noon, 'UTC') : intl(noon, { dateStyle: 'medium', timeZone: 'UTC' });
    },
  };
}
