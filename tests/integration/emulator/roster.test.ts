import type { RunningEmulator } from '../../../tools/graph-emulator';
import { reset, setClock } from '../../../tools/graph-emulator/control-client';
import { emulatorForFile, errorCode, graph, NOW, values } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());
beforeEach(() => reset(emulator.url, { now: NOW }));

const beta = { version: 'beta' };
type Obj = Record<string, unknown>;

async function rosterWith(upn: string): Promise<string> {
  const roster = await graph(emulator.url, '/planner/rosters', { ...beta, method: 'POST', body: { '@odata.type': '#microsoft.graph.plannerRoster' } });
  expect(roster.status).toBe(201);
  const report = await graph(emulator.url, `/users/${upn}`);
  const member = await graph(emulator.url, `/planner/rosters/${roster.body.id as string}/members`, { ...beta, method: 'POST', body: { userId: report.body.id } });
  expect(member.status).toBe(201);
  return roster.body.id as string;
}

describe('beta rosters', () => {
  it('lists the seeded pair plans in /me/planner/rosterPlans with their buckets and topics', async () => {
    const plans = values(await graph(emulator.url, '/me/planner/rosterPlans', beta));
    expect(plans.map((p) => p.title)).toEqual(expect.arrayContaining(['1:1 · Dana Levi & Noa Cohen', '1:1 · Dana Levi & Erik Lindqvist', '1:1 · Dana Levi & James Carter']));
    const noa = plans.find((p) => (p.title as string).includes('Noa')) as Obj;
    expect(noa.container).toMatchObject({ type: 'roster' });
    const buckets = values(await graph(emulator.url, `/planner/plans/${noa.id as string}/buckets`));
    expect(buckets.map((b) => b.name)).toEqual(['Follow-ups', 'Topics for our next 1:1']);
    const topics = values(await graph(emulator.url, `/planner/buckets/${buckets[1]?.id as string}/tasks`));
    expect(topics.length).toBeGreaterThanOrEqual(2);
  });

  it('creates a roster, adds a member and creates its one plan', async () => {
    const rosterId = await rosterWith('sara.nilsson@contoso.com');
    const members = values(await graph(emulator.url, `/planner/rosters/${rosterId}/members`, beta));
    expect(members).toHaveLength(2);
    const url = `https://graph.microsoft.com/beta/planner/rosters/${rosterId}`;
    const plan = await graph(emulator.url, '/planner/plans', { ...beta, method: 'POST', body: { container: { url }, title: '1:1 · Dana Levi & Sara Nilsson' } });
    expect(plan.status).toBe(201);
    expect(plan.body.container).toMatchObject({ containerId: rosterId, type: 'roster' });
    const second = await graph(emulator.url, '/planner/plans', { ...beta, method: 'POST', body: { container: { url }, title: 'again' } });
    expect(second.status).toBe(409);
    const asSara = values(await graph(emulator.url, '/me/planner/rosterPlans', { ...beta, token: 'demo:sara.nilsson@contoso.com' }));
    expect(asSara.map((p) => p.id)).toContain(plan.body.id);
  });

  it('hides the roster container type on v1.0 unless Prefer: include-unknown-enum-members', async () => {
    const [plan] = values(await graph(emulator.url, '/me/planner/rosterPlans', beta));
    const v1 = await graph(emulator.url, `/planner/plans/${plan?.id as string}`);
    expect((v1.body.container as Obj).type).toBe('unknownFutureValue');
    const withPrefer = await graph(emulator.url, `/planner/plans/${plan?.id as string}`, { headers: { Prefer: 'include-unknown-enum-members' } });
    expect((withPrefer.body.container as Obj).type).toBe('roster');
  });

  it('accepts only members of the tenant', async () => {
    const roster = await graph(emulator.url, '/planner/rosters', { ...beta, method: 'POST', body: {} });
    const stranger = await graph(emulator.url, `/planner/rosters/${roster.body.id as string}/members`, { ...beta, method: 'POST', body: { userId: 'guest@fabrikam.com' } });
    expect(stranger.status).toBe(400);
    const otherTenant = await graph(emulator.url, `/planner/rosters/${roster.body.id as string}/members`, { ...beta, method: 'POST', body: { userId: 'noa.cohen@contoso.com', tenantId: 'another-tenant' } });
    expect(otherTenant.status).toBe(400);
  });

  it('deletes a roster that still has no plan 24 hours after its creation', async () => {
    const rosterId = await rosterWith('astrid.berg@contoso.com');
    expect((await graph(emulator.url, `/planner/rosters/${rosterId}`, beta)).status).toBe(200);
    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as { rosters: Obj[] };
    // The seeded planless roster (Dana & Olivia, two days old) is already gone; three pair plans and the new one.
    expect(state.rosters).toHaveLength(4);
    await setClock(emulator.url, '2026-11-24T07:59:00Z');
    expect((await graph(emulator.url, `/planner/rosters/${rosterId}`, beta)).status).toBe(200);
    await setClock(emulator.url, '2026-11-24T08:00:00Z');
    expect((await graph(emulator.url, `/planner/rosters/${rosterId}`, beta)).status).toBe(404);
    const rosters = ((await (await fetch(`${emulator.url}/_emulator/state`)).json()) as { rosters: Obj[] }).rosters;
    expect(rosters).toHaveLength(3);
  });

  it('refuses rosters when the tenant switched them off, and is beta only', async () => {
    await reset(emulator.url, { now: NOW, rostersDisabled: true });
    const refused = await graph(emulator.url, '/planner/rosters', { ...beta, method: 'POST', body: {} });
    expect(refused.status).toBe(403);
    const v1 = await graph(emulator.url, '/planner/rosters', { method: 'POST', body: {} });
    expect(v1.status).toBe(400);
    expect(errorCode(v1)).toBe('BadRequest');
  });
});
