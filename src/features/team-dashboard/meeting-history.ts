import { detectAgendaInText } from '../../domain/agenda/agenda-title';
import { occurrenceTimeline, type OccurrenceRecord } from '../../domain/follow-ups/occurrences';
import type { CalendarEvent, SeriesCancellations } from '../../domain/model/calendar';
import type { Person } from '../../domain/model/people';
import type { OneOnOne } from '../../domain/one-on-ones';
import type { OneOnOneEntry } from './report-overview';

export interface NextOneOnOne {
  eventId: string;
  iCalUId: string;
  start: string;
  end: string;
  timeZone: string | null;
  hasAgenda: boolean;
}

export interface ReportMeetings {
  records: OccurrenceRecord[];
  /** Newest first: held, moved and cancelled occurrences before `now`. */
  history: OneOnOneEntry[];
  next: NextOneOnOne | null;
}

/**
 * One report's 1:1 occurrences (held / cancelled / moved, docs/contracts.md §7) from the classified 1:1s of the window
 * and the cancelled occurrences of their series only.
 */
export function meetingsWith(oneOnOnes: readonly OneOnOne[], cancellations: readonly SeriesCancellations[], report: Person, now: Date): ReportMeetings {
  const events: CalendarEvent[] = oneOnOnes.filter((o) => o.classification.report?.id === report.id).map((o) => o.event);
  const masters = new Set(events.map((e) => e.seriesMasterId).filter((id): id is string => id !== null));
  const records = occurrenceTimeline(events, cancellations.filter((c) => masters.has(c.seriesMasterId)), now);
  const history: OneOnOneEntry[] = records
    .filter((r) => r.state !== 'upcoming')
    .map((r): OneOnOneEntry => {
      if (r.state === 'cancelled') return { iCalUId: null, start: r.start, status: 'cancelled' };
      if (r.moved) return { iCalUId: r.iCalUId, start: r.originalStart ?? r.start, status: 'moved', movedTo: r.start };
      return { iCalUId: r.iCalUId, start: r.start, status: 'held' };
    })
    .reverse();
  const upcoming = events.filter((e) => Date.parse(e.start) > now.getTime()).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
  const next = upcoming
    ? { eventId: upcoming.id, iCalUId: upcoming.iCalUId, start: upcoming.start, end: upcoming.end, timeZone: upcoming.timeZone, hasAgenda: detectAgendaInText(upcoming.bodyPreview ?? '') }
    : null;
  return { records, history, next };
}
