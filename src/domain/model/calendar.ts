/**
 * A calendar event in Graph's shape, reduced to what Rapport reads. Times are instants (ISO 8601 with `Z`):
 * gateways ask Graph for UTC and append the zone designator Graph leaves out. All-day events keep their
 * midnight-to-midnight dates and must never be converted between zones.
 */
export type EventType = 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
export type AttendeeType = 'required' | 'optional' | 'resource';
export type ResponseKind = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface Attendee {
  name: string;
  address: string;
  type: AttendeeType;
  response: ResponseKind;
}

export interface CalendarEvent {
  id: string;
  iCalUId: string;
  subject: string;
  /** UTC instant, ISO 8601 with Z. */
  start: string;
  end: string;
  /** IANA zone of the event's original time zone when known (e.g. "Europe/Stockholm"), else null. */
  timeZone: string | null;
  isAllDay: boolean;
  isCancelled: boolean;
  type: EventType;
  seriesMasterId: string | null;
  /** For occurrences and exceptions: where the occurrence was before it was moved (UTC instant). */
  originalStart: string | null;
  organizer: { name: string; address: string };
  isOrganizer: boolean;
  /** The signed-in user's own response to the event. */
  myResponse: ResponseKind;
  attendees: Attendee[];
  webLink: string | null;
  /** The Teams join URL (`onlineMeeting.joinUrl`) when the event is a Teams meeting; absent when not read. */
  joinUrl?: string | null;
  /** True when the body starts with an agenda title (detected by the gateway from a body preview or the body). */
  bodyPreview?: string;
}

/** The cancelled occurrences of a series master (Graph: `cancelledOccurrences`, occurrence ids). */
export interface SeriesCancellations {
  seriesMasterId: string;
  /** The original start instants (UTC) of the cancelled occurrences, derived from the occurrence ids. */
  cancelledStarts: string[];
  /** The original dates (YYYY-MM-DD, the series' zone) exactly as the occurrence ids carry them. */
  cancelledDates?: string[];
}

export interface EventBody {
  contentType: 'html' | 'text';
  content: string;
}
