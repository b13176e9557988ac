import type { Locale } from '../../i18n/locale';

// Formatters are cached: making one (ICU's pattern for a locale and its options) costs milliseconds, and the
// agenda is rendered again on every change of the pane's choices. Keys are few: a locale, a zone and a kind.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat => {
  let found = formatters.get(key);
  if (!found) {
    found = make();
    if (formatters.size < 100) formatters.set(key, found);
  }
  return found;
};

/** A formatter in `timeZone`, or in UTC when the zone is unknown: an unknown zone must not cost the user their agenda. */
function inZoneOrUtc(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  }
}

/** The meeting day as the title shows it ("Tue, Nov 24, 2026"), in the meeting's zone and the locale's words. */
export function formatMeetingDate(start: string, timeZone: string, locale: Locale): string {
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an instant: ${start}`);
  const format = formatterFor(`day|${locale}|${timeZone}`, () => inZoneOrUtc(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }));
  return format.format(instant);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A due date (YYYY-MM-DD, already a calendar day) in the locale's words; anything else is shown as written. */
export function formatDueDate(due: string, locale: Locale): string {
  const match = ISO_DATE.exec(due.trim());
  if (!match) return due;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime())) return due;
  return formatterFor(`due|${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })).format(day);
}
