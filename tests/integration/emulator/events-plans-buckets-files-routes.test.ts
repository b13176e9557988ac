import type { RunningEmulator } from '../../../tools/graph-emulator';
import { reset, setFaults, state } from '../../../tools/graph-emulator/control-client';
import { emulatorForFile, graph, NOW, THIS_WEEK, values } from './support';

/** The routes not already exercised by the feature-specific files. */
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());
beforeEach(() => reset(emulator.url, { now: NOW }));

type Obj = Record<string, unknown>;
const beta = { version: 'beta' };
const GROUP = '2a7c9e1b-3d5f-4a6c-8e0b-1c2d3e4f5a60';

describe('more routes', () => {
  it('DELETE of a single event removes it from the calendar', async () => {
    const focus = values(await graph(emulator.url, `/me/calendarView?${THIS_WEEK}&$filter=${encodeURIComponent("subject eq 'Focus time'")}`))[0] as Obj;
    expect((await graph(emulator.url, `/me/events/${focus.id as string}`, { method: 'DELETE' })).status).toBe(204);
    expect((await graph(emulator.url, `/me/events/${focus.id as string}`)).status).toBe(404);
  });

  it('creates a plan in a group, renames it and describes its categories', async () => {
    const created = await graph(emulator.url, '/planner/plans', { method: 'POST', body: { container: { url: `https://graph.microsoft.com/v1.0/groups/${GROUP}` }, title: 'Team plan' } });
    expect(created.status).toBe(201);
    expect(created.body.container).toMatchObject({ containerId: GROUP, type: 'group' });
    const id = created.body.id as string;
    const renamed = await graph(emulator.url, `/planner/plans/${id}`, { method: 'PATCH', body: { title: 'Team plan 2' }, headers: { 'If-Match': created.body['@odata.etag'] as string, Prefer: 'return=representation' } });
    expect(renamed.body.title).toBe('Team plan 2');
    const details = await graph(emulator.url, `/planner/plans/${id}/details`);
    const described = await graph(emulator.url, `/planner/plans/${id}/details`, { method: 'PATCH', body: { categoryDescriptions: { category1: 'Promise' } }, headers: { 'If-Match': details.body['@odata.etag'] as string, Prefer: 'return=representation' } });
    expect((described.body.categoryDescriptions as Obj).category1).toBe('Promise');
    const wrong = await graph(emulator.url, `/planner/plans/${id}/details`, { method: 'PATCH', body: { categoryDescriptions: { category26: 'x' } }, headers: { 'If-Match': described.body['@odata.etag'] as string } });
    expect(wrong.status).toBe(400);
    const outsider = await graph(emulator.url, '/planner/plans', { method: 'POST', token: 'demo:noa.friedman@contoso.com', body: { container: { url: `https://graph.microsoft.com/v1.0/groups/${GROUP}` }, title: 'x' } });
    expect(outsider.status).toBe(403);
  });

  it('reads and deletes a bucket, with its tasks', async () => {
    const plan = values(await graph(emulator.url, '/me/planner/plans'))[0] as Obj;
    const [bucket] = values(await graph(emulator.url, `/planner/plans/${plan.id as string}/buckets`));
    const read = await graph(emulator.url, `/planner/buckets/${bucket?.id as string}`);
    expect(read.body.name).toBe('Team');
    expect((await graph(emulator.url, `/planner/buckets/${bucket?.id as string}`, { method: 'DELETE', headers: { 'If-Match': read.body['@odata.etag'] as string } })).status).toBe(204);
    expect(values(await graph(emulator.url, `/planner/plans/${plan.id as string}/tasks`))).toHaveLength(0);
  });

  it('lists a roster plan, removes a member and deletes a roster with its plan', async () => {
    const [plan] = values(await graph(emulator.url, '/me/planner/rosterPlans', beta));
    const rosterId = (plan?.container as Obj).containerId as string;
    expect(values(await graph(emulator.url, `/planner/rosters/${rosterId}/plans`, beta)).map((p) => p.id)).toEqual([plan?.id]);
    const members = values(await graph(emulator.url, `/planner/rosters/${rosterId}/members`, beta));
    const report = members.find((m) => m.userId !== '8c2d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e01') as Obj;
    expect((await graph(emulator.url, `/planner/rosters/${rosterId}/members/${report.id as string}`, { ...beta, method: 'DELETE' })).status).toBe(204);
    expect(values(await graph(emulator.url, `/planner/rosters/${rosterId}/members`, beta))).toHaveLength(1);
    const tasksBefore = (await state(emulator.url)).tasks.length;
    expect((await graph(emulator.url, `/planner/rosters/${rosterId}`, { ...beta, method: 'DELETE' })).status).toBe(204);
    expect((await graph(emulator.url, `/planner/plans/${plan?.id as string}`)).status).toBe(404);
    expect((await state(emulator.url)).tasks.length).toBeLessThan(tasksBefore);
  });

  it('reads and writes file content by item id', async () => {
    const created = await graph(emulator.url, '/me/drive/special/approot:/state.json:/content', { method: 'PUT', body: '{"a":1}' });
    const id = created.body.id as string;
    const redirect = await graph(emulator.url, `/me/drive/items/${id}/content`);
    expect(redirect.status).toBe(302);
    const replaced = await graph(emulator.url, `/me/drive/items/${id}/content`, { method: 'PUT', body: '{"a":2}', headers: { 'If-Match': created.body.eTag as string } });
    expect(replaced.status).toBe(200);
    expect(await (await fetch(replaced.body['@microsoft.graph.downloadUrl'] as string)).text()).toBe('{"a":2}');
  });

  it('lists the fault rules in force', async () => {
    await setFaults(emulator.url, [{ path: '^/me$', status: 500, times: 2 }]);
    const listed = (await (await fetch(`${emulator.url}/_emulator/faults`)).json()) as { rules: Obj[] };
    expect(listed.rules).toEqual([{ path: '^/me$', status: 500, times: 2 }]);
    expect((await fetch(`${emulator.url}/_emulator/nothing`)).status).toBe(501);
  });
});

describe('POST /me/events', () => {
  it('creates a weekly 1:1 series that calendarView expands, with the Teams block for an online meeting', async () => {
    const created = await graph(emulator.url, '/me/events', {
      method: 'POST',
      body: {
        subject: '1:1 Dana / Noa Friedman',
        start: { dateTime: '2026-11-26T09:00:00', timeZone: 'Europe/Stockholm' },
        end: { dateTime: '2026-11-26T09:30:00', timeZone: 'Europe/Stockholm' },
        attendees: [{ emailAddress: { address: 'noa.friedman@contoso.com' }, type: 'required' }],
        isOnlineMeeting: true,
        recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'] }, range: { type: 'numbered', startDate: '2026-11-26', numberOfOccurrences: 3 } },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.type).toBe('seriesMaster');
    expect((created.body.body as { content: string }).content).toContain('Microsoft Teams meeting');
    const view = values(await graph(emulator.url, `/me/calendarView?startDateTime=2026-11-23T00:00:00Z&endDateTime=2026-12-31T00:00:00Z&$filter=${encodeURIComponent("subject eq '1:1 Dana / Noa Friedman'")}`));
    expect(view.map((e) => (e.start as { dateTime: string }).dateTime)).toEqual(['2026-11-26T08:00:00.0000000', '2026-12-03T08:00:00.0000000', '2026-12-10T08:00:00.0000000']);
    const asNoa = values(await graph(emulator.url, `/me/calendarView?startDateTime=2026-11-26T00:00:00Z&endDateTime=2026-11-27T00:00:00Z`, { token: 'demo:noa.friedman@contoso.com' }));
    expect(asNoa.map((e) => e.subject)).toContain('1:1 Dana / Noa Friedman');
  });

  it('refuses a series other than weekly-numbered and an end before the start', async () => {
    const start = { dateTime: '2026-11-26T09:00:00', timeZone: 'UTC' };
    expect((await graph(emulator.url, '/me/events', { method: 'POST', body: { subject: 'x', start, end: { dateTime: '2026-11-26T08:00:00', timeZone: 'UTC' } } })).status).toBe(400);
    const daily = { pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '2026-11-26' } };
    expect((await graph(emulator.url, '/me/events', { method: 'POST', body: { subject: 'x', start, end: start, recurrence: daily } })).status).toBe(400);
  });
});
