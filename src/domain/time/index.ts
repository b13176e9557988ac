export { windowsToIana, isValidZone, zoneOrUtc, localDate, endOfDayUtc, calendarDaysBetween } from './zones';
export { resolveDue, dueResolver, type ResolvedDue } from './relative-dates';
