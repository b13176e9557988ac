import type { RunningEmulator } from '../../../tools/graph-emulator';
import { clearFaults, lastSeq, requests, reset, setClock, setFaults, state } from '../../../tools/graph-emulator/control-client';
import { emulatorForFile, graph, NOW, values } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());
beforeEach(() => reset(emulator.url, { now: NOW }));

describe('control API: reset and state', () => {
  it('reloads the seed with relative dates resolved against the frozen clock', async () => {
    const before = await state(emulator.url);
    expect(before.now).toBe('2026-11-23T08:00:00.000Z');
    const plan = values(await graph(emulator.url, '/me/planner/plans'))[0] as { id: string };
    await graph(emulator.url, '/planner/tasks', { method: 'POST', body: { planId: plan.id, title: 'temporary' } });
    expect((await state(emulator.url)).tasks).toHaveLength(before.tasks.length + 1);
    await reset(emulator.url, { now: '2027-03-01T08:00:00Z' });
    const after = await state(emulator.url);
    expect(after.tasks).toHaveLength(before.tasks.length);
    const firstStart = (events: Record<string, unknown>[]) => (events.find((e) => e.subject === '1:1 Erik & Dana')?.start as { dateTime: string }).dateTime;
    expect(firstStart(after.events)).not.toBe(firstStart(before.events));
  });

  it('gives the state as Graph-shaped arrays, files with their content', async () => {
    const s = await state(emulator.url);
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['users', 'events', 'rosters', 'plans', 'buckets', 'tasks', 'taskDetails', 'files']));
    expect(s.users.some((u) => u.userPrincipalName === 'dana.levi@contoso.com')).toBe(true);
    expect(s.taskDetails).toHaveLength(s.tasks.length);
  });

  it('rejects an unknown seed or a bad instant', async () => {
    await expect(reset(emulator.url, { seed: 'no-such-seed.json' })).rejects.toThrow(/400/);
    await expect(reset(emulator.url, { now: 'yesterday' })).rejects.toThrow(/400/);
  });

  it('moves the frozen clock without reloading', async () => {
    await setClock(emulator.url, '2026-11-25T08:00:00Z');
    expect((await state(emulator.url)).now).toBe('2026-11-25T08:00:00.000Z');
  });

  it('loads the large seed: 12 reports over 26 weeks', async () => {
    await reset(emulator.url, { now: NOW, seed: 'large.json' });
    expect(values(await graph(emulator.url, '/me/directReports'))).toHaveLength(12);
  });
});

describe('control API: faults and the request log', () => {
  it('logs requests with user, status, query, body and the fault rule that answered', async () => {
    const since = await lastSeq(emulator.url);
    await setFaults(emulator.url, [{ method: 'POST', path: '^/planner/tasks$', status: 503, times: 1 }]);
    const plan = values(await graph(emulator.url, '/me/planner/plans'))[0] as { id: string };
    const body = { planId: plan.id, title: 'logged' };
    expect((await graph(emulator.url, '/planner/tasks', { method: 'POST', body })).status).toBe(503);
    expect((await graph(emulator.url, '/planner/tasks', { method: 'POST', body })).status).toBe(201);
    const log = await requests(emulator.url, since);
    const posts = log.filter((e) => e.method === 'POST');
    expect(posts.map((e) => [e.status, e.fault])).toEqual([[503, 0], [201, undefined]]);
    expect(posts[0]).toMatchObject({ user: 'dana.levi@contoso.com', path: '/v1.0/planner/tasks', requestBody: body });
    expect(log.every((e) => e.seq > since)).toBe(true);
  });

  it('applyThenFail performs the write and still answers the fault status', async () => {
    await setFaults(emulator.url, [{ method: 'POST', path: '^/planner/tasks$', status: 504, applyThenFail: true, times: 1 }]);
    const before = (await state(emulator.url)).tasks.length;
    const plan = values(await graph(emulator.url, '/me/planner/plans'))[0] as { id: string };
    const call = await graph(emulator.url, '/planner/tasks', { method: 'POST', body: { planId: plan.id, title: 'ambiguous' } });
    expect(call.status).toBe(504);
    expect((await state(emulator.url)).tasks).toHaveLength(before + 1);
  });

  it('follows the seed: the same seed and rate fail the same requests', async () => {
    const run = async () => {
      await setFaults(emulator.url, [{ path: '^/me$', status: 500, rate: 0.5 }], 42);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) statuses.push((await graph(emulator.url, '/me')).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('filters by method and version, uses a custom body, and is cleared by DELETE', async () => {
    await setFaults(emulator.url, [{ method: 'GET', version: 'beta', path: '^/me$', status: 409, body: { error: { code: 'Custom', message: 'planned' } } }]);
    expect((await graph(emulator.url, '/me')).status).toBe(200);
    const beta = await graph(emulator.url, '/me', { version: 'beta' });
    expect(beta.status).toBe(409);
    expect(beta.body).toEqual({ error: { code: 'Custom', message: 'planned' } });
    await clearFaults(emulator.url);
    expect((await graph(emulator.url, '/me', { version: 'beta' })).status).toBe(200);
  });
});
