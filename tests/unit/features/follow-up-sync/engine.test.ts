/** A sync run creates each follow-up's task exactly once: retries, throttling, and the lease between panes. */
import { fixedClock } from '../../../../src/domain/model/clock';
import { syncFollowUps, type SyncRequest } from '../../../../src/features/follow-up-sync/engine/sync-follow-ups';
import { dana, manager, meetingWith, requestFor } from './builders';
import { clock, pane, rows, setup } from './engine-fixtures';

describe('syncFollowUps', () => {
  it('creates one task per follow-up, records each in the ledger, and creates nothing on the next sync', async () => {
    const { tasks, document, ports } = setup();
    const request = await requestFor([meetingWith(dana, '2026-11-17'), rows]);
    const first = await syncFollowUps(ports, request, { holder: pane('a'), clock });
    expect(first.status).toBe('done');
    expect(first.meetings[0]?.created.map((t) => t.title)).toEqual(['Send the Q3 forecast', 'Ask finance about travel budget']);
    expect(tasks.tasks.size).toBe(2);
    expect(Object.keys(document.doc.ledger)).toHaveLength(2);
    expect(document.doc.syncLease).toBeNull();
    expect(document.doc.lastSync).toBe('2026-11-20T12:00:00.000Z');

    const second = await syncFollowUps(ports, request, { holder: pane('a', 'r2'), clock });
    expect(second.meetings[0]?.created).toEqual([]);
    expect(second.meetings[0]?.unchanged).toBe(2);
    expect(tasks.createsSent).toHaveLength(2);
  });

  it('shapes the task: start of the 1:1, due at the end of the due day in the meeting zone, owner, Promise, details', async () => {
    const { tasks, document, ports } = setup();
    await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), rows]), { holder: pane('a'), clock });
    const [forecast, budget] = tasks.createsSent;
    expect(forecast).toMatchObject({ startDateTime: '2026-11-17T08:00:00Z', dueDateTime: '2026-11-20T22:59:59Z', assigneeIds: [dana.id], isPromise: false });
    expect(budget).toMatchObject({ assigneeIds: [manager.id], isPromise: true, bucketId: tasks.pairs.get(dana.id)?.buckets.followUps });
    const [hash, entry] = Object.entries(document.doc.ledger)[0] ?? [];
    const description = tasks.descriptions.get(entry?.taskId ?? '') ?? '';
    expect(description).toContain('1:1 Dana Levi');
    expect(description).toContain('2026-11-17');
    expect(description).toContain('https://outlook.office.com/calendar/item/1');
    expect(description).toContain(`Rapport key ${hash}`);
    expect(entry?.pendingDetails).toBe(false);
    expect(document.doc.pairs[dana.id]?.planId).toBe(tasks.pairs.get(dana.id)?.planId);
  });

  it('keeps titles within Planner’s 255 characters', async () => {
    const { tasks, ports } = setup();
    await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), [{ ownerId: dana.id, what: 'x'.repeat(400), due: null }]]), { holder: pane('a'), clock });
    expect(Array.from(tasks.createsSent[0]?.title ?? '')).toHaveLength(255);
    expect(tasks.createsSent[0]?.dueDateTime).toBeNull();
  });

  it('after a 504 that was applied, adopts the task instead of creating it again', async () => {
    const { tasks, document, ports } = setup();
    tasks.nextFault = () => 'apply-then-fail';
    const summary = await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), rows]), { holder: pane('a'), clock });
    expect(tasks.createsSent).toHaveLength(2);
    expect(tasks.tasks.size).toBe(2);
    expect(summary.meetings[0]?.adopted).toHaveLength(2);
    expect(summary.status).toBe('done');
    expect(Object.values(document.doc.ledger).map((e) => e.origin)).toEqual(['created', 'created']);
    expect([...tasks.descriptions.values()].every((d) => d.includes('Rapport key'))).toBe(true);
  });

  it('after a network error that was not applied, creates once more after re-reading the plan', async () => {
    const { tasks, ports } = setup();
    let failures = 1;
    tasks.nextFault = () => (failures-- > 0 ? 'network' : null);
    const listsBefore = tasks.listCalls;
    await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), rows.slice(0, 1)]), { holder: pane('a'), clock });
    expect(tasks.createsSent).toHaveLength(2);
    expect(tasks.listCalls - listsBefore).toBe(2);
    expect(tasks.tasks.size).toBe(1);
  });

  it('leaves throttled creates for the next sync and reports them pending', async () => {
    const { tasks, ports } = setup();
    tasks.nextFault = () => 'busy';
    const request = await requestFor([meetingWith(dana, '2026-11-17'), rows]);
    const first = await syncFollowUps(ports, request, { holder: pane('a'), clock });
    expect(first.status).toBe('partial');
    expect(first.meetings[0]?.pending.map((p) => p.reason)).toEqual(['busy', 'busy']);
    tasks.nextFault = () => null;
    await syncFollowUps(ports, request, { holder: pane('a', 'r2'), clock });
    expect(tasks.tasks.size).toBe(2);
  });
});

describe('the sync lease', () => {
  let request: SyncRequest;
  beforeAll(async () => {
    request = await requestFor([meetingWith(dana, '2026-11-17'), rows]);
  });

  it('skips while another pane holds an unexpired lease, and takes an expired one', async () => {
    const { tasks, document, ports } = setup();
    document.doc.syncLease = { owner: 'other/x', until: '2026-11-20T12:01:00Z' };
    expect((await syncFollowUps(ports, request, { holder: pane('a'), clock })).status).toBe('skipped-elsewhere');
    expect(tasks.createsSent).toHaveLength(0);
    const later = fixedClock('2026-11-20T12:01:01Z');
    expect((await syncFollowUps(ports, request, { holder: pane('a'), clock: later })).status).toBe('done');
  });

  it('a double click joins the run in progress', async () => {
    const { tasks, ports } = setup();
    const [one, two] = await Promise.all([
      syncFollowUps(ports, request, { holder: pane('a', 'click1'), clock }),
      syncFollowUps(ports, request, { holder: pane('a', 'click2'), clock }),
    ]);
    expect(one).toBe(two);
    expect(tasks.createsSent).toHaveLength(2);
  });

  it('another request while a run is in progress waits for it, then runs (regression: a wrap-up joined the background run)', async () => {
    const { tasks, ports } = setup();
    const background = await requestFor([meetingWith(dana, '2026-11-17'), rows.slice(0, 1)]);
    const wrapUp = await requestFor([meetingWith(dana, '2026-11-17'), [{ ownerId: dana.id, what: 'Added in the wrap-up', due: null }]]);
    const [first, second] = await Promise.all([
      syncFollowUps(ports, background, { holder: pane('a', 'auto'), clock }),
      syncFollowUps(ports, wrapUp, { holder: pane('a', 'save'), clock }),
    ]);
    expect(first).not.toBe(second);
    expect(second.meetings[0]?.created.map((t) => t.title)).toEqual(['Added in the wrap-up']);
    expect(tasks.tasks.size).toBe(2);
  });

  it('two panes at once: one syncs, the other gives way, every follow-up has one task', async () => {
    const { tasks, ports } = setup();
    const results = await Promise.all([
      syncFollowUps(ports, request, { holder: pane('a'), clock }),
      syncFollowUps(ports, request, { holder: pane('b'), clock }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['done', 'skipped-elsewhere']);
    expect(tasks.tasks.size).toBe(2);
  });

  it('a reload in the middle (created, not yet recorded) is picked up by adoption, not a second create', async () => {
    const { tasks, document, ports } = setup();
    let writes = 0;
    document.beforeWrite = () => {
      writes += 1;
      if (writes === 3) throw new TypeError('page unloaded'); // lease, pair, then the ledger write after the creates
    };
    const first = await syncFollowUps(ports, request, { holder: pane('a'), clock });
    expect(first.status).toBe('failed');
    expect(tasks.tasks.size).toBe(2);
    expect(document.doc.ledger).toEqual({});
    document.beforeWrite = null;
    // The reloaded page keeps its session; its old lease (run r1) is no longer running here.
    document.doc.syncLease = { owner: 'a/r1', until: '2026-11-20T12:02:00Z' };
    const second = await syncFollowUps(ports, request, { holder: pane('a', 'r2'), clock });
    expect(second.meetings[0]?.adopted).toHaveLength(2);
    expect(tasks.createsSent).toHaveLength(2);
    expect(Object.keys(document.doc.ledger)).toHaveLength(2);
  });
});
