import type { Locale } from '../../i18n/locale';

const zoneOrUtc = (timeZone: string): string => {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    // An unknown zone must not cost the user their agenda: the date is shown in UTC instead.
    return 'UTC';
  }
};

/** The meeting day as the title shows it ("Tue, Nov 24, 2026"), in the meeting's zone and the locale's words. */
export function formatMeetingDate(start: string, timeZone: string, locale: Locale): string {
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an instant: ${start}`);
  return new Intl.DateTimeFormat(locale, {
    timeZone: zoneOrUtc(timeZone),
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(instant);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A due date (YYYY-MM-DD, already a calendar day) in the locale's words; anything else is shown as written. */
export function formatDueDate(due: string, locale: Locale): string {
  const match = ISO_DATE.exec(due.trim());
  if (!match) return due;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime())) return due;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(day);
}
