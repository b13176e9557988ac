import { prependAgenda } from '../../../../src/adapters/graph/gateways/body-merge';
import { cancelledStartsOf } from '../../../../src/adapters/graph/gateways/calendar-gateway';
import { ianaZone, toCalendarEvent, toInstant } from '../../../../src/adapters/graph/gateways/event-mapping';
import { loadWindowsZones } from '../../../../src/adapters/graph/gateways/zone-table';
import { windowsToIana as zones } from '../../../../src/domain/time/windows-zones';

describe('prepending an agenda', () => {
  const teamsBlock = '<div>________________<br><a href="https://teams.microsoft.com/l/meetup-join/x">Join</a></div>';

  it('inserts after <body…> and keeps the rest byte for byte', () => {
    const existing = `<html><head><meta charset="utf-8"></head><body dir="ltr" class="x">${teamsBlock}</body></html>`;
    const merged = prependAgenda({ contentType: 'html', content: existing }, { contentType: 'html', content: '<h2>Agenda</h2>' });
    expect(merged?.content).toBe(`<html><head><meta charset="utf-8"></head><body dir="ltr" class="x"><h2>Agenda</h2>${teamsBlock}</body></html>`);
  });

  it('prefixes a fragment without <body>, and does nothing when the agenda is already there', () => {
    const merged = prependAgenda({ contentType: 'html', content: teamsBlock }, { contentType: 'html', content: '<h2>Agenda</h2>' });
    expect(merged?.content).toBe(`<h2>Agenda</h2>${teamsBlock}`);
    expect(prependAgenda(merged!, { contentType: 'html', content: '<h2>Agenda</h2>' })).toBeNull();
  });

  it('converts between text and HTML when the body is of the other kind', () => {
    expect(prependAgenda({ contentType: 'text', content: 'Join: https://x' }, { contentType: 'html', content: '<h2>A &amp; B</h2><p>Prepared</p>' })?.content).toBe(
      'A & B\nPrepared\n\nJoin: https://x',
    );
    expect(prependAgenda({ contentType: 'html', content: '<p>x</p>' }, { contentType: 'text', content: 'a<b\nc' })?.content).toBe('<p>a&lt;b</p><p>c</p><p>x</p>');
  });
});

describe('event mapping', () => {
  it('turns Graph UTC date-times into instants and keeps all-day dates', () => {
    expect(toInstant({ dateTime: '2026-11-23T09:30:00.0000000', timeZone: 'UTC' }, zones)).toBe('2026-11-23T09:30:00.000Z');
    expect(toInstant({ dateTime: '2026-11-24T00:00:00.0000000', timeZone: 'W. Europe Standard Time' }, zones, true)).toBe('2026-11-24T00:00:00.000Z');
    expect(toInstant({ dateTime: '2026-11-23T10:30:00', timeZone: 'Europe/Stockholm' }, zones)).toBe('2026-11-23T09:30:00.000Z');
  });

  it('maps Windows zone names to IANA', () => {
    expect(ianaZone('Israel Standard Time', zones)).toBe('Asia/Jerusalem');
    expect(ianaZone('Europe/Stockholm', zones)).toBe('Europe/Stockholm');
    expect(ianaZone('tzone://Microsoft/Custom', zones)).toBeNull();
  });

  it('maps an occurrence with attendees and its original start', () => {
    const event = toCalendarEvent({
      id: 'e1',
      iCalUId: 'ical-1',
      subject: '1:1',
      start: { dateTime: '2026-11-23T09:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-11-23T09:30:00.0000000', timeZone: 'UTC' },
      type: 'exception',
      originalStart: '2026-11-22T09:00:00Z',
      organizer: { emailAddress: { name: 'Ada', address: 'ada@contoso.test' } },
      attendees: [{ type: 'resource', status: { response: 'accepted' }, emailAddress: { name: 'Room', address: 'room@contoso.test' } }],
    }, zones);
    expect(event).toMatchObject({ start: '2026-11-23T09:00:00.000Z', originalStart: '2026-11-22T09:00:00.000Z', type: 'exception', myResponse: 'none' });
    expect(event.attendees).toEqual([{ name: 'Room', address: 'room@contoso.test', type: 'resource', response: 'accepted' }]);
  });

  it('derives cancelled starts from occurrence ids at the series local time, across a DST change', () => {
    const master = {
      id: 'm',
      start: { dateTime: '2026-10-19T08:00:00.0000000', timeZone: 'UTC' }, // 10:00 in Stockholm (summer time)
      originalStartTimeZone: 'W. Europe Standard Time',
      cancelledOccurrences: ['OID.m.2026-11-02'],
    };
    expect(cancelledStartsOf(master, zones)).toEqual({ dates: ['2026-11-02'], starts: ['2026-11-02T09:00:00.000Z'] });
  });

  it('loads the zone table the gateway maps with once, as the CLDR table', async () => {
    const table = await loadWindowsZones();
    expect(table('Israel Standard Time')).toBe('Asia/Jerusalem');
    expect(await loadWindowsZones()).toBe(table);
  });
});
