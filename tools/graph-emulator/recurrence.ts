import { DateTime } from 'luxon';
import type { EventRecord, OccurrenceOverride } from './store';
import { floatingToInstant } from './time';

/** One appearance of an event in a calendar view. */
export interface Instance {
  event: EventRecord;
  type: 'singleInstance' | 'occurrence' | 'exception';
  /** For occurrences and exceptions: the slot the series gave it (stays when the occurrence is moved). */
  originalStart?: number;
  start: number;
  end: number;
  override?: OccurrenceOverride;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;
const OCCURRENCE_PREFIX = 'AAMkOC';

const startsCache = new WeakMap<EventRecord, { key: string; starts: number[] }>();

/** Original starts of every occurrence of a weekly series (interval 1 = weekly, 2 = fortnightly), DST-correct. */
export function originalStarts(event: EventRecord): number[] {
  if (!event.recurrence) return [];
  // Cached per series shape: zone arithmetic is the costliest part of a calendarView.
  const key = `${event.start}|${event.timeZone}|${event.isAllDay}|${event.recurrence.interval}|${event.recurrence.occurrences}`;
  const cached = startsCache.get(event);
  if (cached?.key === key) return cached.starts;
  const starts = computeStarts(event);
  startsCache.set(event, { key, starts });
  return starts;
}

function computeStarts(event: EventRecord): number[] {
  if (!event.recurrence) return [];
  const { interval, occurrences } = event.recurrence;
  const starts: number[] = [];
  if (event.isAllDay) {
    for (let k = 0; k < occurrences; k += 1) starts.push(event.start + k * interval * WEEK_MS);
    return starts;
  }
  const first = DateTime.fromMillis(event.start, { zone: event.timeZone });
  for (let k = 0; k < occurrences; k += 1) starts.push(first.plus({ weeks: k * interval }).toMillis());
  return starts;
}

export function isOriginalStart(event: EventRecord, instant: number): boolean {
  return originalStarts(event).includes(instant);
}

/** Every instance of an event (cancelled occurrences are absent, moved ones appear at their new time). */
export function instancesOf(event: EventRecord): Instance[] {
  if (!event.recurrence) {
    return [{ event, type: 'singleInstance', start: event.start, end: event.end }];
  }
  const duration = event.end - event.start;
  const result: Instance[] = [];
  for (const originalStart of originalStarts(event)) {
    if (event.cancelled.has(originalStart)) continue;
    const override = event.exceptions.get(originalStart);
    if (override) {
      result.push({ event, type: 'exception', originalStart, start: override.start, end: override.end, override });
    } else {
      result.push({ event, type: 'occurrence', originalStart, start: originalStart, end: originalStart + duration });
    }
  }
  return result;
}

/**
 * Instances overlapping [from, to). All-day instances are floating dates placed in the viewer's zone, as Outlook
 * does (midnight to midnight wherever you look from).
 */
export function expandInWindow(event: EventRecord, from: number, to: number, viewerZone: string): Instance[] {
  return instancesOf(event).filter((instance) => {
    const start = event.isAllDay ? floatingToInstant(instance.start, viewerZone) : instance.start;
    const end = event.isAllDay ? floatingToInstant(instance.end, viewerZone) : instance.end;
    return start < to && end > from;
  });
}

/** Occurrence ids are stable: derived from the master id and the original start. */
export function occurrenceId(masterId: string, originalStart: number): string {
  return `${OCCURRENCE_PREFIX}${Buffer.from(`${masterId}|${originalStart}`).toString('base64url')}`;
}

export function parseOccurrenceId(id: string): { masterId: string; originalStart: number } | undefined {
  if (!id.startsWith(OCCURRENCE_PREFIX)) return undefined;
  const [masterId, start] = Buffer.from(id.slice(OCCURRENCE_PREFIX.length), 'base64url').toString().split('|');
  const originalStart = Number(start);
  return masterId && Number.isFinite(originalStart) ? { masterId, originalStart } : undefined;
}

const GOID_CLASS = '040000008200E00074C5B7101A82E008';

/**
 * iCalUId as Exchange builds it: the GlobalObjectId class bytes, then the occurrence's original date (year, month,
 * day; zero for the series and single events), then the series' own bytes. So each occurrence has its own
 * iCalUId, and moving it keeps it.
 */
const datePartCache = new Map<string, string>();

export function iCalUId(event: EventRecord, originalStart?: number): string {
  let datePart = '00000000';
  if (originalStart !== undefined) {
    const zone = event.isAllDay ? 'UTC' : event.timeZone;
    const cacheKey = `${originalStart}|${zone}`;
    datePart = datePartCache.get(cacheKey) ?? '';
    if (!datePart) {
      datePart = occurrenceDatePart(originalStart, zone);
      if (datePartCache.size > 50_000) datePartCache.clear();
      datePartCache.set(cacheKey, datePart);
    }
  }
  return `${GOID_CLASS}${datePart}${'0'.repeat(32)}10000000${event.goid}`.toUpperCase();
}

function occurrenceDatePart(originalStart: number, zone: string): string {
  const date = DateTime.fromMillis(originalStart, { zone });
  return date.year.toString(16).padStart(4, '0') + date.month.toString(16).padStart(2, '0') + date.day.toString(16).padStart(2, '0');
}
