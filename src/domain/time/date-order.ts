import type { Locale } from '../../i18n/locale';

/**
 * Which number comes first in a numeric day and month such as "4/12": the day (en-GB, he-IL, sv-SE: 4 December)
 * or the month (en-US: 12 April). It belongs to the writer's regional settings, not to the language of the text.
 * See docs/reading-notes.md "Numeric dates".
 */
export type DateOrder = 'dayFirst' | 'monthFirst';

/** The regions whose short date writes the month first (en-US "M/d/yyyy", Philippines, Micronesia, Marshall Islands). */
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'fm', 'mh']);

/** The order of a locale tag ("en-US", "sv-SE", "he"), or null when the tag names no region and no known language. */
export function dateOrderOfTag(tag: string | null | undefined): DateOrder | null {
  const parts = (tag ?? '').trim().toLowerCase().split(/[-_]/u).filter((p) => p !== '');
  const [language, ...rest] = parts;
  if (!language) return null;
  const region = rest.find((p) => /^[a-z]{2}$/u.test(p));
  if (region) return MONTH_FIRST_REGIONS.has(region) ? 'monthFirst' : 'dayFirst';
  // A bare language: Hebrew and Swedish write the day first everywhere; a bare "en" could be either.
  return language === 'he' || language === 'iw' || language === 'sv' ? 'dayFirst' : null;
}

/**
 * The order a mailbox's settings say (Graph `mailboxSettings`): the short date format when it puts day and month in
 * an order ("dd/MM/yyyy", "M/d/yyyy", "d.M.yyyy"); a format that starts with the year ("yyyy-MM-dd", Sweden's) says
 * nothing about a date written without one ("4/12"), so then the mailbox's locale ("sv-SE") decides.
 */
export function dateOrderOfSettings(settings: { dateFormat?: string | null; locale?: string | null }): DateOrder | null {
  const format = (settings.dateFormat ?? '').replace(/'[^']*'/gu, '');
  const day = format.search(/d/u);
  const month = format.search(/M/u);
  const year = format.search(/y/u);
  const yearFirst = year >= 0 && year < day && year < month;
  if (day >= 0 && month >= 0 && !yearFirst) return day < month ? 'dayFirst' : 'monthFirst';
  return dateOrderOfTag(settings.locale);
}

/** IANA zones of the regions that write the month first (the United States and its territories, the Philippines). */
const MONTH_FIRST_ZONE =
  /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Juneau|Sitka|Nome|Adak|Boise|Detroit|Menominee|Metlakatla|Yakutat|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Puerto_Rico)|Pacific\/(?:Honolulu|Guam|Pago_Pago|Saipan)|Asia\/Manila|US\/.+)$/u;
/**
 * Zones whose English writers put the day first: Europe, Africa, Asia (Manila aside), Oceania (the US's islands
 * aside), Latin America. Canada (both orders in use) and UTC tell nothing.
 */
const DAY_FIRST_ZONE = /^(?:Europe|Africa|Asia|Australia|Indian|Atlantic\/(?:Reykjavik|Canary|Madeira|Azores|Faroe)|Pacific|America\/(?:Argentina\/.+|Sao_Paulo|Mexico_City|Bogota|Lima|Santiago|Caracas|Montevideo|La_Paz|Guayaquil|Asuncion|Panama|Costa_Rica|Guatemala|El_Salvador|Tegucigalpa|Managua|Havana|Santo_Domingo|Jamaica|Belize|Cancun|Monterrey))\//u;

/**
 * Without the manager's setting, the meeting decides: Hebrew and Swedish write the day first; English by where the
 * meeting is held (its zone). Null when nothing tells (English in UTC or in Canada): a date that reads both ways is
 * then listed for the wrap-up, never guessed.
 */
export function dateOrderOfMeeting(locale: Locale, timeZone: string): DateOrder | null {
  if (locale === 'he' || locale === 'sv') return 'dayFirst';
  if (MONTH_FIRST_ZONE.test(timeZone)) return 'monthFirst';
  return DAY_FIRST_ZONE.test(timeZone) ? 'dayFirst' : null;
}
