import type { RunningEmulator } from '../../../tools/graph-emulator';
import { allPages, emulatorForFile, errorCode, graph, HISTORY, THIS_WEEK, values } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());

const UTC = { Prefer: 'outlook.timezone="UTC"' };
type Ev = Record<string, unknown> & { start: { dateTime: string; timeZone: string }; subject: string };

describe('calendarView', () => {
  it("returns this week's seeded 1:1s, ordered by start, in pages of 10 with nextLinks", async () => {
    const { items, pages } = await allPages(emulator.url, `/me/calendarView?${THIS_WEEK}`, UTC);
    expect(pages).toBeGreaterThan(1);
    const subjects = (items as Ev[]).map((e) => e.subject);
    expect(subjects).toEqual(expect.arrayContaining(['1:1 נועה / דנה', '1:1 Erik & Dana', 'Avstämning Astrid/Dana', '1:1 James <> Dana']));
    const starts = (items as Ev[]).map((e) => e.start.dateTime);
    expect([...starts].sort()).toEqual(starts);
  });

  it('reads window bounds with offsets, even an unencoded +', async () => {
    const call = await graph(emulator.url, '/me/calendarView?startDateTime=2026-11-23T01:00:00+01:00&endDateTime=2026-11-30T00:00:00+01:00');
    expect(call.status).toBe(200);
    expect(values(call).length).toBeGreaterThan(0);
  });

  it('needs a time window', async () => {
    const call = await graph(emulator.url, '/me/calendarView');
    expect(call.status).toBe(400);
    expect(errorCode(call)).toBe('ErrorInvalidParameter');
  });

  it('uses $top as the page size and keeps every other option in the nextLink', async () => {
    const first = await graph(emulator.url, `/me/calendarView?${THIS_WEEK}&$top=3&$select=subject,start`, { headers: UTC });
    expect(values(first)).toHaveLength(3);
    const next = first.body['@odata.nextLink'] as string;
    expect(next).toContain('$top=3');
    expect(next).toContain('$select=subject%2Cstart');
    expect(next).toContain('startDateTime=');
    expect(Object.keys(values(first)[0] as object).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
  });

  it('gives times without offset in the Prefer zone (UTC when absent) and echoes the zone', async () => {
    const query = `/me/calendarView?${THIS_WEEK}&$filter=${encodeURIComponent("subject eq '1:1 Erik & Dana'")}`;
    const utc = values(await graph(emulator.url, query))[0] as Ev;
    expect(utc.start).toEqual({ dateTime: '2026-11-23T08:00:00.0000000', timeZone: 'UTC' });
    const stockholm = await graph(emulator.url, query, { headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' } });
    expect((values(stockholm)[0] as Ev).start).toEqual({ dateTime: '2026-11-23T09:00:00.0000000', timeZone: 'W. Europe Standard Time' });
    expect(stockholm.headers.get('preference-applied')).toContain('outlook.timezone');
    const bad = await graph(emulator.url, query, { headers: { Prefer: 'outlook.timezone="Mars/Olympus"' } });
    expect(bad.status).toBe(400);
  });

  it('keeps a series at its local time across DST changes in its own zone', async () => {
    const filter = encodeURIComponent("subject eq 'Olivia & Dana weekly 1:1'");
    const { items } = await allPages(emulator.url, `/me/calendarView?${HISTORY}&$filter=${filter}&$count=true`, UTC);
    const utcHours = new Set((items as Ev[]).map((e) => e.start.dateTime.slice(11, 16)));
    // 10:00 in New York is 14:00 UTC in summer time and 15:00 UTC after the first Sunday of November.
    expect(utcHours).toEqual(new Set(['14:00', '15:00']));
    const first = await graph(emulator.url, `/me/calendarView?${HISTORY}&$filter=${filter}&$count=true`);
    expect(first.body['@odata.count']).toBe(items.length);
  });

  it('keeps all-day events midnight to midnight in every zone', async () => {
    const query = `/me/calendarView?startDateTime=2026-12-07T00:00:00Z&endDateTime=2026-12-12T00:00:00Z&$filter=isAllDay eq true`;
    const tokyo = values(await graph(emulator.url, query, { headers: { Prefer: 'outlook.timezone="Asia/Tokyo"' } })) as Ev[];
    const sko = tokyo.find((e) => e.subject.startsWith('Sales kickoff')) as Ev & { end: { dateTime: string } };
    expect(sko.start.dateTime).toBe('2026-12-08T00:00:00.0000000');
    expect(sko.end.dateTime).toBe('2026-12-10T00:00:00.0000000');
    expect(sko.start.timeZone).toBe('Asia/Tokyo');
  });

  it('leaves cancelled occurrences out and shows moved ones as exceptions with their originalStart', async () => {
    const { items } = await allPages(emulator.url, `/me/calendarView?${HISTORY}&$filter=${encodeURIComponent("subject eq '1:1 נועה / דנה'")}`, UTC);
    const noa = items as (Ev & { originalStart?: string; type: string; iCalUId: string })[];
    // Weekly from week -12 to the current week: 12 past slots, one cancelled.
    expect(noa).toHaveLength(11);
    const moved = noa.filter((e) => e.type === 'exception' && e.originalStart && !e.start.dateTime.startsWith(e.originalStart.slice(0, 16)));
    expect(moved).toHaveLength(1);
    // Moved from Tuesday 10:00 to Wednesday 14:00 Stockholm, in October: summer time, so 12:00 UTC.
    expect(moved[0]?.start.dateTime).toMatch(/T12:00:00/);
    expect(new Set(noa.map((e) => e.iCalUId)).size).toBe(noa.length);
  });

  it('returns bodies as HTML documents, or as text with outlook.body-content-type', async () => {
    const query = `/me/calendarView?${HISTORY}&$filter=${encodeURIComponent("subject eq '1:1 Erik & Dana' and type eq 'exception'")}&$select=body,subject`;
    const html = values(await graph(emulator.url, query)) as { body: { contentType: string; content: string } }[];
    const table = html.find((e) => e.body.content.includes('Nästa steg'));
    expect(table?.body.contentType).toBe('html');
    expect(table?.body.content).toMatch(/^<html>/);
    const text = values(await graph(emulator.url, query, { headers: { Prefer: 'outlook.body-content-type="text"' } })) as { body: { contentType: string; content: string } }[];
    const asText = text.find((e) => e.body.content.includes('Nästa steg'));
    expect(asText?.body.contentType).toBe('text');
    expect(asText?.body.content).toContain('Erik\tBoka kundbesök hos IKEA');
    expect(asText?.body.content).not.toContain('<');
  });
});
