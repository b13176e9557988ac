import { fixedClock } from '../../../../src/domain/model/clock';
import { syncFollowUps, type SyncRequest } from '../../../../src/features/follow-up-sync/engine';
import type { LeaseHolder } from '../../../../src/features/follow-up-sync/lease';
import { dana, erik, manager, meetingWith, requestFor } from './builders';
import { FakeDocument, FakeTasks, RAPPORT_APP } from './fake-ports';

const clock = fixedClock('2026-11-20T12:00:00Z');
const pane = (session: string, run = 'r1'): LeaseHolder => ({ session, run });

function setup() {
  const tasks = new FakeTasks();
  const document = new FakeDocument();
  return { tasks, document, ports: { tasks, document } };
}

const rows = [
  { ownerId: dana.id, what: 'Send the Q3 forecast', due: '2026-11-20' },
  { ownerId: manager.id, what: 'Ask finance about travel budget', due: '2026-11-24' },
];

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

describe('adoption, edits and convergence', () => {
  it('adopts a task someone made with the same start and a title differing only in case and punctuation', async () => {
    const { tasks, ports } = setup();
    const pair = await tasks.createPairPlan(manager, dana);
    tasks.seedTask({ planId: pair.planId, title: 'send the q3 forecast!', startDateTime: '2026-11-17T08:00:00.000Z', assigneeIds: [erik.id] });
    const summary = await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), rows.slice(0, 1)]), { holder: pane('a'), clock });
    expect(summary.meetings[0]?.adopted).toHaveLength(1);
    expect(tasks.createsSent).toHaveLength(0);
    expect(tasks.tasks.size).toBe(1);
  });

  it('an edited who or when updates the task; a change made in Planner is not undone', async () => {
    const { tasks, ports } = setup();
    const meeting = meetingWith(dana, '2026-11-17');
    await syncFollowUps(ports, await requestFor([meeting, rows]), { holder: pane('a'), clock });
    const edited = [{ ...rows[0]!, ownerId: manager.id }, { ...rows[1]!, due: '2026-11-27' }];
    const summary = await syncFollowUps(ports, await requestFor([meeting, edited]), { holder: pane('a', 'r2'), clock });
    expect(summary.meetings[0]?.updated).toHaveLength(2);
    expect(tasks.updates.map((u) => u.change)).toEqual([{ assigneeIds: [manager.id], isPromise: true }, { dueDateTime: '2026-11-27T22:59:59Z' }]);
    const budget = [...tasks.tasks.values()].find((t) => t.title.startsWith('Ask'))!;
    await tasks.updateTask(budget, { dueDateTime: '2026-12-01T10:00:00Z' });
    await syncFollowUps(ports, await requestFor([meeting, edited]), { holder: pane('a', 'r3'), clock });
    expect(tasks.tasks.get(budget.id)?.dueDateTime).toBe('2026-12-01T10:00:00Z');
    expect(tasks.createsSent).toHaveLength(2);
  });

  it('changed words make a new follow-up; the old task is reported no longer in the notes and left alone', async () => {
    const { tasks, ports } = setup();
    const meeting = meetingWith(dana, '2026-11-17');
    await syncFollowUps(ports, await requestFor([meeting, rows.slice(0, 1)]), { holder: pane('a'), clock });
    const summary = await syncFollowUps(ports, await requestFor([meeting, [{ ...rows[0]!, what: 'Send the Q4 forecast' }]]), { holder: pane('a', 'r2'), clock });
    expect(summary.meetings[0]?.created.map((t) => t.title)).toEqual(['Send the Q4 forecast']);
    expect(summary.meetings[0]?.noLongerInNotes.map((t) => t.title)).toEqual(['Send the Q3 forecast']);
    expect(tasks.tasks.size).toBe(2);
    expect(tasks.deletes).toEqual([]);
  });

  it('keeps the oldest of Rapport’s duplicates and deletes newer ones nobody changed', async () => {
    const { tasks, document, ports } = setup();
    const pair = await tasks.createPairPlan(manager, dana);
    const copy = { planId: pair.planId, title: 'Send the Q3 forecast', startDateTime: '2026-11-17T08:00:00Z', dueDateTime: '2026-11-20T22:59:59Z', assigneeIds: [dana.id], createdByAppId: RAPPORT_APP };
    const oldest = tasks.seedTask(copy);
    const untouched = tasks.seedTask(copy);
    const changed = tasks.seedTask({ ...copy, percentComplete: 50 });
    const human = tasks.seedTask({ ...copy, createdByAppId: 'planner-app' });
    const summary = await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), rows.slice(0, 1)]), { holder: pane('a'), clock, appId: RAPPORT_APP });
    expect(tasks.deletes).toEqual([untouched.id]);
    expect([...tasks.tasks.keys()].sort()).toEqual([oldest.id, changed.id, human.id].sort());
    expect(summary.meetings[0]?.removedDuplicates).toBe(1);
    expect(Object.values(document.doc.ledger)[0]?.taskId).toBe(oldest.id);
  });
});

describe('plans', () => {
  it('makes the pair plan again when it was deleted, and creates the follow-ups there', async () => {
    const { tasks, document, ports } = setup();
    const request = await requestFor([meetingWith(dana, '2026-11-17'), rows.slice(0, 1)]);
    await syncFollowUps(ports, request, { holder: pane('a'), clock });
    const oldPlan = document.doc.pairs[dana.id]!.planId;
    tasks.plans.delete(oldPlan);
    for (const [id, task] of tasks.tasks) if (task.planId === oldPlan) tasks.tasks.delete(id);
    await syncFollowUps(ports, request, { holder: pane('a', 'r2'), clock });
    expect(document.doc.pairs[dana.id]!.planId).not.toBe(oldPlan);
    expect([...tasks.tasks.values()].map((t) => t.planId)).toEqual([document.doc.pairs[dana.id]!.planId]);
  });

  it('a deleted bucket: the create fails, the bucket is made again, the follow-up lands once', async () => {
    const { tasks, document, ports } = setup();
    const pair = await tasks.createPairPlan(manager, dana);
    document.doc.pairs[dana.id] = { planId: pair.planId, buckets: pair.buckets };
    tasks.plans.get(pair.planId)!.buckets.delete(pair.buckets.followUps);
    const summary = await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), rows.slice(0, 1)]), { holder: pane('a'), clock });
    expect(summary.status).toBe('done');
    expect(tasks.tasks.size).toBe(1);
    expect(document.doc.pairs[dana.id]!.buckets.followUps).not.toBe(pair.buckets.followUps);
  });

  it('group-plan mode uses a bucket pair per report in the group plan', async () => {
    const { tasks, document, ports } = setup();
    document.doc.settings = { ...document.doc.settings, planMode: 'group', groupPlanId: 'group-plan' };
    await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), rows.slice(0, 1)], [meetingWith(erik, '2026-11-18'), [{ ownerId: erik.id, what: 'Call Acme', due: null }]]), { holder: pane('a'), clock });
    expect([...tasks.tasks.values()].map((t) => t.planId)).toEqual(['group-plan', 'group-plan']);
    expect(document.doc.pairs[dana.id]!.buckets.followUps).not.toBe(document.doc.pairs[erik.id]!.buckets.followUps);
  });
});
