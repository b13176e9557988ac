import { clearFaults, lastSeq, reset, setFaults, state } from '../../../tools/graph-emulator/control-client';
import { createsIn, listingsIn, logSince, meetingOf, movableClock, NOW, pageAdapters, requestOf, followUpTenant, sync, tasksMatching } from './support';

const tenant = followUpTenant();
beforeEach(() => reset(tenant.url, { now: NOW }));

const reportNamed = (name: string) => {
  const report = tenant.team.reports.find((r) => r.displayName.startsWith(name));
  if (!report) throw new Error(`no report ${name}`);
  return report;
};

async function threeFollowUps() {
  const noa = reportNamed('Noa');
  const yossi = reportNamed('Yossi');
  return requestOf(tenant.team, [
    [meetingOf(noa, '2026-11-17'), [
      { ownerId: noa.id, what: 'Send the Q3 forecast to finance', due: '2026-11-20' },
      { ownerId: tenant.team.manager.id, what: 'Ask about the travel budget', due: '2026-11-24' },
    ]],
    // Yossi has no pair plan yet: it is made on first use.
    [meetingOf(yossi, '2026-11-18'), [{ ownerId: yossi.id, what: 'Book the customer visit in Haifa', due: null }]],
  ]);
}

/** Each follow-up of the request has exactly one task in its pair plan. */
async function expectExactlyOnce(request: Awaited<ReturnType<typeof threeFollowUps>>) {
  const now = await state(tenant.url);
  const doc = JSON.parse(now.files.find((f) => f.path.endsWith('state.json'))?.content ?? '{}') as { pairs: Record<string, { planId: string }>; ledger: Record<string, { taskId: string }> };
  for (const { meeting, followUps } of request.meetings) {
    const planId = doc.pairs[meeting.reportId]?.planId ?? '';
    for (const f of followUps) {
      expect(tasksMatching(now, planId, meeting.start, f.title)).toHaveLength(1);
      expect(now.tasks.some((t) => t.id === doc.ledger[f.keyHash]?.taskId)).toBe(true);
    }
  }
}

describe('follow-up sync against the emulator', () => {
  it('creates each follow-up once in the pair plans, with its shape and details, and nothing on the next sync', async () => {
    const request = await threeFollowUps();
    const page = pageAdapters(tenant.url);
    const since = await lastSeq(tenant.url);
    const first = await sync(page, request, 'tab', movableClock());
    expect(first.status).toBe('done');
    expect(first.meetings.flatMap((m) => m.created.map((c) => c.title)).sort()).toEqual(['Ask about the travel budget', 'Book the customer visit in Haifa', 'Send the Q3 forecast to finance']);
    await expectExactlyOnce(request);
    const now = await state(tenant.url);
    const budget = now.tasks.find((t) => t.title === 'Ask about the travel budget') as Record<string, unknown>;
    expect(budget.dueDateTime).toBe('2026-11-24T22:59:59Z');
    expect(budget.appliedCategories).toMatchObject({ category1: true });
    const details = now.taskDetails.find((d) => d.id === budget.id) as { description: string };
    expect(details.description).toMatch(/^1:1 Noa Cohen\n2026-11-17\nhttps:\/\/outlook\.office\.com\/calendar\/item\/it\nRapport key [0-9a-f]{16}$/);
    const firstLog = await logSince(tenant.url, since);

    const again = await sync(pageAdapters(tenant.url), request, 'tab', movableClock(), 'r2');
    expect(again.meetings.map((m) => [m.created.length, m.unchanged])).toEqual([[0, 2], [0, 1]]);
    const secondLog = await logSince(tenant.url, since + firstLog.length);
    expect(createsIn(secondLog)).toEqual([]);
  });

  it('a double click runs one sync', async () => {
    const request = await threeFollowUps();
    const page = pageAdapters(tenant.url);
    const since = await lastSeq(tenant.url);
    const clock = movableClock();
    await Promise.all([sync(page, request, 'tab', clock, 'click1'), sync(page, request, 'tab', clock, 'click2')]);
    expect(createsIn(await logSince(tenant.url, since))).toHaveLength(3);
    await expectExactlyOnce(request);
  });

  it('two panes syncing at once: one takes the lease, each follow-up lands once', async () => {
    const request = await threeFollowUps();
    const since = await lastSeq(tenant.url);
    const results = await Promise.all([
      sync(pageAdapters(tenant.url), request, 'outlook-pane', movableClock()),
      sync(pageAdapters(tenant.url), request, 'teams-tab', movableClock()),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['done', 'skipped-elsewhere']);
    expect(createsIn(await logSince(tenant.url, since))).toHaveLength(3);
    await expectExactlyOnce(request);
  });

  it('a reload in the middle (tasks created, ledger not written): the reloaded page adopts them', async () => {
    const request = await threeFollowUps();
    const page = pageAdapters(tenant.url);
    let updates = 0;
    const dying = {
      tasks: page.tasks,
      document: {
        read: () => page.managerDocument.read(),
        update: (change: Parameters<typeof page.managerDocument.update>[0]) => {
          updates += 1;
          // lease, the pair records (one write), then the ledger write: the page is gone before it lands
          if (updates === 3) return Promise.reject(new TypeError('Failed to fetch'));
          return page.managerDocument.update(change);
        },
      },
    };
    const { syncFollowUps } = await import('../../../src/features/follow-up-sync/engine/sync-follow-ups');
    const since = await lastSeq(tenant.url);
    const died = await syncFollowUps(dying, request, { holder: { session: 'tab', run: 'before-reload' }, clock: movableClock() });
    expect(died.status).toBe('failed');
    const reloaded = await sync(pageAdapters(tenant.url), request, 'tab', movableClock(), 'after-reload');
    expect(reloaded.status).toBe('done');
    expect(reloaded.meetings.flatMap((m) => m.adopted)).toHaveLength(3);
    expect(createsIn(await logSince(tenant.url, since))).toHaveLength(3);
    await expectExactlyOnce(request);
  });

  it('a 504 after the create was applied: the task is adopted after a reconcile, never created twice', async () => {
    const request = await threeFollowUps();
    await setFaults(tenant.url, [{ method: 'POST', path: '^/planner/tasks$', status: 504, applyThenFail: true, times: 2 }]);
    const since = await lastSeq(tenant.url);
    const summary = await sync(pageAdapters(tenant.url), request, 'tab', movableClock());
    expect(summary.status).toBe('done');
    const log = await logSince(tenant.url, since);
    const creates = createsIn(log);
    expect(creates).toHaveLength(3);
    expect(creates.filter((c) => c.status === 504)).toHaveLength(2);
    expect(listingsIn(log).length).toBeGreaterThan(1);
    await expectExactlyOnce(request);
  });

  it('a network error after the $batch was applied: reconcile, adopt, no second create', async () => {
    const request = await threeFollowUps();
    let cut = 1;
    const losingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (cut > 0 && String(input).endsWith('/$batch') && String(init?.body ?? '').includes('"/planner/tasks"')) {
        cut -= 1;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const since = await lastSeq(tenant.url);
    const summary = await sync(pageAdapters(tenant.url, { fetch: losingFetch }), request, 'tab', movableClock());
    expect(summary.status).toBe('done');
    expect(createsIn(await logSince(tenant.url, since))).toHaveLength(3);
    await expectExactlyOnce(request);
  });

  it('a 429 storm on creates: throttled items are sent again, each lands once', async () => {
    const request = await threeFollowUps();
    await setFaults(tenant.url, [{ method: 'POST', path: '^/planner/tasks$', status: 429, retryAfter: 1, rate: 0.6 }], 7);
    const since = await lastSeq(tenant.url);
    const summary = await sync(pageAdapters(tenant.url), request, 'tab', movableClock());
    await clearFaults(tenant.url);
    expect(createsIn(await logSince(tenant.url, since)).some((c) => c.status === 429)).toBe(true);
    if (summary.status !== 'done') await sync(pageAdapters(tenant.url), request, 'tab', movableClock(), 'r2');
    await expectExactlyOnce(request);
  });

  it('412 on the document and 409 on task details: re-read and write again, nothing lost or doubled', async () => {
    const request = await threeFollowUps();
    await setFaults(tenant.url, [
      { method: 'PUT', path: 'state\\.json', status: 412, times: 2 },
      { method: 'PATCH', path: '^/planner/tasks/[^/]+/details$', status: 409, times: 2 },
    ]);
    const summary = await sync(pageAdapters(tenant.url), request, 'tab', movableClock());
    expect(summary.status).toBe('done');
    await expectExactlyOnce(request);
    const now = await state(tenant.url);
    const hashes = request.meetings.flatMap((m) => m.followUps.map((f) => f.keyHash));
    expect(hashes.filter((hash) => now.taskDetails.some((d) => String(d.description).endsWith(`Rapport key ${hash}`)))).toEqual(hashes);
  });

  it('a deleted bucket is made again for new follow-ups (tasks deleted with it stay deleted); a stale plan id finds the plan', async () => {
    const request = await threeFollowUps();
    const page = pageAdapters(tenant.url);
    await sync(page, request, 'tab', movableClock());
    const noaId = request.meetings[0]!.meeting.reportId;
    const yossiId = request.meetings[1]!.meeting.reportId;
    const before = await page.managerDocument.read();
    const noaPair = before.pairs[noaId]!;
    const bucket = (await state(tenant.url)).buckets.find((b) => b.id === noaPair.buckets.followUps) as { id: string; '@odata.etag'?: string };
    await page.graph.call(`/planner/buckets/${bucket.id}`, { method: 'DELETE', headers: { 'If-Match': String(bucket['@odata.etag'] ?? '*') } });
    await page.managerDocument.update((d) => ({ ...d, pairs: { ...d.pairs, [yossiId]: { planId: 'deleted-plan', buckets: { followUps: 'gone', topics: 'gone' } } } }));

    const noa = tenant.team.reports.find((r) => r.id === noaId)!;
    const next = await requestOf(tenant.team, [[meetingOf(noa, '2026-11-19'), [{ ownerId: noa.id, what: 'Share the Volvo proposal', due: null }]]]);
    const withNew = { ...request, meetings: [...request.meetings, ...next.meetings] };
    const summary = await sync(pageAdapters(tenant.url), withNew, 'tab', movableClock(), 'r2');
    expect(summary.status).toBe('done');
    const after = await page.managerDocument.read();
    expect(after.pairs[noaId]!.buckets.followUps).not.toBe(noaPair.buckets.followUps);
    expect(after.pairs[noaId]!.planId).toBe(noaPair.planId);
    expect(after.pairs[yossiId]!.planId).toBe(before.pairs[yossiId]!.planId);
    const now = await state(tenant.url);
    const volvo = now.tasks.filter((t) => t.title === 'Share the Volvo proposal');
    expect(volvo.map((t) => t.bucketId)).toEqual([after.pairs[noaId]!.buckets.followUps]);
    expect(now.tasks.filter((t) => t.title === 'Send the Q3 forecast to finance')).toEqual([]);
    expect(summary.meetings.flatMap((m) => m.created.map((c) => c.title))).toEqual(['Share the Volvo proposal']);
  });

  it('group-plan mode: one bucket per report in the group plan, the same exactly-once rules', async () => {
    const request = await threeFollowUps();
    const page = pageAdapters(tenant.url);
    const [groupPlan] = await page.tasks.listGroupPlans();
    expect(groupPlan).toBeDefined();
    await page.managerDocument.update((d) => ({ ...d, settings: { ...d.settings, planMode: 'group', groupPlanId: groupPlan!.id } }));
    await setFaults(tenant.url, [{ method: 'POST', path: '^/planner/tasks$', status: 504, applyThenFail: true, times: 1 }]);
    const summary = await sync(page, request, 'tab', movableClock());
    expect(summary.status).toBe('done');
    const doc = await page.managerDocument.read();
    const buckets = request.meetings.map((m) => doc.pairs[m.meeting.reportId]!);
    expect(buckets.map((b) => b.planId)).toEqual([groupPlan!.id, groupPlan!.id]);
    expect(buckets[0]!.buckets.followUps).not.toBe(buckets[1]!.buckets.followUps);
    await expectExactlyOnce(request);
  });
});
