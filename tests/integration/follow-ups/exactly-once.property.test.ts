import fc from 'fast-check';
import { syncFollowUps, type SyncRequest } from '../../../src/features/follow-up-sync/engine/sync-follow-ups';
import type { ManagerDocumentPort } from '../../../src/ports/graph-ports';
import type { FaultRule } from '../../../tools/graph-emulator';
import { clearFaults, reset, setFaults, state } from '../../../tools/graph-emulator/control-client';
import { createsIn, listingsIn, logSince, meetingOf, movableClock, NOW, pageAdapters, requestOf, followUpTenant, tasksMatching } from './support';

/**
 * Model-based: random follow-up sets and random fault schedules (apply-then-fail, lost answers, 429, 412/409,
 * reloads at random points, two panes). After the faults stop and one more sync runs, every follow-up key has
 * exactly one task, none is missing, and no create was sent again without a listing of its plan in between
 * (a create answered 429 or 4xx was refused, not applied, and may be sent again).
 */
const tenant = followUpTenant();

const TITLES = ['Send the Q3 forecast', 'Book the Haifa visit', 'Ask about the travel budget', 'Share the Volvo proposal', 'Call Acme procurement', 'Update the CRM'];

const FAULTS: Record<string, FaultRule> = {
  createApplyThenFail: { method: 'POST', path: '^/planner/tasks$', status: 504, applyThenFail: true, rate: 0.5 },
  createThrottled: { method: 'POST', path: '^/planner/tasks$', status: 429, retryAfter: 1, rate: 0.5 },
  documentConflict: { method: 'PUT', path: 'state\\.json', status: 412, times: 2 },
  detailsConflict: { method: 'PATCH', path: '^/planner/tasks/[^/]+/details$', status: 409, rate: 0.3 },
  listingBusy: { method: 'GET', path: '^/planner/plans/[^/]+/tasks$', status: 503, times: 1 },
};

type Step =
  | { kind: 'sync'; pane: 'a' | 'b'; loseCreateAnswer: boolean }
  | { kind: 'both' }
  | { kind: 'reload'; pane: 'a' | 'b'; afterUpdates: number }
  | { kind: 'faults'; names: string[]; seed: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('sync' as const), pane: fc.constantFrom('a' as const, 'b' as const), loseCreateAnswer: fc.boolean() }),
  fc.constant({ kind: 'both' as const }),
  fc.record({ kind: fc.constant('reload' as const), pane: fc.constantFrom('a' as const, 'b' as const), afterUpdates: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('faults' as const), names: fc.subarray(Object.keys(FAULTS)), seed: fc.integer({ min: 1, max: 1000 }) }),
);

const meetingsArb = fc.array(
  fc.record({ report: fc.constantFrom('Noa', 'Yossi'), day: fc.constantFrom('2026-11-16', '2026-11-17', '2026-11-18'), titles: fc.uniqueArray(fc.constantFrom(...TITLES), { minLength: 1, maxLength: 4 }), promise: fc.boolean() }),
  { minLength: 1, maxLength: 3 },
);

/** A fetch that loses the answer of the first $batch carrying task creates, after Graph applied it. */
const losingFetch = (): typeof fetch => {
  let lost = false;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!lost && String(input).endsWith('/$batch') && String(init?.body ?? '').includes('"/planner/tasks"')) {
      lost = true;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
};

/** The page dies (a reload) after `afterUpdates` document writes: nothing after that happens. */
const dyingDocument = (document: ManagerDocumentPort, afterUpdates: number): ManagerDocumentPort => {
  let updates = 0;
  return {
    read: () => document.read(),
    update: (change) => (++updates > afterUpdates ? Promise.reject(new TypeError('page unloaded')) : document.update(change)),
  };
};

async function runStep(s: Step, request: SyncRequest, clock: ReturnType<typeof movableClock>, runs: { n: number }) {
  const run = () => `run${(runs.n += 1)}`;
  if (s.kind === 'faults') {
    await setFaults(tenant.url, s.names.map((name) => FAULTS[name]!), s.seed);
    return;
  }
  if (s.kind === 'both') {
    await Promise.all(['a', 'b'].map((pane) => { const p = pageAdapters(tenant.url); return syncFollowUps({ tasks: p.tasks, document: p.managerDocument }, request, { holder: { session: pane, run: run() }, clock }); }));
    return;
  }
  const page = pageAdapters(tenant.url, s.kind === 'sync' && s.loseCreateAnswer ? { fetch: losingFetch() } : {});
  const document = s.kind === 'reload' ? dyingDocument(page.managerDocument, s.afterUpdates) : page.managerDocument;
  await syncFollowUps({ tasks: page.tasks, document }, request, { holder: { session: s.pane, run: run() }, clock });
}

describe('exactly once, under random faults (model-based)', () => {
  it('each follow-up ends with exactly one task, and no create is repeated without a reconcile', async () => {
    await fc.assert(
      fc.asyncProperty(meetingsArb, fc.array(step, { minLength: 1, maxLength: 5 }), async (meetings, steps) => {
        await reset(tenant.url, { now: NOW });
        const byName = (name: string) => tenant.team.reports.find((r) => r.displayName.startsWith(name))!;
        const request = await requestOf(
          tenant.team,
          meetings.map((m, i) => {
            const report = byName(m.report);
            return [meetingOf(report, m.day, String(9 + i).padStart(2, '0')), m.titles.map((what, j) => ({ ownerId: m.promise && j === 0 ? tenant.team.manager.id : report.id, what, due: null }))];
          }),
        );
        const clock = movableClock();
        const runs = { n: 0 };
        const since = (await logSince(tenant.url, 0)).at(-1)?.seq ?? 0;
        for (const s of steps) await runStep(s, request, clock, runs);

        await clearFaults(tenant.url);
        clock.advance(3 * 60_000); // leases left by a dead page expire
        const page = pageAdapters(tenant.url);
        const final = await syncFollowUps({ tasks: page.tasks, document: page.managerDocument }, request, { holder: { session: 'final', run: 'last' }, clock });
        expect(final.status).toBe('done');

        const now = await state(tenant.url);
        const doc = await page.managerDocument.read();
        for (const { meeting, followUps } of request.meetings) {
          const planId = doc.pairs[meeting.reportId]!.planId;
          for (const f of followUps) {
            expect(tasksMatching(now, planId, meeting.start, f.title)).toHaveLength(1);
            expect(now.tasks.some((t) => t.id === doc.ledger[f.keyHash]?.taskId)).toBe(true);
          }
        }

        const log = await logSince(tenant.url, since);
        const listings = listingsIn(log);
        const creates = createsIn(log);
        const mayHaveApplied = (status: number) => status === 0 || (status >= 200 && status < 300) || status >= 500;
        creates.forEach((create, i) => {
          const earlier = creates.slice(0, i).filter((c) => c.planId === create.planId && c.title === create.title && c.startDateTime === create.startDateTime && mayHaveApplied(c.status));
          const last = earlier.at(-1);
          if (last) expect(listings.some((l) => l.planId === create.planId && l.seq > last.seq && l.seq < create.seq)).toBe(true);
        });
      }),
      { numRuns: 15, seed: Number(process.env.FC_SEED ?? 20261123), endOnFailure: true },
    );
  }, 240_000);
});
