import type { CalendarEvent, EventBody } from '../../../../src/domain/model/calendar';
import type { Person } from '../../../../src/domain/model/people';
import { followUpOf } from '../../../../src/features/follow-up-sync/engine/follow-up';
import type { FollowUpRow, MeetingFollowUps, MeetingRef } from '../../../../src/features/follow-up-sync/engine/types';
import type { SyncRequest } from '../../../../src/features/follow-up-sync/engine/sync-follow-ups';

export const manager: Person = { id: 'm1', displayName: 'Maya Manager', mail: 'maya@contoso.test' };
export const dana: Person = { id: 'r1', displayName: 'Dana Levi', mail: 'dana@contoso.test' };
export const erik: Person = { id: 'r2', displayName: 'Erik Lund', mail: 'erik@contoso.test' };

export const meetingWith = (report: Person, day: string, overrides: Partial<MeetingRef> = {}): MeetingRef => ({
  iCalUId: `ical-${report.id}-${day}`,
  eventId: `event-${report.id}-${day}`,
  subject: `1:1 ${report.displayName}`,
  start: `${day}T08:00:00Z`,
  end: `${day}T08:30:00Z`,
  timeZone: 'Europe/Stockholm',
  webLink: 'https://outlook.office.com/calendar/item/1',
  reportId: report.id,
  reportName: report.displayName,
  ...overrides,
});

export async function meetingFollowUps(meeting: MeetingRef, rows: FollowUpRow[]): Promise<MeetingFollowUps> {
  return { meeting, followUps: await Promise.all(rows.map((row) => followUpOf(meeting, row, manager.id))), unreadable: [] };
}

export async function requestFor(...meetings: Array<[MeetingRef, FollowUpRow[]]>): Promise<SyncRequest> {
  return {
    manager,
    reports: [dana, erik],
    meetings: await Promise.all(meetings.map(([meeting, rows]) => meetingFollowUps(meeting, rows))),
  };
}

/** A held 1:1 with a report, its body holding the next-steps table. */
export const oneOnOneEvent = (report: Person, day: string): CalendarEvent => ({
  id: `event-${report.id}-${day}`,
  iCalUId: `ical-${report.id}-${day}`,
  subject: `1:1 ${report.displayName}`,
  start: `${day}T08:00:00Z`,
  end: `${day}T08:30:00Z`,
  timeZone: 'Europe/Stockholm',
  isAllDay: false,
  isCancelled: false,
  type: 'occurrence',
  seriesMasterId: 'series',
  originalStart: `${day}T08:00:00Z`,
  organizer: { name: manager.displayName, address: manager.mail },
  isOrganizer: true,
  myResponse: 'organizer',
  attendees: [{ name: report.displayName, address: report.mail, type: 'required', response: 'accepted' }],
  webLink: 'https://outlook.office.com/calendar/item/1',
});

export const nextStepsBody = (...rows: Array<[string, string, string]>): EventBody => ({
  contentType: 'html',
  content: `<h3>Next steps</h3><table><tr><th>Who</th><th>What</th><th>By when</th><th>Follow-up</th></tr>${rows
    .map(([who, what, when]) => `<tr><td>${who}</td><td>${what}</td><td>${when}</td><td></td></tr>`)
    .join('')}</table>`,
});
