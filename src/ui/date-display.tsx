import { useContext, useMemo } from 'react';
// The module itself, not the domain/time index: the index also re-exports luxon's modules (relative dates, zones),
// which the index's import kept in every surface's first script (~22 kB gzip).
import { createDateDisplay, type DateDisplay } from '../domain/time/date-display';
import type { Locale } from '../i18n/locale';
import { RegionalContext } from './date-format-provider';

export { DateFormatProvider } from './date-format-provider';

/** How to show a date here: the manager's format in Rapport's language (src/domain/time/date-display.ts). */
export function useDateDisplay(locale: Locale): DateDisplay {
  const regional = useContext(RegionalContext);
  return useMemo(() => createDateDisplay(locale, regional), [locale, regional]);
}
