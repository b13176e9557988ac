import type { AttendeeType, CalendarEvent, EventType, ResponseKind } from '../../../domain/model/calendar';
import { isValidZone, wallTimeToUtc } from '../../../domain/time/calendar-days';

/**
 * Windows zone name → IANA (domain/time/windows-zones.ts, CLDR's table). The mapping takes it as a parameter so the
 * table (windows-iana, ~15 kB gzip) can load as its own chunk beside the first Graph request (zone-table.ts).
 */
export type WindowsZones = (windowsName: string) => string | null;

interface DateTimeTimeZone {
  dateTime: string;
  timeZone?: string;
}
interface EmailAddress {
  name?: string;
  address?: string;
}
export interface EventDto {
  id: string;
  iCalUId?: string;
  subject?: string | null;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isAllDay?: boolean;
  isCancelled?: boolean;
  type?: EventType;
  seriesMasterId?: string | null;
  originalStart?: string | null;
  originalStartTimeZone?: string | null;
  organizer?: { emailAddress?: EmailAddress };
  isOrganizer?: boolean;
  responseStatus?: { response?: ResponseKind };
  attendees?: Array<{ type?: AttendeeType; status?: { response?: ResponseKind }; emailAddress?: EmailAddress }>;
  webLink?: string | null;
  bodyPreview?: string;
  onlineMeeting?: { joinUrl?: string | null } | null;
}

export const EVENT_SELECT = [
  'id', 'iCalUId', 'subject', 'start', 'end', 'isAllDay', 'isCancelled', 'type', 'seriesMasterId', 'originalStart',
  'originalStartTimeZone', 'organizer', 'isOrganizer', 'responseStatus', 'attendees', 'webLink', 'bodyPreview',
  'onlineMeeting',
].join(',');

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

/** "2026-11-23T10:30:00.0000000" read on the wall clock of `zone`, as a UTC instant (null when it is no such time). */
const wallInZoneToInstant = (plain: string, zone: string): string | null => {
  const m = WALL_TIME.exec(plain);
  if (!m || !isValidZone(zone)) return null;
  const [year, month, day, hour, minute, second = 0] = m.slice(1, 7).map((v) => (v === undefined ? 0 : Number(v)));
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59 || second > 59) return null;
  const instant = wallTimeToUtc({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second }, zone, ms);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
};

/**
 * Graph's dateTime has no offset: it is in the zone we asked for (UTC). Appending Z makes it an instant. All-day
 * events are midnight to midnight on their dates and take the same path: their dates are kept, never converted.
 */
export const toInstant = (value: DateTimeTimeZone, zones: WindowsZones, isAllDay = false): string => {
  const plain = value.dateTime.replace(/Z$/, '');
  const zone = ianaZone(value.timeZone, zones);
  if (!isAllDay && zone && !/^(UTC|Etc\/UTC)$/i.test(zone)) {
    // Graph ignored our Prefer (it should not): convert from the zone it names.
    const converted = wallInZoneToInstant(plain, zone);
    if (converted) return converted;
  }
  const [whole = plain, fraction = ''] = plain.split('.');
  return `${whole}.${fraction.padEnd(3, '0').slice(0, 3)}Z`;
};

/** The event's own zone as IANA: Graph reports a Windows name ("W. Europe Standard Time") or an IANA one. */
export const ianaZone = (zone: string | null | undefined, zones: WindowsZones): string | null => {
  if (!zone || zone.startsWith('tzone://')) return null;
  if (/^(UTC|Etc\/UTC)$/i.test(zone)) return zone;
  return zones(zone);
};

const normaliseInstant = (value: string | null | undefined): string | null => {
  if (!value) return null;
  const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

const address = (email?: EmailAddress) => ({ name: email?.name ?? email?.address ?? '', address: email?.address ?? '' });

export const toCalendarEvent = (dto: EventDto, zones: WindowsZones): CalendarEvent => ({
  id: dto.id,
  iCalUId: dto.iCalUId ?? dto.id,
  subject: dto.subject ?? '',
  start: toInstant(dto.start, zones, dto.isAllDay),
  end: toInstant(dto.end, zones, dto.isAllDay),
  timeZone: ianaZone(dto.originalStartTimeZone, zones),
  isAllDay: dto.isAllDay ?? false,
  isCancelled: dto.isCancelled ?? false,
  type: dto.type ?? 'singleInstance',
  seriesMasterId: dto.seriesMasterId ?? null,
  originalStart: normaliseInstant(dto.originalStart),
  organizer: address(dto.organizer?.emailAddress),
  isOrganizer: dto.isOrganizer ?? false,
  myResponse: dto.responseStatus?.response ?? 'none',
  attendees: (dto.attendees ?? []).map((attendee) => ({
    ...address(attendee.emailAddress),
    type: attendee.type ?? 'required',
    response: attendee.status?.response ?? 'none',
  })),
  webLink: dto.webLink ?? null,
  ...(dto.onlineMeeting !== undefined ? { joinUrl: dto.onlineMeeting?.joinUrl ?? null } : {}),
  ...(dto.bodyPreview !== undefined ? { bodyPreview: dto.bodyPreview } : {}),
});
