import { findWindows } from 'windows-iana';
import type { Instance } from '../recurrence';
import { iCalUId, occurrenceId } from '../recurrence';
import { bodyPreview, htmlToText, wrapHtml } from '../html-text';
import type { EventRecord, Store } from '../store';
import { outlookChangeKey } from '../store';
import { floatingDate, localDate, offsetTime, type OutputZone, wallTime } from '../time';

export interface RenderOptions {
  zone: OutputZone;
  bodyType: 'html' | 'text';
  viewerId: string;
  store: Store;
}

export const teamsJoinUrl = (event: EventRecord) =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${event.goid.slice(0, 24)}%40thread.v2/0`;

/** The block Outlook adds to a Teams meeting's body; clients must keep it when they edit the body. */
export function teamsBlock(event: EventRecord): string {
  return `<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div><div class="me-email-text" lang="en-US" style="color:#242424"><div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div><div style="margin-bottom:6px"><a class="me-email-headline" href="${teamsJoinUrl(event)}" target="_blank" rel="noreferrer noopener" style="font-size:20px;font-weight:600;text-decoration:underline;color:#5B5FC7">Join the meeting now</a></div></div>`;
}

const windowsNames = new Map<string, string>();
function windowsName(iana: string): string {
  let name = windowsNames.get(iana);
  if (name === undefined) {
    name = iana === 'UTC' ? 'UTC' : (findWindows(iana)[0] ?? iana);
    windowsNames.set(iana, name);
  }
  return name;
}

function dateTimeTimeZone(event: EventRecord, instant: number, zone: OutputZone) {
  // All-day events are midnight to midnight in every zone: never converted.
  const dateTime = event.isAllDay ? `${floatingDate(instant)}T00:00:00.0000000` : wallTime(instant, zone.iana);
  return { dateTime, timeZone: zone.label };
}

function recurrenceOf(event: EventRecord) {
  if (!event.recurrence) return null;
  const startDate = event.isAllDay ? floatingDate(event.start) : localDate(event.start, event.timeZone);
  const weekday = new Date(`${startDate}T00:00:00Z`).getUTCDay();
  const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  return {
    pattern: { type: 'weekly', interval: event.recurrence.interval, month: 0, dayOfMonth: 0, daysOfWeek: [days[weekday]], firstDayOfWeek: 'sunday', index: 'first' },
    range: { type: 'numbered', startDate, endDate: '0001-01-01', recurrenceTimeZone: windowsName(event.timeZone), numberOfOccurrences: event.recurrence.occurrences },
  };
}

/** `OID.<master id>.<original date>`, the form Graph lists cancelled occurrences in. */
export function cancelledOccurrenceIds(event: EventRecord): string[] {
  return [...event.cancelled].sort((a, b) => a - b).map((start) => `OID.${event.id}.${event.isAllDay ? floatingDate(start) : localDate(start, event.timeZone)}`);
}

/** Renders a series master (instance undefined, event recurring), a single event, an occurrence or an exception. */
export function renderEvent(event: EventRecord, instance: Instance | undefined, options: RenderOptions): Record<string, unknown> {
  const { store, zone } = options;
  const organizer = store.users.get(event.organizerId);
  const override = instance?.override;
  const isMaster = !instance && Boolean(event.recurrence);
  const type = isMaster ? 'seriesMaster' : (instance?.type ?? 'singleInstance');
  const id = instance?.originalStart !== undefined ? occurrenceId(event.id, instance.originalStart) : event.id;
  const version = override?.version ?? event.version;
  const changeKey = outlookChangeKey(id, version);
  const html = wrapHtml(override?.bodyHtml ?? event.bodyHtml);
  const start = instance?.start ?? event.start;
  const end = instance?.end ?? event.end;
  const isOrganizer = options.viewerId === event.organizerId;
  const viewer = store.users.get(options.viewerId);
  const mine = event.attendees.find((a) => a.address.toLowerCase() === viewer?.mail.toLowerCase());
  const location = override?.location ?? event.location;
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id,
    createdDateTime: offsetTime(event.createdDateTime),
    lastModifiedDateTime: offsetTime(event.lastModifiedDateTime),
    changeKey,
    categories: event.categories,
    originalStartTimeZone: windowsName(event.timeZone),
    originalEndTimeZone: windowsName(event.timeZone),
    iCalUId: iCalUId(event, instance?.originalStart),
    reminderMinutesBeforeStart: 15,
    isReminderOn: !event.isAllDay,
    hasAttachments: false,
    subject: override?.subject ?? event.subject,
    bodyPreview: bodyPreview(html),
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: event.isAllDay,
    isCancelled: event.isCancelled,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: instance?.originalStart !== undefined ? event.id : null,
    showAs: event.showAs,
    type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: isOrganizer ? 'organizer' : (mine?.response ?? 'none'), time: '0001-01-01T00:00:00Z' },
    body: options.bodyType === 'text' ? { contentType: 'text', content: htmlToText(html) } : { contentType: 'html', content: html },
    start: dateTimeTimeZone(event, start, zone),
    end: dateTimeTimeZone(event, end, zone),
    ...(instance?.originalStart !== undefined ? { originalStart: offsetTime(instance.originalStart) } : {}),
    location: { displayName: location, locationType: 'default', uniqueIdType: location ? 'private' : 'unknown', ...(location ? { uniqueId: location } : {}) },
    locations: location ? [{ displayName: location, locationType: 'default', uniqueId: location, uniqueIdType: 'private' }] : [],
    recurrence: isMaster ? recurrenceOf(event) : null,
    attendees: event.attendees.map((a) => ({ type: a.type, status: { response: a.response, time: '0001-01-01T00:00:00Z' }, emailAddress: { name: a.name, address: a.address } })),
    organizer: { emailAddress: { name: organizer?.displayName ?? '', address: organizer?.mail ?? '' } },
    onlineMeeting: event.isOnlineMeeting ? { joinUrl: teamsJoinUrl(event) } : null,
  };
}
