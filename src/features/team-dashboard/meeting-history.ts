import { detectAgenda } from '../../domain/agenda';
import type { CalendarEvent, SeriesCancellations } from '../../domain/model/calendar';
import type { Person } from '../../domain/model/people';
import type { OneOnOneEntry } from './report-overview';

const lower = (s: string) => s.trim().toLowerCase();

/**
 * True when the event is a 1:1 of the manager with this report: the two of them and nobody else (rooms don't count,
 * the organizer listed as an attendee counts once), not cancelled, not declined, not all-day.
 */
export function isOneOnOneWith(event: CalendarEvent, manager: Person, report: Person): boolean {
  if (event.isCancelled || event.isAllDay || event.myResponse === 'declined' || event.type === 'seriesMaster') return false;
  const people = new Set(event.attendees.filter((a) => a.type !== 'resource').map((a) => lower(a.address)));
  people.add(lower(event.organizer.address));
  people.add(lower(manager.mail));
  return people.size === 2 && people.has(lower(report.mail));
}

export interface ReportMeetings {
  /** Oldest first: held, moved and cancelled occurrences before `now`. */
  past: OneOnOneEntry[];
  next: { iCalUId: string; start: string; hasAgenda: boolean } | null;
}

const isMoved = (event: CalendarEvent) => event.type === 'exception' && event.originalStart !== null && Date.parse(event.originalStart) !== Date.parse(event.start);

/**
 * The report's 1:1s in the window (CONTRACTS.md §7): a past occurrence in the calendar is held; one in its master's
 * cancelled occurrences is cancelled; an exception whose start differs from its original start was moved.
 */
export function meetingsWith(events: CalendarEvent[], cancellations: SeriesCancellations[], manager: Person, report: Person, now: Date): ReportMeetings {
  const mine = events.filter((e) => isOneOnOneWith(e, manager, report)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const masters = new Set(mine.map((e) => e.seriesMasterId).filter((id): id is string => id !== null));
  const past: OneOnOneEntry[] = [];
  for (const event of mine) {
    if (Date.parse(event.start) >= now.getTime()) continue;
    if (isMoved(event)) past.push({ iCalUId: event.iCalUId, start: event.originalStart!, status: 'moved', movedTo: event.start });
    else past.push({ iCalUId: event.iCalUId, start: event.start, status: 'held' });
  }
  for (const series of cancellations) {
    if (!masters.has(series.seriesMasterId)) continue;
    for (const start of series.cancelledStarts) {
      if (Date.parse(start) < now.getTime()) past.push({ iCalUId: null, start, status: 'cancelled' });
    }
  }
  past.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const upcoming = mine.find((e) => Date.parse(e.start) >= now.getTime());
  const next = upcoming ? { iCalUId: upcoming.iCalUId, start: upcoming.start, hasAgenda: detectAgenda(upcoming.bodyPreview ?? '') } : null;
  return { past, next };
}
