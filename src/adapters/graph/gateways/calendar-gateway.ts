import { isValidZone, wallTimeAt, wallTimeToUtc } from '../../../domain/time/calendar-days';
import type { EventBody, SeriesCancellations } from '../../../domain/model/calendar';
import type { CalendarPort } from '../../../ports/graph-ports';
import { isRapportError } from '../../../ports/errors';
import type { Batcher } from '../batch';
import type { GraphClient } from '../graph-client';
import { PREFER_UTC, query } from '../odata';
import { getAllPages } from '../paging';
import { prependAgenda } from './body-merge';
import { EVENT_SELECT, ianaZone, toCalendarEvent, toInstant, type EventDto, type WindowsZones } from './event-mapping';
import { loadWindowsZones } from './zone-table';

interface MasterDto {
  id: string;
  start?: { dateTime: string; timeZone?: string };
  originalStartTimeZone?: string | null;
  cancelledOccurrences?: string[];
}
interface BodyDto {
  '@odata.etag'?: string;
  body?: { contentType?: string; content?: string };
}

export interface CalendarGatewayOptions {
  /** Events asked per calendarView page ($top; Graph's default is 10, its maximum 1000). */
  pageSize?: number;
}

/**
 * An occurrence id ends with the occurrence's original date ("OID.<master id>.2026-11-23"). Its start is that
 * date at the series' local start time in the series' zone.
 */
export const cancelledStartsOf = (master: MasterDto, zones: WindowsZones): { dates: string[]; starts: string[] } => {
  const dates = (master.cancelledOccurrences ?? []).map((id) => /(\d{4}-\d{2}-\d{2})$/.exec(id)?.[1]).filter((d): d is string => !!d);
  const zone = ianaZone(master.originalStartTimeZone, zones) ?? 'UTC';
  const known = isValidZone(zone);
  const masterMs = master.start ? Date.parse(toInstant(master.start, zones)) : NaN;
  const masterStart = Number.isNaN(masterMs) || !known ? null : wallTimeAt(masterMs, zone);
  const starts = dates.map((date) => {
    if (!known) return `${date}T00:00:00.000Z`;
    const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
    const instant = wallTimeToUtc({ year, month, day, hour: masterStart?.hour ?? 0, minute: masterStart?.minute ?? 0, second: 0 }, zone);
    return Number.isNaN(instant) ? `${date}T00:00:00.000Z` : new Date(instant).toISOString();
  });
  return { dates, starts };
};

const toBody = (dto: BodyDto): EventBody => ({
  contentType: dto.body?.contentType?.toLowerCase() === 'text' ? 'text' : 'html',
  content: dto.body?.content ?? '',
});

export const createCalendarGateway = (client: GraphClient, batch: Batcher, options: CalendarGatewayOptions = {}): CalendarPort => {
  const readBody = (eventId: string) => client.json<BodyDto>(`/me/events/${encodeURIComponent(eventId)}${query({ $select: 'body' })}`);

  return {
    async listEvents({ start, end }) {
      const path = `/me/calendarView${query({ startDateTime: start, endDateTime: end, $select: EVENT_SELECT, $top: options.pageSize ?? 100 })}`;
      const zoneTable = loadWindowsZones(); // beside the request, not after it
      zoneTable.catch(() => undefined); // awaited below; unhandled only if the request fails first
      const events = await getAllPages<EventDto>(client, path, { headers: { ...PREFER_UTC } });
      const zones = await zoneTable;
      return events.map((dto) => toCalendarEvent(dto, zones));
    },

    async cancellations(seriesMasterIds): Promise<SeriesCancellations[]> {
      const unique = [...new Set(seriesMasterIds)];
      if (unique.length === 0) return [];
      const zoneTable = loadWindowsZones();
      zoneTable.catch(() => undefined);
      const answers = await batch<MasterDto>(
        unique.map((id, index) => ({
          id: String(index + 1),
          method: 'GET' as const,
          url: `/me/events/${encodeURIComponent(id)}${query({ $select: 'cancelledOccurrences,start,originalStartTimeZone' })}`,
          headers: { ...PREFER_UTC },
        })),
        { mailbox: true },
      );
      const zones = await zoneTable;
      return answers.flatMap((answer, index) => {
        // A series deleted since the calendar was read has no cancellations to report.
        if (answer.error?.kind === 'not-found') return [];
        if (answer.error) throw answer.error;
        const { dates, starts } = cancelledStartsOf(answer.body, zones);
        return [{ seriesMasterId: unique[index] ?? answer.body.id, cancelledStarts: starts, cancelledDates: dates }];
      });
    },

    getBody: async (eventId) => toBody(await readBody(eventId)),

    /** GET then PATCH with the event's ETag; if someone changed the body in between, read again and redo. */
    async prependToBody(eventId, agenda) {
      for (let attempt = 0; ; attempt += 1) {
        const current = await readBody(eventId);
        const merged = prependAgenda(toBody(current), agenda);
        if (!merged) return;
        const etag = current['@odata.etag'];
        try {
          await client.call(`/me/events/${encodeURIComponent(eventId)}`, {
            method: 'PATCH',
            headers: etag ? { 'If-Match': etag } : {},
            body: { body: merged },
          });
          return;
        } catch (error) {
          if (!isRapportError(error) || error.kind !== 'conflict' || attempt >= 2) throw error;
        }
      }
    },
  };
};
