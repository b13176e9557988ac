import type { Person } from '../../../../src/domain/model/people';
import { followUpOf } from '../../../../src/features/follow-up-sync/follow-up';
import type { FollowUpRow, MeetingFollowUps, MeetingRef } from '../../../../src/features/follow-up-sync/types';
import type { SyncRequest } from '../../../../src/features/follow-up-sync/engine';

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
