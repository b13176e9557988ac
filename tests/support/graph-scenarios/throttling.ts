import { RapportError } from '../../../src/ports/errors';
import { startGraphHarness, type GraphHarness, type HarnessOptions } from '../graph-harness';

/** Runs in node (tests/integration/graph) and in jsdom as a browser sees Graph (tests/jsdom/graph). */
export function throttlingScenarios(mode: HarnessOptions = {}): void {
  let h: GraphHarness;
  beforeAll(async () => {
    h = await startGraphHarness(mode);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.control.reset({ now: '2026-11-23T08:00:00.000Z', mailboxConcurrency: 4 });
    h.adapters.time.sleeps.length = 0;
  });

  const kindOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return 'resolved';
    } catch (error) {
      if (error instanceof RapportError) return error.kind;
      throw error;
    }
  };
  const logOf = async (path: RegExp) => (await h.control.requests()).filter((r) => path.test(r.path));

  // A browser cannot read Retry-After on a top-level answer (CORS), so it backs off: 375, 750, 1500 ms … here.
  const browser = mode.browser === true;

  describe(`the pipeline against the emulator (${browser ? 'as a browser sees it' : 'node'})`, () => {
    it('429 with Retry-After, then 200: one retry, after the wait (or, unreadable, after a backoff)', async () => {
      await h.control.faults([{ method: 'GET', path: '^/me$', status: 429, retryAfter: 2, times: 1 }]);
      await expect(h.adapters.directory.me()).resolves.toMatchObject({ id: expect.any(String) });
      expect((await logOf(/\/me$/)).map((r) => r.status)).toEqual([429, 200]);
      expect(h.adapters.time.sleeps).toEqual([browser ? 375 : 2000]);
    });

    it('429 twice with no readable Retry-After: exponential backoff with jitter', async () => {
      await h.control.faults([{ method: 'GET', path: '^/me$', status: 429, times: 2 }]);
      await expect(h.adapters.directory.me()).resolves.toMatchObject({ id: expect.any(String) });
      const sleeps = h.adapters.time.sleeps;
      expect(sleeps).toHaveLength(2);
      if (browser) expect(sleeps).toEqual([375, 750]);
    });

    it('Retry-After beyond the budget: busy, no hammering', async () => {
      await h.control.faults([{ method: 'GET', path: '^/me$', status: 429, retryAfter: 120 }]);
      expect(await kindOf(h.adapters.directory.me())).toBe('busy');
      const attempts = await logOf(/\/me$/);
      if (browser) {
        // It cannot see the 120 s: a few spaced attempts within the 30 s budget, then busy.
        expect(attempts.length).toBeLessThanOrEqual(6);
        expect(h.adapters.time.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(30_000);
      } else {
        expect(attempts).toHaveLength(1);
        expect(h.adapters.time.sleeps).toEqual([]);
      }
    });

    it.each([503, 504, 500, 502])('a GET that meets %i is retried and succeeds', async (status) => {
      await h.control.faults([{ method: 'GET', path: '^/me$', status, times: 1 }]);
      await expect(h.adapters.directory.me()).resolves.toMatchObject({ id: expect.any(String) });
      expect((await logOf(/\/me$/)).map((r) => r.status)).toEqual([status, 200]);
    });

    it('5 parallel requests against a mailbox limit of 4: no 429 reaches the caller, none is sent', async () => {
      const events = await h.adapters.calendar.listEvents({ start: '2026-11-16T00:00:00.000Z', end: '2026-12-07T00:00:00.000Z' });
      const ids = events.filter((e) => e.type !== 'seriesMaster').slice(0, 5).map((e) => e.id);
      expect(ids).toHaveLength(5);
      await h.control.faults([{ method: 'GET', path: '^/me/events/[^/]+$', latencyMs: [40, 40] }]);
      const bodies = await Promise.all(ids.map((id) => h.adapters.calendar.getBody(id)));
      expect(bodies).toHaveLength(5);
      expect((await logOf(/\/me\/events\//)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    });

    it('a 504 after an applied POST: outcome unknown, and no second POST', async () => {
      const { reports } = await h.adapters.directory.team();
      const report = reports[0]!;
      const manager = await h.adapters.directory.me();
      const plan = (await h.adapters.tasks.findPairPlan(manager, report)) ?? (await h.adapters.tasks.createPairPlan(manager, report));
      await h.control.faults([{ method: 'POST', path: '^/planner/tasks$', status: 504, applyThenFail: true, times: 1 }]);
      const since = (await h.control.requests()).at(-1)?.seq ?? 0;
      const created = h.adapters.tasks.createTask({
        planId: plan.planId,
        bucketId: plan.buckets.followUps,
        title: 'Send the pricing sheet',
        assigneeIds: [report.id],
        startDateTime: '2026-11-23T09:00:00.000Z',
        dueDateTime: null,
        isPromise: false,
      });
      expect(await kindOf(created)).toBe('outcome-unknown');
      const posts = (await h.control.requests(since)).filter((r) => r.method === 'POST' && /\/planner\/tasks$/.test(r.path));
      expect(posts).toHaveLength(1);
      const tasks = await h.adapters.tasks.listTasks([plan.planId]);
      expect(tasks.filter((t) => t.title === 'Send the pricing sheet')).toHaveLength(1);
    });
  });
}
