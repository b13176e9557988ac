import type { Locale } from '../../i18n/locale';

/** A meeting's date and time in the viewer's zone and language ("Tue 25 Nov, 10:00"). */
export const formatMeetingTime = (instant: string, locale: Locale, timeZone?: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
