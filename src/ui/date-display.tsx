import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { RegionalSettings } from '../domain/model/regional';
// The module itself, not the domain/time index: the index also re-exports luxon's modules (relative dates, zones),
// which the index's import kept in every surface's first script (~22 kB gzip).
import { createDateDisplay, type DateDisplay } from '../domain/time/date-display';
import type { Locale } from '../i18n/locale';

type Regional = Pick<RegionalSettings, 'dateFormat' | 'timeFormat' | 'locale'>;

const RegionalContext = createContext<Regional | null>(null);

/**
 * The manager's Outlook regional settings for every date below it (each entry's composition root provides them from
 * the manager's document). Without a provider, or with null, dates look as the language's Intl format shows them.
 */
export function DateFormatProvider({ regional, children }: { regional: Regional | null | undefined; children: ReactNode }) {
  // Keyed by the three values, so a re-read document with the same settings re-renders nothing.
  const { dateFormat = null, timeFormat = null, locale = null } = regional ?? {};
  const value = useMemo(() => (dateFormat || timeFormat || locale ? { dateFormat, timeFormat, locale } : null), [dateFormat, timeFormat, locale]);
  return <RegionalContext.Provider value={value}>{children}</RegionalContext.Provider>;
}

/** How to show a date here: the manager's format in Rapport's language (src/domain/time/date-display.ts). */
export function useDateDisplay(locale: Locale): DateDisplay {
  const regional = useContext(RegionalContext);
  return useMemo(() => createDateDisplay(locale, regional), [locale, regional]);
}
