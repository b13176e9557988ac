import type { Attendee, CalendarEvent } from '../../../../src/domain/model/calendar';
import type { Team } from '../../../../src/domain/model/people';

export const team: Team = {
  manager: { id: 'm1', displayName: 'Maya Cohen', mail: 'maya.cohen@contoso.com', userPrincipalName: 'maya@contoso.onmicrosoft.com' },
  reports: [
    { id: 'r1', displayName: 'Dana Levi', mail: 'dana.levi@contoso.com' },
    { id: 'r2', displayName: 'Erik Lindqvist', mail: 'erik.lindqvist@contoso.com' },
    { id: 'r3', displayName: 'Noa Ben-David', mail: 'noa@contoso.com', userPrincipalName: 'noa.bendavid@contoso.onmicrosoft.com' },
    { id: 'r4', displayName: 'Sales Team Lead', mail: 'teamlead@contoso.com' },
  ],
};

export const maya = { name: 'Maya Cohen', address: 'maya.cohen@contoso.com' };
export const dana = { name: 'Dana Levi', address: 'dana.levi@contoso.com' };
export const erik = { name: 'Erik Lindqvist', address: 'erik.lindqvist@contoso.com' };

export const attendee = (who: { name: string; address: string }, extra: Partial<Attendee> = {}): Attendee => ({
  ...who,
  type: 'required',
  response: 'accepted',
  ...extra,
});

let counter = 0;
/** A calendarView event as the gateway hands it over (UTC instants), with Maya organising a 1:1 with Dana. */
export function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  counter += 1;
  return {
    id: `AAMk-${counter}`,
    iCalUId: `040000008200E00074C5B7101A82E008-${counter}`,
    subject: 'Dana / Maya',
    start: '2026-11-23T08:00:00Z',
    end: '2026-11-23T08:30:00Z',
    timeZone: 'Asia/Jerusalem',
    isAllDay: false,
    isCancelled: false,
    type: 'singleInstance',
    seriesMasterId: null,
    originalStart: null,
    organizer: maya,
    isOrganizer: true,
    myResponse: 'organizer',
    attendees: [attendee(dana)],
    webLink: null,
    ...overrides,
  };
}
