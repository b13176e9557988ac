import { startGraphHarness, type GraphHarness, type HarnessOptions } from '../graph-harness';

/** Runs in node (tests/integration/graph) and in jsdom as a browser sees Graph (tests/jsdom/graph). */
export function batchScenarios(mode: HarnessOptions = {}): void {
  let h: GraphHarness;
  beforeAll(async () => {
    h = await startGraphHarness(mode);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.control.reset({ now: '2026-11-23T08:00:00.000Z' });
    h.adapters.time.sleeps.length = 0;
  });

  const batchesSince = async (since: number) => (await h.control.requests(since)).filter((r) => r.path.endsWith('/$batch'));
  const lastSeq = async () => (await h.control.requests()).at(-1)?.seq ?? 0;

  describe('$batch against the emulator', () => {
    it('sends 21 items as envelopes of 20 and 1 and returns each answer in input order', async () => {
      const { reports } = await h.adapters.directory.team();
      const ids = Array.from({ length: 21 }, (_, i) => reports[i % reports.length]!.id);
      const since = await lastSeq();
      const results = await h.adapters.batch<{ id: string }>(ids.map((id) => ({ method: 'GET', url: `/users/${id}?$select=id,displayName` })));
      expect(results.map((r) => r.body.id)).toEqual(ids);
      expect(results.every((r) => r.status === 200 && r.error === null)).toBe(true);
      expect((await batchesSince(since)).map((b) => b.batchItems?.length).sort()).toEqual([1, 20]);
    });

    it('re-sends only the throttled items, after the Retry-After their answers carry', async () => {
      const { reports } = await h.adapters.directory.team();
      await h.control.faults([{ method: 'GET', path: '^/users/[^/]+$', status: 429, retryAfter: 3, times: 2 }]);
      const since = await lastSeq();
      const results = await h.adapters.batch<{ id: string }>(reports.slice(0, 5).map((r) => ({ method: 'GET', url: `/users/${r.id}` })));
      expect(results.map((r) => r.body.id)).toEqual(reports.slice(0, 5).map((r) => r.id));
      const envelopes = await batchesSince(since);
      expect(envelopes.map((b) => b.batchItems?.length)).toEqual([5, 2]);
      expect(envelopes[0]?.batchItems?.filter((i) => i.status === 429)).toHaveLength(2);
      expect(h.adapters.time.sleeps).toEqual([3000]);
    });

    it('gives up on items throttled beyond the budget with a busy error per item, keeping the others', async () => {
      const { reports } = await h.adapters.directory.team();
      await h.control.faults([{ method: 'GET', path: `^/users/${reports[0]!.id}$`, status: 429, retryAfter: 300 }]);
      const results = await h.adapters.batch(reports.slice(0, 3).map((r) => ({ method: 'GET', url: `/users/${r.id}` })));
      expect(results.map((r) => r.error?.kind ?? 'ok')).toEqual(['busy', 'ok', 'ok']);
    });
  });
}
