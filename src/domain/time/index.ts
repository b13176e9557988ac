export { windowsToIana, zoneOrUtc, localDate, endOfDayUtc, calendarDaysBetween } from './zones';
export { resolveDue, type ResolvedDue } from './relative-dates';
