import { createContext, useMemo, type ReactNode } from 'react';
import type { RegionalSettings } from '../domain/model/regional';

export type Regional = Pick<RegionalSettings, 'dateFormat' | 'timeFormat' | 'locale'>;

/**
 * The settings alone, apart from the formatter (`useDateDisplay`, src/ui/date-display.tsx): a composition root
 * provides them without putting the formatter into its first script, where no date is shown (the task pane's).
 */
export const RegionalContext = createContext<Regional | null>(null);

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
