import type { Person } from '../../../src/domain/model/people';
import type { PairPlan } from '../../../src/domain/model/tasks';
import { RapportError } from '../../../src/ports/errors';
import { startGraphHarness, type GraphHarness, type HarnessOptions } from '../graph-harness';

/** Runs in node (tests/integration/graph) and in jsdom as a browser sees Graph (tests/jsdom/graph). */
export function tasksScenarios(mode: HarnessOptions = {}): void {
  let h: GraphHarness;
  let manager: Person;
  let reports: Person[];
  beforeAll(async () => {
    h = await startGraphHarness(mode);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.control.reset({ now: '2026-11-23T08:00:00.000Z' });
    ({ manager, reports } = await h.adapters.directory.team());
  });

  const planFor = async (report: Person): Promise<PairPlan> =>
    (await h.adapters.tasks.findPairPlan(manager, report)) ?? (await h.adapters.tasks.createPairPlan(manager, report));
  const newTask = (plan: PairPlan, title: string, extra: Partial<Parameters<GraphHarness['adapters']['tasks']['createTask']>[0]> = {}) => ({
    planId: plan.planId,
    bucketId: plan.buckets.followUps,
    title,
    assigneeIds: [plan.reportId],
    startDateTime: '2026-11-23T09:00:00.000Z',
    dueDateTime: '2026-11-27T22:59:59.000Z',
    isPromise: false,
    ...extra,
  });
  const kindOf = (error: unknown) => (error instanceof RapportError ? error.kind : String(error));

  describe('tasks gateway against the emulator', () => {
    it('finds the pair plan or creates roster, plan, buckets and the Promise category, then finds it again', async () => {
      const withoutPlan: Person[] = [];
      for (const report of reports) if (!(await h.adapters.tasks.findPairPlan(manager, report))) withoutPlan.push(report);
      const report = withoutPlan[0] ?? reports[0]!;
      const created = await h.adapters.tasks.createPairPlan(manager, report);
      const state = await h.control.state();
      const plan = state.plans?.find((p) => p.id === created.planId) as { title: string; details: { categoryDescriptions: Record<string, string> } };
      expect(plan.title).toBe(`1:1 · ${manager.displayName} & ${report.displayName}`);
      expect(plan.details.categoryDescriptions.category1).toBe('Promise');
      const buckets = state.buckets?.filter((b) => b.planId === created.planId).map((b) => b.name);
      expect(buckets).toEqual(expect.arrayContaining(['Follow-ups', 'Topics for our next 1:1']));
      const roster = state.rosters?.find((r) => r.id === created.rosterId) as { members: Array<{ userId: string }> };
      expect(roster.members.map((m) => m.userId).sort()).toEqual([manager.id, report.id].sort());
      if (withoutPlan.length) expect((await h.adapters.tasks.findPairPlan(manager, report))?.planId).toBe(created.planId);
    });

    it('a team page asking for every pair plan at once lists the roster plans once, and their buckets in one batch', async () => {
      const fresh = h.adaptersAs(null);
      const since = (await h.control.requests()).at(-1)?.seq ?? 0;
      const plans = await Promise.all(reports.map((report) => fresh.tasks.findPairPlan(manager, report)));
      const found = plans.filter((plan) => plan !== null);
      expect(found.length).toBeGreaterThan(1);
      const log = await h.control.requests(since);
      expect(log.filter((r) => r.path.endsWith('/me/planner/rosterPlans'))).toHaveLength(1);
      expect(log.filter((r) => r.path.endsWith('/buckets'))).toHaveLength(0);
      const bucketBatches = log.filter((r) => r.batchItems?.some((item) => item.url.endsWith('/buckets')));
      expect(bucketBatches).toHaveLength(1);
      expect(bucketBatches[0]?.batchItems?.map((item) => item.url).sort()).toEqual(found.map((plan) => `/planner/plans/${plan.planId}/buckets`).sort());
      for (const plan of found) expect(plan.buckets.followUps && plan.buckets.topics).toBeTruthy();
    });

    it('lists the tasks of several plans in one batch', async () => {
      const plans = await Promise.all(reports.slice(0, 3).map(planFor));
      const since = (await h.control.requests()).at(-1)?.seq ?? 0;
      const tasks = await h.adapters.tasks.listTasks(plans.map((p) => p.planId));
      const log = await h.control.requests(since);
      expect(log.filter((r) => r.path.endsWith('/$batch'))).toHaveLength(1);
      const expected = (await h.control.state()).tasks?.filter((t) => plans.some((p) => p.planId === t.planId));
      expect(tasks.map((t) => t.id).sort()).toEqual(expected?.map((t) => t.id).sort());
    });

    it('creates single and batched tasks with assignments and descriptions, updates with the ETag, deletes', async () => {
      const plan = await planFor(reports[0]!);
      const single = await h.adapters.tasks.createTask(newTask(plan, 'Call the customer', { isPromise: true, assigneeIds: [manager.id], description: 'Rapport key 0123456789abcdef' }));
      expect(single).toMatchObject({ isPromise: true, assigneeIds: [manager.id] });
      expect(single.detailsPending).toBeUndefined();
      expect((await h.adapters.tasks.getDetails(single.id)).description).toBe('Rapport key 0123456789abcdef');
      const batched = await h.adapters.tasks.createTasks([newTask(plan, 'One'), newTask(plan, 'Two', { description: 'Rapport key fedcba9876543210' })]);
      expect(batched.map((t) => (t instanceof Error ? t.message : t.title))).toEqual(['One', 'Two']);
      const done = await h.adapters.tasks.updateTask(single, { percentComplete: 100, assigneeIds: [plan.reportId] });
      expect(done).toMatchObject({ percentComplete: 100, assigneeIds: [plan.reportId] });
      expect(done.etag).not.toBe(single.etag);
      await expect(h.adapters.tasks.updateTask(single, { title: 'stale' }).catch(kindOf)).resolves.toBe('conflict');
      await h.adapters.tasks.deleteTask(done);
      await h.adapters.tasks.deleteTask(done);
      expect((await h.adapters.tasks.listTasks([plan.planId])).some((t) => t.id === done.id)).toBe(false);
    });

    it('details have their own ETag: the task ETag gets 412, setDescription uses the right one', async () => {
      const plan = await planFor(reports[0]!);
      const task = await h.adapters.tasks.createTask(newTask(plan, 'Share the deck'));
      const withTaskEtag = h.adapters.graph.call(`/planner/tasks/${task.id}/details`, { method: 'PATCH', headers: { 'If-Match': task.etag }, body: { description: 'x' } });
      await expect(withTaskEtag.catch(kindOf)).resolves.toBe('conflict');
      await expect(h.adapters.tasks.setDescription(task.id, 'Meeting notes · Rapport key 1')).resolves.toMatchObject({ description: 'Meeting notes · Rapport key 1' });
    });

    it('409 after a details change: reads again and writes', async () => {
      const plan = await planFor(reports[0]!);
      const task = await h.adapters.tasks.createTask(newTask(plan, 'Review forecast'));
      const other = h.adaptersAs(reports[0]!.userPrincipalName ?? reports[0]!.mail);
      const seen = await h.adapters.tasks.getDetails(task.id);
      await other.tasks.setDescription(task.id, 'changed by the report');
      await expect(h.adapters.graph.call(`/planner/tasks/${task.id}/details`, { method: 'PATCH', headers: { 'If-Match': seen.etag }, body: { description: 'x' } }).catch(kindOf)).resolves.toBe('conflict');
      await h.control.faults([{ method: 'PATCH', path: '^/planner/tasks/[^/]+/details$', status: 409, times: 1 }]);
      await expect(h.adapters.tasks.setDescription(task.id, 'ours')).resolves.toMatchObject({ description: 'ours' });
    });

    it('descriptions of many tasks: one batched round of reads and one of writes; an item refused with 412 is read again alone', async () => {
      const plan = await planFor(reports[0]!);
      const created = await h.adapters.tasks.createTasks(['Send the deck', 'Book the workshop', 'Check the budget'].map((title) => newTask(plan, title)));
      const tasks = created.filter((task) => !(task instanceof Error)) as Array<{ id: string }>;
      expect(tasks).toHaveLength(3);
      await h.adaptersAs(reports[0]!.userPrincipalName ?? reports[0]!.mail).tasks.setDescription(tasks[2]!.id, 'already there');
      await h.control.faults([{ method: 'PATCH', path: `^/planner/tasks/${tasks[1]!.id}/details$`, status: 412, times: 1 }]);
      const since = (await h.control.requests()).at(-1)?.seq ?? 0;
      const results = await h.adapters.tasks.setDescriptions(tasks.map((task, index) => ({ taskId: task.id, description: `Rapport key ${index}` })));
      expect(results.map((r) => (r instanceof Error ? r.message : r.description))).toEqual(['Rapport key 0', 'Rapport key 1', 'Rapport key 2']);
      const log = await h.control.requests(since);
      const batched = log.filter((r) => r.path.endsWith('/$batch')).map((r) => r.batchItems?.map((item) => item.method));
      expect(batched).toEqual([['GET', 'GET', 'GET'], ['PATCH', 'PATCH', 'PATCH']]);
      // the refused item alone: read its details again, then write with the new ETag
      expect(log.filter((r) => !r.path.endsWith('/$batch')).map((r) => r.method)).toEqual(['GET', 'PATCH']);
      for (const [index, task] of tasks.entries()) expect((await h.adapters.tasks.getDetails(task.id)).description).toBe(`Rapport key ${index}`);
    });

    it('group plans: lists the group plans, and gives a report one bucket in the chosen plan (created once)', async () => {
      const plans = await h.adapters.tasks.listGroupPlans();
      const group = plans.find((plan) => plan.title === 'Sales team follow-ups');
      expect(group?.groupId).toBeTruthy();
      const report = reports[0]!;
      const pair = await h.adapters.tasks.ensureGroupPlanBuckets(group!.id, report);
      expect(pair.buckets.followUps).toBe(pair.buckets.topics);
      expect(await h.adapters.tasks.ensureGroupPlanBuckets(group!.id, report)).toEqual(pair);
      const state = await h.control.state();
      expect(state.buckets?.filter((b) => b.planId === group!.id && b.name === report.displayName)).toHaveLength(1);
      const plan = state.plans?.find((p) => p.id === group!.id) as { details: { categoryDescriptions: Record<string, string> } };
      expect(plan.details.categoryDescriptions.category1).toBe('Promise');
    });

    it('a deleted plan: findPairPlan does not return it, listTasks skips it', async () => {
      const [first, second] = await Promise.all(reports.slice(0, 2).map(planFor));
      // A roster's plan goes with the roster (deleted by a person, or by Planner 24 h after it lost its plan).
      await h.adapters.graph.call(`/planner/rosters/${first!.rosterId}`, { method: 'DELETE', version: 'beta' });
      const again = await h.adapters.tasks.findPairPlan(manager, reports[0]!, first);
      expect(again?.planId).not.toBe(first!.planId);
      const tasks = await h.adapters.tasks.listTasks([first!.planId, second!.planId]);
      expect(tasks.every((t) => t.planId === second!.planId)).toBe(true);
    });
  });
}
