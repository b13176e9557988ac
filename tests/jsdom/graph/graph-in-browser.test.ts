import '../../support/node-globals-for-jsdom';
import { startGraphHarness, type GraphHarness } from '../../support/graph-harness';

// The gateways in a browser-like environment (jsdom, jest-fixed-jsdom's fetch), reading answers as a browser
// does: Graph, like the emulator here, does not expose Retry-After to CORS on top-level answers.
let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness({ browser: true, exposeRetryAfter: false, pageSize: 10, calendarPageSize: 10 });
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.control.reset({ now: '2026-11-23T08:00:00.000Z', pageSize: 10, exposeRetryAfter: false });
  h.adapters.time.sleeps.length = 0;
});

describe('Graph adapters in jsdom', () => {
  it('runs in a DOM environment', () => {
    expect(typeof window).toBe('object');
  });

  it('pages the calendar with Prefer on every page', async () => {
    const events = await h.adapters.calendar.listEvents({ start: '2026-10-01T00:00:00.000Z', end: '2026-12-31T00:00:00.000Z' });
    const pages = h.sent.filter((r) => r.url.includes('calendarView'));
    expect(pages.length).toBe(Math.ceil(events.length / 10));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((r) => r.headers.Prefer === 'outlook.timezone="UTC"')).toBe(true);
  });

  it('cannot read Retry-After on a 429, so backs off with jitter, then succeeds', async () => {
    await h.control.faults([{ method: 'GET', path: '^/me$', status: 429, retryAfter: 5, times: 1 }]);
    await expect(h.adapters.directory.me()).resolves.toMatchObject({ id: expect.any(String) });
    expect(h.adapters.time.sleeps).toEqual([375]);
  });

  it('reads Retry-After inside a $batch body and re-sends only the throttled items', async () => {
    const { reports } = await h.adapters.directory.team();
    await h.control.faults([{ method: 'GET', path: '^/users/[^/]+$', status: 429, retryAfter: 3, times: 1 }]);
    const results = await h.adapters.batch<{ id: string }>(reports.slice(0, 3).map((r) => ({ method: 'GET', url: `/users/${r.id}` })));
    expect(results.map((r) => r.body.id)).toEqual(reports.slice(0, 3).map((r) => r.id));
    expect(h.adapters.time.sleeps).toEqual([3000]);
  });

  it("updates the manager's document through the download URL and If-Match", async () => {
    const doc = await h.adapters.managerDocument.update((d) => ({ ...d, settings: { ...d.settings, language: 'he' } }));
    expect(doc.settings.language).toBe('he');
    expect((await h.adaptersAs(null).managerDocument.read()).settings.language).toBe('he');
  });
});
