import { RAPPORT_APP_ID, PLANNER_APP_ID, type RunningEmulator } from '../../../tools/graph-emulator';
import { reset } from '../../../tools/graph-emulator/control-client';
import { emulatorForFile, errorCode, graph, NOW, values } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());
beforeEach(() => reset(emulator.url, { now: NOW }));

type Obj = Record<string, unknown>;
const ASSIGN = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };

async function groupPlan(): Promise<Obj> {
  return values(await graph(emulator.url, '/me/planner/plans'))[0] as Obj;
}

async function newTask(extra: Obj = {}): Promise<Obj> {
  const plan = await groupPlan();
  const created = await graph(emulator.url, '/planner/tasks', { method: 'POST', body: { planId: plan.id, title: 'Send the Q1 plan', ...extra } });
  expect(created.status).toBe(201);
  return created.body;
}

describe('planner plans and buckets', () => {
  it('lists the group plan of the signed-in user, with details and buckets', async () => {
    const plan = await groupPlan();
    expect(plan).toMatchObject({ title: 'Sales team follow-ups', container: { type: 'group' } });
    const details = await graph(emulator.url, `/planner/plans/${plan.id as string}/details`);
    expect((details.body.categoryDescriptions as Obj).category1).toBe('Promise');
    const buckets = values(await graph(emulator.url, `/planner/plans/${plan.id as string}/buckets`));
    expect(buckets.map((b) => b.name)).toEqual(['Team']);
  });

  it('creates a bucket and renames it with If-Match', async () => {
    const plan = await groupPlan();
    const bucket = await graph(emulator.url, '/planner/buckets', { method: 'POST', body: { name: 'Sara', planId: plan.id, orderHint: ' !' } });
    expect(bucket.status).toBe(201);
    const renamed = await graph(emulator.url, `/planner/buckets/${bucket.body.id as string}`, {
      method: 'PATCH',
      body: { name: 'Sara Nilsson' },
      headers: { 'If-Match': bucket.body['@odata.etag'] as string, Prefer: 'return=representation' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Sara Nilsson');
  });

  it('keeps plans private to the members of their container', async () => {
    const plan = await groupPlan();
    const outsider = await graph(emulator.url, `/planner/plans/${plan.id as string}`, { token: 'demo:noa.friedman@contoso.com' });
    expect(outsider.status).toBe(403);
    expect((await graph(emulator.url, '/planner/plans/nope')).status).toBe(404);
  });
});

describe('planner tasks', () => {
  it("records which app created a task, and lists don't expand details", async () => {
    const task = await newTask({ details: { description: 'Rapport key abc' } });
    expect((task.createdBy as { application: { id: string } }).application.id).toBe(RAPPORT_APP_ID);
    expect(task).toMatchObject({ hasDescription: true, previewType: 'automatic' });
    const other = await graph(emulator.url, '/planner/tasks', { method: 'POST', body: { planId: task.planId, title: 'by hand' }, headers: { 'X-Emulator-App-Id': PLANNER_APP_ID } });
    expect((other.body.createdBy as { application: { id: string } }).application.id).toBe(PLANNER_APP_ID);
    const listed = values(await graph(emulator.url, `/planner/plans/${task.planId as string}/tasks`));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect(listed.every((t) => !('description' in t) && !('details' in t))).toBe(true);
  });

  it('rejects an assignment without @odata.type', async () => {
    const plan = await groupPlan();
    const me = await graph(emulator.url, '/me');
    const bad = await graph(emulator.url, '/planner/tasks', { method: 'POST', body: { planId: plan.id, title: 'x', assignments: { [me.body.id as string]: { orderHint: ' !' } } } });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toContain('@odata.type');
    const good = await graph(emulator.url, '/planner/tasks', { method: 'POST', body: { planId: plan.id, title: 'x', assignments: { [me.body.id as string]: ASSIGN } } });
    expect(Object.keys(good.body.assignments as Obj)).toEqual([me.body.id]);
  });

  it('requires If-Match on PATCH and DELETE and answers 412 for a stale one', async () => {
    const task = await newTask();
    const url = `/planner/tasks/${task.id as string}`;
    expect((await graph(emulator.url, url, { method: 'PATCH', body: { percentComplete: 50 } })).status).toBe(400);
    const ok = await graph(emulator.url, url, { method: 'PATCH', body: { percentComplete: 100 }, headers: { 'If-Match': task['@odata.etag'] as string } });
    expect(ok.status).toBe(204);
    const stale = await graph(emulator.url, url, { method: 'PATCH', body: { title: 'again' }, headers: { 'If-Match': task['@odata.etag'] as string } });
    expect(stale.status).toBe(412);
    const fresh = await graph(emulator.url, url);
    expect(fresh.body.completedDateTime).toBe(NOW);
    expect((await graph(emulator.url, url, { method: 'DELETE', headers: { 'If-Match': fresh.body['@odata.etag'] as string } })).status).toBe(204);
    expect((await graph(emulator.url, url)).status).toBe(404);
  });

  it('gives details their own ETag; a details change moves the task ETag too', async () => {
    const task = await newTask();
    const details = await graph(emulator.url, `/planner/tasks/${task.id as string}/details`);
    expect(details.body['@odata.etag']).not.toBe(task['@odata.etag']);
    const noIfMatch = await graph(emulator.url, `/planner/tasks/${task.id as string}/details`, { method: 'PATCH', body: { description: 'x' } });
    expect(noIfMatch.status).toBe(400);
    const withTaskEtag = await graph(emulator.url, `/planner/tasks/${task.id as string}/details`, { method: 'PATCH', body: { description: 'x' }, headers: { 'If-Match': task['@odata.etag'] as string } });
    expect(withTaskEtag.status).toBe(412);
    const patched = await graph(emulator.url, `/planner/tasks/${task.id as string}/details`, {
      method: 'PATCH',
      body: { description: 'Rapport key 0123456789abcdef', checklist: { a1: { '@odata.type': '#microsoft.graph.plannerChecklistItem', title: 'one' } } },
      headers: { 'If-Match': details.body['@odata.etag'] as string, Prefer: 'return=representation' },
    });
    expect(patched.status).toBe(200);
    expect((patched.body.checklist as Obj).a1).toMatchObject({ title: 'one', isChecked: false });
    const after = await graph(emulator.url, `/planner/tasks/${task.id as string}`);
    expect(after.body['@odata.etag']).not.toBe(task['@odata.etag']);
    expect(after.body).toMatchObject({ hasDescription: true, checklistItemCount: 1, activeChecklistItemCount: 1 });
  });

  it('answers 403 with the limit code when a limit is reached, and changes nothing', async () => {
    await reset(emulator.url, { now: NOW, limits: { checklistItemsPerTask: 2, tasksPerPlan: 3 } });
    const task = await newTask();
    const details = await graph(emulator.url, `/planner/tasks/${task.id as string}/details`);
    const item = (title: string) => ({ '@odata.type': '#microsoft.graph.plannerChecklistItem', title });
    const tooMany = await graph(emulator.url, `/planner/tasks/${task.id as string}/details`, {
      method: 'PATCH',
      body: { checklist: { a: item('a'), b: item('b'), c: item('c') } },
      headers: { 'If-Match': details.body['@odata.etag'] as string },
    });
    expect(tooMany.status).toBe(403);
    expect(errorCode(tooMany)).toBe('MaximumChecklistItemsOnTask');
    expect((await graph(emulator.url, `/planner/tasks/${task.id as string}/details`)).body['@odata.etag']).toBe(details.body['@odata.etag']);
    await newTask();
    const third = await graph(emulator.url, '/planner/tasks', { method: 'POST', body: { planId: task.planId, title: 'one too many' } });
    expect(third.status).toBe(403);
    expect(errorCode(third)).toBe('MaximumTasksInProject');
  });

  it('lists tasks by bucket and the tasks assigned to me', async () => {
    const plan = await groupPlan();
    const [bucket] = values(await graph(emulator.url, `/planner/plans/${plan.id as string}/buckets`));
    const inBucket = values(await graph(emulator.url, `/planner/buckets/${bucket?.id as string}/tasks`));
    expect(inBucket.map((t) => t.title)).toContain('Share the SKO travel checklist');
    const mine = values(await graph(emulator.url, '/me/planner/tasks'));
    expect(mine.length).toBeGreaterThan(0);
  });
});
