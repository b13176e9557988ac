import type { RunningEmulator } from '../../../tools/graph-emulator';
import { reset } from '../../../tools/graph-emulator/control-client';
import { allPages, emulatorForFile, errorCode, graph, HISTORY, NOW, values } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());
beforeEach(() => reset(emulator.url, { now: NOW }));

type Ev = Record<string, unknown> & { id: string; subject: string; type: string; seriesMasterId?: string; iCalUId: string; originalStart?: string; start: { dateTime: string } };
const subjectIs = (s: string) => encodeURIComponent(`subject eq '${s}'`);

async function occurrencesOf(subject: string): Promise<Ev[]> {
  return (await allPages(emulator.url, `/me/calendarView?${HISTORY}&$filter=${subjectIs(subject)}`)).items as Ev[];
}

describe('events', () => {
  it('lists cancelled occurrences only on a GET of the series master that selects them', async () => {
    const [first] = await occurrencesOf('1:1 James <> Dana');
    const masterId = first?.seriesMasterId as string;
    const plain = await graph(emulator.url, `/me/events/${masterId}`);
    expect(plain.body.type).toBe('seriesMaster');
    expect(plain.body).not.toHaveProperty('cancelledOccurrences');
    expect(plain.body.recurrence).toMatchObject({ pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'] }, range: { type: 'numbered' } });
    const selected = await graph(emulator.url, `/me/events/${masterId}?$select=subject,cancelledOccurrences`);
    const cancelled = selected.body.cancelledOccurrences as string[];
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatch(new RegExp(`^OID\\.${masterId}\\.\\d{4}-\\d\\d-\\d\\d$`));
  });

  it('expands a fortnightly series with /instances and keeps iCalUId per occurrence', async () => {
    const [first] = await occurrencesOf('שיחה אישית – יוסי ודנה');
    const instances = values(await graph(emulator.url, `/me/events/${first?.seriesMasterId as string}/instances?${HISTORY}`)) as Ev[];
    // Fortnightly from week -12: weeks -12, -10, …, -2 (six slots), one cancelled.
    expect(instances).toHaveLength(5);
    const days = instances.map((i) => Date.parse(i.originalStart as string) / 86_400_000);
    expect(days.slice(1).map((d, k) => d - (days[k] as number))).toEqual(expect.arrayContaining([14]));
    expect(new Set(instances.map((i) => i.iCalUId)).size).toBe(5);
  });

  it('PATCHes an occurrence body into an exception that keeps its iCalUId and the Teams block', async () => {
    const occurrence = (await occurrencesOf('1:1 נועה / דנה')).find((e) => e.type === 'occurrence') as Ev;
    const before = await graph(emulator.url, `/me/events/${occurrence.id}`);
    const body = (before.body.body as { content: string }).content;
    expect(body).toContain('Microsoft Teams meeting');
    const agenda = '<h2>1:1 agenda</h2>';
    const patched = await graph(emulator.url, `/me/events/${occurrence.id}`, {
      method: 'PATCH',
      body: { body: { contentType: 'html', content: agenda + body } },
      headers: { 'If-Match': before.body['@odata.etag'] as string },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.type).toBe('exception');
    expect(patched.body.iCalUId).toBe(occurrence.iCalUId);
    expect(patched.body['@odata.etag']).not.toBe(before.body['@odata.etag']);
    const after = (patched.body.body as { content: string }).content;
    expect(after).toMatch(/^<html>[\s\S]*<body>\s*<h2>1:1 agenda<\/h2>/);
    expect(after.match(/<html>/g)).toHaveLength(1);
    expect(after).toContain('Microsoft Teams meeting');
    const stale = await graph(emulator.url, `/me/events/${occurrence.id}`, {
      method: 'PATCH',
      body: { subject: 'x' },
      headers: { 'If-Match': before.body['@odata.etag'] as string },
    });
    expect(stale.status).toBe(412);
  });

  it('moves an occurrence: start differs from originalStart, the iCalUId stays', async () => {
    const occurrence = (await occurrencesOf('1:1 Erik & Dana')).find((e) => e.type === 'occurrence') as Ev;
    const moved = await graph(emulator.url, `/me/events/${occurrence.id}`, {
      method: 'PATCH',
      body: { start: { dateTime: '2026-09-30T12:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-09-30T12:30:00', timeZone: 'UTC' } },
    });
    expect(moved.body.start).toEqual({ dateTime: '2026-09-30T12:00:00.0000000', timeZone: 'UTC' });
    expect(moved.body.originalStart).toBe(occurrence.originalStart);
    expect(moved.body.iCalUId).toBe(occurrence.iCalUId);
  });

  it('cancelling an occurrence removes it from calendarView and lists it on the master', async () => {
    const occurrences = await occurrencesOf('Avstämning Astrid/Dana');
    const target = occurrences[0] as Ev;
    expect((await graph(emulator.url, `/me/events/${target.id}/cancel`, { method: 'POST', body: { comment: 'Sorry' } })).status).toBe(202);
    expect(await occurrencesOf('Avstämning Astrid/Dana')).toHaveLength(occurrences.length - 1);
    const master = await graph(emulator.url, `/me/events/${target.seriesMasterId as string}?$select=cancelledOccurrences`);
    expect(master.body.cancelledOccurrences as string[]).toHaveLength(2);
    expect((await graph(emulator.url, `/me/events/${target.id}`)).status).toBe(404);
  });

  it('lets only the organizer change an event, and rejects unknown or read-only properties', async () => {
    const occurrence = (await occurrencesOf('1:1 James <> Dana'))[0] as Ev;
    const asReport = await graph(emulator.url, `/me/events/${occurrence.id}`, { method: 'PATCH', body: { subject: 'mine now' }, token: 'demo:james.carter@contoso.com' });
    expect(asReport.status).toBe(403);
    expect(errorCode(asReport)).toBe('ErrorAccessDenied');
    const unknown = await graph(emulator.url, `/me/events/${occurrence.id}`, { method: 'PATCH', body: { mood: 'happy' } });
    expect(unknown.status).toBe(400);
    expect(errorCode(await graph(emulator.url, '/me/events/AAMkAGnothere'))).toBe('ErrorItemNotFound');
  });

  it('stores a text body as HTML', async () => {
    const single = values(await graph(emulator.url, `/me/events?$filter=${subjectIs('Focus time')}`))[0] as Ev;
    const patched = await graph(emulator.url, `/me/events/${single.id}`, { method: 'PATCH', body: { body: { contentType: 'text', content: 'a < b\nnext' } } });
    expect((patched.body.body as { content: string }).content).toContain('a &lt; b<br>');
  });

  it('shows the viewer their own copy: isOrganizer and responseStatus per user', async () => {
    const asSara = values(await graph(emulator.url, `/me/calendarView?startDateTime=2026-11-24T00:00:00Z&endDateTime=2026-11-29T00:00:00Z&$filter=${subjectIs('Catch-up with Sara')}`, { token: 'demo:sara.nilsson@contoso.com' }));
    expect(asSara[0]).toMatchObject({ isOrganizer: false, responseStatus: { response: 'declined' } });
  });
});
