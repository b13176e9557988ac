import { startGraphHarness, type GraphHarness, type HarnessOptions } from '../graph-harness';

/** Runs in node (tests/integration/graph) and in jsdom as a browser sees Graph (tests/jsdom/graph). */
export function calendarScenarios(mode: HarnessOptions = {}): void {
  let h: GraphHarness;
  beforeAll(async () => {
    h = await startGraphHarness({ pageSize: 10, calendarPageSize: 10, ...mode });
  });
  afterAll(() => h.close());
  beforeEach(() => h.control.reset({ now: '2026-11-23T08:00:00.000Z', pageSize: 10 }));

  describe('calendar gateway against the emulator', () => {
    it('collects all 37 events of a window at page size 10, sending Prefer: UTC with every page', async () => {
      // graph-paging.json: a weekly 1:1 (35 occurrences from next week, 10:00 Stockholm), a two-day all-day event and
      // a 15:00 Jerusalem review: 37 events.
      await h.control.reset({ seed: 'graph-paging.json', now: '2026-11-23T08:00:00.000Z', pageSize: 10 });
      const sentBefore = h.sent.length;
      const events = await h.adapters.calendar.listEvents({ start: '2026-11-23T00:00:00.000Z', end: '2027-12-31T00:00:00.000Z' });
      const pages = h.sent.slice(sentBefore);
      expect(events).toHaveLength(37);
      expect(new Set(events.map((e) => e.id)).size).toBe(37);
      expect(pages).toHaveLength(4);
      expect(pages.every((r) => r.headers.Prefer === 'outlook.timezone="UTC"')).toBe(true);
      const weekly = events.filter((e) => e.subject === '1:1 Leo / Mia');
      expect(weekly[0]?.start).toBe('2026-11-30T09:00:00.000Z'); // winter: Stockholm is UTC+1
      expect(weekly.find((e) => e.start.startsWith('2027-04-05'))?.start).toBe('2027-04-05T08:00:00.000Z'); // summer: UTC+2
      const offsite = events.find((e) => e.isAllDay);
      expect(offsite).toMatchObject({ start: '2026-12-10T00:00:00.000Z', end: '2026-12-12T00:00:00.000Z' });
      expect(events.find((e) => e.subject === 'Pipeline review')).toMatchObject({ start: '2026-12-16T13:00:00.000Z', timeZone: 'Asia/Jerusalem' });
    });

    it('maps the seed week: instants in UTC with Z, all-day events keep their dates, cancellations of the series', async () => {
      const events = await h.adapters.calendar.listEvents({ start: '2026-11-01T00:00:00.000Z', end: '2026-12-15T00:00:00.000Z' });
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        if (event.isAllDay) expect(event.start).toMatch(/T00:00:00\.000Z$/);
      }
      const masters = [...new Set(events.flatMap((e) => (e.seriesMasterId ? [e.seriesMasterId] : [])))];
      expect(masters.length).toBeGreaterThan(0);
      const since = (await h.control.requests()).at(-1)?.seq ?? 0;
      // Slow items: Graph hands Outlook 4 items of a batch at a time, so even slow reads never meet the mailbox's limit.
      await h.control.faults([{ path: '^/me/events/', latencyMs: [30, 30] }]);
      const cancellations = await h.adapters.calendar.cancellations(masters);
      await h.control.faults([]);
      const log = await h.control.requests(since);
      // One round trip for up to 20 series masters.
      const envelopes = log.filter((r) => r.path.endsWith('/$batch'));
      expect(envelopes).toHaveLength(Math.ceil(masters.length / 20));
      expect(envelopes.flatMap((r) => r.batchItems ?? []).map((item) => item.status)).toEqual(masters.map(() => 200));
      const state = await h.control.state();
      const expected = state.events?.filter((e) => masters.includes(String(e.id))).flatMap((e) => (e.cancelledOccurrences as string[] | undefined) ?? []) ?? [];
      expect(cancellations.flatMap((c) => c.cancelledDates ?? [])).toHaveLength(expected.length);
      for (const c of cancellations) for (const start of c.cancelledStarts) expect(start).toMatch(/Z$/);
    });

    it('prepends an agenda and keeps the existing body byte for byte', async () => {
      const organized = (await h.adapters.calendar.listEvents({ start: '2026-11-23T00:00:00.000Z', end: '2026-12-07T00:00:00.000Z' })).find(
        (e) => e.isOrganizer && e.type !== 'seriesMaster',
      );
      if (!organized) throw new Error('the seed has an event the manager organizes');
      const before = await h.adapters.calendar.getBody(organized.id);
      const agenda = { contentType: 'html' as const, content: '<h2>1:1 agenda · test</h2><p>Prepared with Rapport</p>' };
      await h.adapters.calendar.prependToBody(organized.id, agenda);
      const after = await h.adapters.calendar.getBody(organized.id);
      const bodyTag = /<body\b[^>]*>/i.exec(before.content);
      const at = bodyTag ? bodyTag.index + bodyTag[0].length : 0;
      expect(after.content).toBe(`${before.content.slice(0, at)}${agenda.content}${before.content.slice(at)}`);
      // a second call (say, after an ambiguous answer) does not prepend twice
      await h.adapters.calendar.prependToBody(organized.id, agenda);
      expect((await h.adapters.calendar.getBody(organized.id)).content).toBe(after.content);
    });
  });
}
