import type { CalendarEvent } from '../../../../src/domain/model/calendar';
import type { Person } from '../../../../src/domain/model/people';
import type { PlannerTask } from '../../../../src/domain/model/tasks';

export const manager: Person = { id: 'u-mgr', displayName: 'Dana Levi', mail: 'dana@contoso.example' };
export const alex: Person = { id: 'u-alex', displayName: 'Alex Berg', mail: 'alex@contoso.example' };
export const noa: Person = { id: 'u-noa', displayName: 'Noa Cohen', mail: 'noa@contoso.example' };
export const sam: Person = { id: 'u-sam', displayName: 'Sam Ek', mail: 'sam@contoso.example' };

/** A 30-minute 1:1 the manager organises with `with`, at `start` (UTC). */
export function oneOnOne(withPerson: Person, start: string, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
  return {
    id: `ev-${withPerson.id}-${start}`, iCalUId: `ical-${withPerson.id}-${start}`, subject: '1:1', start, end, timeZone: 'Europe/Stockholm',
    isAllDay: false, isCancelled: false, type: 'occurrence', seriesMasterId: `master-${withPerson.id}`, originalStart: start,
    organizer: { name: manager.displayName, address: manager.mail }, isOrganizer: true, myResponse: 'organizer',
    attendees: [
      { name: withPerson.displayName, address: withPerson.mail.toUpperCase(), type: 'required', response: 'accepted' },
      { name: 'Room 4', address: 'room4@contoso.example', type: 'resource', response: 'accepted' },
    ],
    webLink: null, bodyPreview: '', ...extra,
  };
}

export function plannerTask(fields: Partial<PlannerTask> & Pick<PlannerTask, 'id' | 'planId' | 'bucketId' | 'title'>): PlannerTask {
  return {
    assigneeIds: [], startDateTime: null, dueDateTime: null, completedDateTime: null, percentComplete: 0, isPromise: false,
    createdDateTime: '2026-10-01T00:00:00Z', createdByUserId: null, createdByAppId: null, etag: 'W/"1"', ...fields,
  };
}
