import { createDemoTokenProvider } from '../../../src/adapters/auth/demo-token-provider';
import { createGraphAdapters } from '../../../src/adapters/graph';
import type { Person } from '../../../src/domain/model/people';
import { RAPPORT_APP_ID } from '../../../tools/graph-emulator';
import { graph, NOW } from '../emulator/support';
import { startGraphHarness, type GraphHarness } from '../../support/graph-harness';
import { virtualTime } from '../../support/scripted-server';

/** What a first install in a real tenant meets: plans other apps made, roster member answers, Planner ETags. */
let h: GraphHarness;
let manager: Person;
let astrid: Person;
const LOOP_APP = '0f1e2d3c-4b5a-4697-8877-665544332211';

beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.control.reset({ now: NOW });
  const team = await h.adapters.directory.team();
  manager = team.manager;
  astrid = team.reports.find((r) => r.displayName.startsWith('Astrid'))!;
});

/** A roster plan of Dana and Astrid made by another app (Loop, meeting notes), optionally with Rapport's buckets. */
async function otherAppsPlan(title: string, buckets: string[] = []): Promise<string> {
  const asLoop = { 'X-Emulator-App-Id': LOOP_APP };
  const roster = await graph(h.emulator.url, '/planner/rosters', { method: 'POST', version: 'beta', body: {}, headers: asLoop });
  const rosterId = roster.body.id as string;
  await graph(h.emulator.url, `/planner/rosters/${rosterId}/members`, { method: 'POST', version: 'beta', body: { userId: astrid.id }, headers: asLoop });
  const container = { url: `${h.emulator.url}/beta/planner/rosters/${rosterId}`, containerId: rosterId, type: 'roster' };
  const plan = await graph(h.emulator.url, '/planner/plans', { method: 'POST', version: 'beta', body: { title, container }, headers: asLoop });
  for (const name of buckets) {
    await graph(h.emulator.url, '/planner/buckets', { method: 'POST', body: { name, planId: plan.body.id, orderHint: ' !' }, headers: asLoop });
  }
  return plan.body.id as string;
}

describe('whose plan is it (findPairPlan)', () => {
  it('regression: a Loop task list shared by exactly the manager and a report is not taken over', async () => {
    const planId = await otherAppsPlan('Pipeline notes');
    expect(await h.adapters.tasks.findPairPlan(manager, astrid)).toBeNull();
    expect(((await h.control.state()).buckets ?? []).filter((b) => b.planId === planId)).toEqual([]); // nothing added to it
  });

  it("regression: not even one with Rapport's title, unless Rapport's buckets are in it", async () => {
    const planId = await otherAppsPlan(`1:1 · ${manager.displayName} & ${astrid.displayName}`);
    expect(await h.adapters.tasks.findPairPlan(manager, astrid)).toBeNull();
    const buckets = ((await h.control.state()).buckets ?? []).filter((b) => b.planId === planId);
    expect(buckets).toEqual([]);
  });

  it("in a tenant (Rapport's client id known), a plan another app created is not adopted even with Rapport's title and buckets", async () => {
    await otherAppsPlan(`1:1 · ${manager.displayName} & ${astrid.displayName}`, ['Follow-ups', 'Topics for our next 1:1']);
    const options = { config: { graphBaseUrl: h.emulator.url }, tokens: createDemoTokenProvider(null), ...virtualTime() };
    expect(await createGraphAdapters({ ...options, appId: RAPPORT_APP_ID }).tasks.findPairPlan(manager, astrid)).toBeNull();
    // The demo knows no client id: there title and buckets decide.
    expect(await createGraphAdapters(options).tasks.findPairPlan(manager, astrid)).not.toBeNull();
  });

  it('still finds the pair plans Rapport made (the seed’s), by its own app id too', async () => {
    const noa = (await h.adapters.directory.team()).reports.find((r) => r.displayName.startsWith('Noa'))!;
    const options = { config: { graphBaseUrl: h.emulator.url }, tokens: createDemoTokenProvider(null), ...virtualTime() };
    const found = await createGraphAdapters({ ...options, appId: RAPPORT_APP_ID }).tasks.findPairPlan(manager, noa);
    expect(found?.buckets.followUps).toBeTruthy();
  });
});

describe('roster members (the docs give 201 for an add and are silent on "already a member")', () => {
  it('regression: an add answered with an error after it was applied still makes the pair plan (members are read again)', async () => {
    await h.control.faults([{ method: 'POST', version: 'beta', path: '^/planner/rosters/[^/]+/members$', status: 400, applyThenFail: true, times: 2 }]);
    const pair = await h.adapters.tasks.createPairPlan(manager, astrid);
    expect(pair.planId).toBeTruthy();
    const log = await h.control.requests();
    expect(log.some((r) => r.method === 'GET' && /\/planner\/rosters\/[^/]+\/members$/.test(r.path))).toBe(true);
  });

  it('an add that really failed (the report is not in the roster) is an error, not a plan they cannot see', async () => {
    await h.control.faults([{ method: 'POST', version: 'beta', path: '^/planner/rosters/[^/]+/members$', status: 403, times: 2 }]);
    await expect(h.adapters.tasks.createPairPlan(manager, astrid)).rejects.toMatchObject({ status: 403 });
    expect(((await h.control.state()).plans ?? []).filter((p) => String(p.title).includes('Astrid'))).toEqual([]);
  });
});

describe('roster creation refused', () => {
  it('turned off for the user: createPairPlan fails as RosterRefusedError "disabled" with Graph’s code', async () => {
    await h.control.reset({ now: NOW, rostersDisabled: true });
    await expect(h.adapters.tasks.createPairPlan(manager, astrid)).rejects.toMatchObject({ name: 'RosterRefusedError', reason: 'disabled', status: 403 });
  });

  it('a sensitivity label required (sensitivityLabelsAreMandatory): RosterRefusedError "label-required"', async () => {
    const body = { error: { code: 'sensitivityLabelsAreMandatory', message: 'A label is required.', innerError: {} } };
    await h.control.faults([{ method: 'POST', version: 'beta', path: '^/planner/rosters$', status: 403, body }]);
    await expect(h.adapters.tasks.createPairPlan(manager, astrid)).rejects.toMatchObject({ reason: 'label-required', code: 'sensitivityLabelsAreMandatory' });
  });
});

describe('Planner ETags', () => {
  it('the emulator refuses If-Match: * on Planner (412), as the docs ask for the last known ETag', async () => {
    const noa = (await h.adapters.directory.team()).reports.find((r) => r.displayName.startsWith('Noa'))!;
    const pair = (await h.adapters.tasks.findPairPlan(manager, noa))!;
    const refused = await graph(h.emulator.url, `/planner/plans/${pair.planId}/details`, { method: 'PATCH', body: { categoryDescriptions: { category2: 'x' } }, headers: { 'If-Match': '*' } });
    expect(refused.status).toBe(412);
  });

  it('regression: when reading a new task’s details failed, its description is still written, and never with If-Match: *', async () => {
    const pair = await h.adapters.tasks.createPairPlan(manager, astrid);
    await h.control.faults([{ method: 'GET', path: '^/planner/tasks/[^/]+/details$', inBatch: true, status: 403, times: 1 }]);
    const since = h.sent.length;
    const logSince = (await h.control.requests()).at(-1)?.seq ?? 0;
    const [task] = await h.adapters.tasks.createTasks([
      { planId: pair.planId, bucketId: pair.buckets.followUps, title: 'Send the deck', assigneeIds: [astrid.id], startDateTime: null, dueDateTime: null, isPromise: false, description: 'From the 1:1' },
    ]);
    expect(task).not.toBeInstanceOf(Error);
    expect((await h.adapters.tasks.getDetails((task as { id: string }).id)).description).toBe('From the 1:1');
    expect(h.sent.slice(since).map((r) => r.headers['If-Match'])).not.toContain('*');
    const log = await h.control.requests(logSince);
    const batchItems = log.flatMap((r) => r.batchItems ?? []);
    expect(batchItems.some((item) => item.method === 'GET' && item.status === 403)).toBe(true); // the fault applied
    expect([...log.map((r) => r.status), ...batchItems.map((item) => item.status)]).not.toContain(412);
  });
});
