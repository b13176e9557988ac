import type { CalendarEvent, SeriesCancellations } from '../model/calendar';

/**
 * docs/contracts.md §7: a past occurrence in calendarView was held; one listed in the master's `cancelledOccurrences`
 * was cancelled (Graph leaves it out of calendarView); an exception whose start differs from its `originalStart` was
 * moved. "Moved" is a flag, not a state: a moved occurrence in the past was also held.
 */
export type OccurrenceState = 'held' | 'upcoming' | 'cancelled';

export interface OccurrenceRecord {
  /** The occurrence's iCalUId when known (cancelled occurrences have none in calendarView). */
  iCalUId: string | null;
  /** UTC instant the occurrence started (or would have started). */
  start: string;
  originalStart: string | null;
  state: OccurrenceState;
  moved: boolean;
}

const instant = (iso: string): number => Date.parse(iso);

/** Compares instants, not strings: Graph writes "…T09:00:00.0000000Z" where others write "…T09:00:00Z". */
export const isMoved = (event: Pick<CalendarEvent, 'type' | 'start' | 'originalStart'>): boolean =>
  event.type === 'exception' && event.originalStart !== null && instant(event.originalStart) !== instant(event.start);

export function occurrenceStatus(
  event: Pick<CalendarEvent, 'type' | 'start' | 'originalStart' | 'isCancelled'>,
  now: string | Date,
): { state: OccurrenceState; moved: boolean } {
  const nowMs = typeof now === 'string' ? instant(now) : now.getTime();
  const moved = isMoved(event);
  if (event.isCancelled) return { state: 'cancelled', moved };
  return { state: instant(event.start) <= nowMs ? 'held' : 'upcoming', moved };
}

/**
 * One record per occurrence: the events of calendarView (deduplicated by iCalUId, else id) and the cancelled
 * starts of their series masters, in start order. A cancelled start that calendarView also returns (a stale
 * cancellation list) counts once, as the event.
 */
export function occurrenceTimeline(
  events: readonly CalendarEvent[],
  cancellations: readonly SeriesCancellations[],
  now: string | Date,
): OccurrenceRecord[] {
  const seen = new Set<string>();
  const records: OccurrenceRecord[] = [];
  const startsOfSeries = new Map<string, Set<number>>();
  for (const event of events) {
    if (event.type === 'seriesMaster') continue;
    const id = event.iCalUId || event.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const { state, moved } = occurrenceStatus(event, now);
    records.push({ iCalUId: event.iCalUId || null, start: event.start, originalStart: event.originalStart, state, moved });
    if (event.seriesMasterId) {
      const starts = startsOfSeries.get(event.seriesMasterId) ?? new Set<number>();
      starts.add(instant(event.originalStart ?? event.start));
      startsOfSeries.set(event.seriesMasterId, starts);
    }
  }
  for (const series of cancellations) {
    const present = startsOfSeries.get(series.seriesMasterId) ?? new Set<number>();
    for (const start of new Set(series.cancelledStarts)) {
      if (present.has(instant(start))) continue;
      present.add(instant(start));
      records.push({ iCalUId: null, start, originalStart: start, state: 'cancelled', moved: false });
    }
  }
  return records.sort((a, b) => instant(a.start) - instant(b.start));
}
