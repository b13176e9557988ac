import { DateTime } from 'luxon';
import { zoneOrUtc } from './calendar-days';

export { windowsToIana } from './windows-zones';
export { isValidZone, zoneOrUtc, localDate, calendarDaysBetween } from './calendar-days';

/**
 * The end of a calendar day in a zone, as a UTC instant without milliseconds ("2026-12-04T22:59:59Z" for Stockholm
 * in winter): what a follow-up task's `dueDateTime` holds (docs/contracts.md §7). DST days end at their own offset.
 */
export function endOfDayUtc(date: string, zone: string): string {
  const end = DateTime.fromISO(date, { zone: zoneOrUtc(zone) }).set({ hour: 23, minute: 59, second: 59, millisecond: 0 });
  return end.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
