import type { RunningEmulator } from '../../../tools/graph-emulator';
import { requests, reset, setFaults } from '../../../tools/graph-emulator/control-client';
import { emulatorForFile, graph, NOW, THIS_WEEK, values } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());
beforeEach(() => reset(emulator.url, { now: NOW }));

type Item = { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> };
const batch = async (items: unknown[]) => {
  const call = await graph(emulator.url, '/$batch', { method: 'POST', body: { requests: items } });
  return { call, byId: new Map(((call.body.responses ?? []) as Item[]).map((r) => [r.id, r])) };
};

describe('$batch', () => {
  it('answers each item with its own status, headers and body inside a 200 envelope', async () => {
    const { call, byId } = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: `me/calendarView?${THIS_WEEK}&$top=2` },
      { id: '3', method: 'GET', url: '/users/nobody@contoso.com' },
    ]);
    expect(call.status).toBe(200);
    expect(byId.get('1')?.body?.displayName).toBe('Dana Levi');
    expect(byId.get('2')?.body?.value as unknown[]).toHaveLength(2);
    expect(byId.get('3')?.status).toBe(404);
    expect(byId.get('3')?.body?.error).toBeDefined();
  });

  it('answers items in the order they finish, not the order they were sent', async () => {
    await setFaults(emulator.url, [{ path: '^/me$', latencyMs: [500, 500] }]);
    const { call } = await batch([
      { id: 'slow', method: 'GET', url: '/me' },
      { id: 'fast', method: 'GET', url: '/me/directReports' },
    ]);
    expect((call.body.responses as Item[]).map((r) => r.id)).toEqual(['fast', 'slow']);
  });

  it('sends the mailbox items of one batch to Outlook 4 at a time, as Graph does: six slow calendar reads all succeed', async () => {
    await setFaults(emulator.url, [{ path: '^/me/calendarView$', latencyMs: [300, 300] }]);
    const items = Array.from({ length: 6 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/me/calendarView?${THIS_WEEK}` }));
    const { byId } = await batch(items);
    expect([...byId.values()].map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('still counts those 4 against the mailbox: a request beside the batch meanwhile gets 429 ApplicationThrottled', async () => {
    await setFaults(emulator.url, [{ path: '^/me/calendarView$', latencyMs: [400, 400] }]);
    const items = Array.from({ length: 6 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/me/calendarView?${THIS_WEEK}` }));
    const running = batch(items);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const beside = await graph(emulator.url, `/me/calendarView?${THIS_WEEK}`);
    expect(beside.status).toBe(429);
    expect((beside.body.error as { code: string }).code).toBe('ApplicationThrottled');
    expect([...(await running).byId.values()].every((r) => r.status === 200)).toBe(true);
  });

  it('allows at most 20 items', async () => {
    const items = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const { call } = await batch(items);
    expect(call.status).toBe(400);
    expect((await batch(items.slice(0, 20))).call.status).toBe(200);
  });

  it('answers 424 for an item whose dependency failed, and runs it when the dependency succeeded', async () => {
    const plan = values(await graph(emulator.url, '/me/planner/plans'))[0] as { id: string };
    const { byId } = await batch([
      { id: 'a', method: 'POST', url: '/planner/tasks', headers: { 'Content-Type': 'application/json' }, body: { planId: 'missing', title: 'x' } },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      { id: 'c', method: 'POST', url: '/planner/tasks', headers: { 'Content-Type': 'application/json' }, body: { planId: plan.id, title: 'ok' } },
      { id: 'd', method: 'GET', url: '/me', dependsOn: ['c'] },
    ]);
    expect(byId.get('a')?.status).toBe(404);
    expect(byId.get('b')?.status).toBe(424);
    expect(byId.get('c')?.status).toBe(201);
    expect(byId.get('d')?.status).toBe(200);
  });

  it('rejects an item body without Content-Type and unknown dependencies', async () => {
    expect((await batch([{ id: '1', method: 'POST', url: '/planner/tasks', body: { title: 'x' } }])).call.status).toBe(400);
    expect((await batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }])).call.status).toBe(400);
  });

  it('applies fault rules to items, with Retry-After in the item headers, and logs the items', async () => {
    await setFaults(emulator.url, [{ path: '^/me$', status: 429, retryAfter: 7, times: 1 }]);
    const { call, byId } = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
    ]);
    expect(call.status).toBe(200);
    expect(byId.get('1')).toMatchObject({ status: 429, headers: { 'Retry-After': '7' } });
    expect(byId.get('2')?.status).toBe(424);
    const log = await requests(emulator.url);
    const entry = log.find((e) => e.path === '/v1.0/$batch');
    expect(entry?.batchItems?.map((i) => [i.id, i.status]).sort()).toEqual([['1', 429], ['2', 424]]);
  });

  it('leaves items alone for rules with inBatch false', async () => {
    await setFaults(emulator.url, [{ path: '^/me$', status: 503, inBatch: false }]);
    const { byId } = await batch([{ id: '1', method: 'GET', url: '/me' }]);
    expect(byId.get('1')?.status).toBe(200);
    expect((await graph(emulator.url, '/me')).status).toBe(503);
  });
});
