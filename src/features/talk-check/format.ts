import type { Locale } from '../../i18n/locale';

/** A 1:1's day as the Talk page shows it ("Tue, 17 Nov"). */
export const formatMeetingDay = (instant: string, locale: Locale) => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(instant));
