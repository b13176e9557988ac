export { windowsToIana, isValidZone, zoneOrUtc, localDate, endOfDayUtc, calendarDaysBetween } from './zones';
export { resolveDue, dueResolver, type ResolvedDue, type DueDay, type AmbiguousDue } from './relative-dates';
export { dateOrderOfMeeting, dateOrderOfSettings, dateOrderOfTag, type DateOrder } from './date-order';
export { createDateDisplay, type DateDisplay } from './date-display';
export { formatPattern, type MomentParts, type PatternWords } from './dotnet-pattern';
