/** A sync against what Planner already holds: adopting, updating, replacing, de-duplicating, and remaking plans. */
import { syncFollowUps } from '../../../../src/features/follow-up-sync/engine/sync-follow-ups';
import { dana, erik, manager, meetingWith, requestFor } from './builders';
import { clock, pane, rows, setup } from './engine-fixtures';
import { RAPPORT_APP } from './fake-ports';

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
