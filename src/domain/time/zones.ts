import { DateTime, IANAZone } from 'luxon';
import { findIana } from 'windows-iana';

/**
 * Maps a Windows time-zone name (Office's `userProfile.timeZone`, e.g. "W. Europe Standard Time") to IANA with
 * CLDR's windowsZones table (the `windows-iana` package), preferring the territory "001" entry CLDR marks as the
 * zone's main one. A name that already is a valid IANA zone is returned as it is; anything else gives null.
 */
export function windowsToIana(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const found = findIana(trimmed, '001')[0] ?? findIana(trimmed)[0];
  if (found) return found;
  return IANAZone.isValidZone(trimmed) ? trimmed : null;
}

/** A usable IANA zone: the given one when valid, else UTC (the domain never guesses the machine's zone). */
export const zoneOrUtc = (zone: string | null | undefined): string => (zone && IANAZone.isValidZone(zone) ? zone : 'UTC');

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(zoneOrUtc(zone)).toISODate() ?? '';
}

/**
 * The end of a calendar day in a zone, as a UTC instant without milliseconds ("2026-12-04T22:59:59Z" for Stockholm
 * in winter): what a follow-up task's `dueDateTime` holds (CONTRACTS.md §7). DST days end at their own offset.
 */
export function endOfDayUtc(date: string, zone: string): string {
  const end = DateTime.fromISO(date, { zone: zoneOrUtc(zone) }).set({ hour: 23, minute: 59, second: 59, millisecond: 0 });
  return end.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
}

/** Whole calendar days from one instant's date to another's, both seen in `zone`. */
export function calendarDaysBetween(fromInstant: string, toInstant: string, zone: string): number {
  const from = DateTime.fromISO(localDate(fromInstant, zone), { zone: 'utc' });
  const to = DateTime.fromISO(localDate(toInstant, zone), { zone: 'utc' });
  return Math.round(to.diff(from, 'days').days);
}
