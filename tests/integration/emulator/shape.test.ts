import type { RunningEmulator } from '../../../tools/graph-emulator';
import { reset } from '../../../tools/graph-emulator/control-client';
import { USER_PROPERTIES } from '../../../tools/graph-emulator/shapes';
import { loadGraphTypes, unknownProperties } from './graph-types';
import { allPages, emulatorForFile, graph, HISTORY, NOW, values } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
  await reset(emulator.url, { now: NOW });
});
afterAll(() => emulator.close());

const v1 = loadGraphTypes('@microsoft/microsoft-graph-types');
const beta = loadGraphTypes('@microsoft/microsoft-graph-types-beta');
type Obj = Record<string, unknown>;

describe('every property the emulator returns exists on its Graph type', () => {
  it('reads the type packages (the checker itself finds a wrong name)', () => {
    expect(v1.members('Event')?.has('iCalUId')).toBe(true);
    expect(unknownProperties(v1, 'Event', { subject: 'x', start: { dateTime: 'x', timeZone: 'UTC', zone: 'x' } })).toEqual(['Event.start.zone']);
  });

  it('user', async () => {
    const me = await graph(emulator.url, `/me?$select=${USER_PROPERTIES.join(',')}`);
    const reports = values(await graph(emulator.url, '/me/directReports'));
    expect(unknownProperties(v1, 'User', [me.body, ...reports])).toEqual([]);
  });

  it('event: occurrences, exceptions, single instances, all-day events and series masters', async () => {
    const { items } = await allPages(emulator.url, `/me/calendarView?${HISTORY}`);
    expect(new Set(items.map((e) => e.type))).toEqual(new Set(['occurrence', 'exception', 'singleInstance']));
    const master = await graph(emulator.url, `/me/events/${items.find((e) => e.seriesMasterId)?.seriesMasterId as string}`);
    const withCancelled = await graph(emulator.url, `/me/events/${master.body.id as string}?$select=subject,cancelledOccurrences`);
    expect(unknownProperties(v1, 'Event', [...items, master.body, withCancelled.body])).toEqual([]);
  });

  it('plannerPlan, plannerPlanDetails, plannerBucket, plannerTask, plannerTaskDetails', async () => {
    const plans = values(await graph(emulator.url, '/me/planner/rosterPlans', { version: 'beta' }));
    const plan = plans[0] as Obj;
    const details = await graph(emulator.url, `/planner/plans/${plan.id as string}/details`);
    const buckets = values(await graph(emulator.url, `/planner/plans/${plan.id as string}/buckets`));
    const tasks = values(await graph(emulator.url, `/planner/plans/${plan.id as string}/tasks`));
    const taskDetails = await Promise.all(tasks.map(async (t) => (await graph(emulator.url, `/planner/tasks/${t.id as string}/details`)).body));
    expect(taskDetails.some((d) => Object.keys(d.checklist as Obj).length > 0)).toBe(true);
    expect(unknownProperties(v1, 'PlannerPlan', [plan, ...values(await graph(emulator.url, '/me/planner/plans'))])).toEqual([]);
    expect(unknownProperties(v1, 'PlannerPlanDetails', details.body)).toEqual([]);
    expect(unknownProperties(v1, 'PlannerBucket', buckets)).toEqual([]);
    expect(unknownProperties(v1, 'PlannerTask', tasks)).toEqual([]);
    expect(unknownProperties(v1, 'PlannerTaskDetails', taskDetails)).toEqual([]);
  });

  it('driveItem (file and the app folder)', async () => {
    const put = await graph(emulator.url, '/me/drive/special/approot:/state.json:/content', { method: 'PUT', body: '{"schemaVersion":1}' });
    const item = await graph(emulator.url, '/me/drive/special/approot:/state.json:');
    const folder = await graph(emulator.url, '/me/drive/special/approot');
    expect(unknownProperties(v1, 'DriveItem', [put.body, item.body, folder.body])).toEqual([]);
  });

  it('plannerRoster and plannerRosterMember (beta)', async () => {
    const roster = await graph(emulator.url, '/planner/rosters', { version: 'beta', method: 'POST', body: {} });
    const members = values(await graph(emulator.url, `/planner/rosters/${roster.body.id as string}/members`, { version: 'beta' }));
    expect(unknownProperties(beta, 'PlannerRoster', roster.body)).toEqual([]);
    expect(unknownProperties(beta, 'PlannerRosterMember', members)).toEqual([]);
  });
});
