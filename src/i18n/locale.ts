/** The languages Rapport speaks. Hebrew is right-to-left. */
export const LOCALES = ['en', 'he', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'he' ? 'rtl' : 'ltr');

/** Maps a host language tag ("he-IL", "sv-SE", "en-GB", "iw") to a Rapport locale, or null if we don't speak it. */
export function localeFromTag(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'iw') return 'he';
  return isLocale(primary) ? primary : null;
}
