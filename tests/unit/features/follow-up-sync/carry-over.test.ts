import { carryOverFrom, loadCarryOver } from '../../../../src/features/follow-up-sync/carry-over';
import { dana, manager } from './builders';
import { FakeDocument, FakeTasks } from './fake-ports';

describe('carry-over for "Open from last time"', () => {
  it('lists open follow-ups first by due date, flags those completed in Planner as done, and the report’s open topics', async () => {
    const tasks = new FakeTasks();
    const pair = await tasks.createPairPlan(manager, dana);
    const followUp = (title: string, extra = {}) => tasks.seedTask({ planId: pair.planId, bucketId: pair.buckets.followUps, title, assigneeIds: [dana.id], ...extra });
    followUp('Later one', { dueDateTime: '2026-11-30T22:59:59Z' });
    followUp('Sooner one', { dueDateTime: '2026-11-24T22:59:59Z', assigneeIds: [manager.id], isPromise: true });
    followUp('Finished', { percentComplete: 100, completedDateTime: '2026-11-20T10:00:00Z' });
    tasks.seedTask({ planId: pair.planId, bucketId: pair.buckets.topics, title: 'Talk about my career path', createdByUserId: dana.id });
    tasks.seedTask({ planId: pair.planId, bucketId: pair.buckets.topics, title: 'Old topic', createdByUserId: dana.id, percentComplete: 100 });

    const result = carryOverFrom(await tasks.listTasks([pair.planId]), pair, [manager, dana], 'Europe/Stockholm');
    expect(result.carriedOver.map((i) => [i.title, i.ownerName, i.due, i.done, i.isPromise])).toEqual([
      ['Sooner one', manager.displayName, '2026-11-24', false, true],
      ['Later one', dana.displayName, '2026-11-30', false, false],
      ['Finished', dana.displayName, null, true, false],
    ]);
    expect(result.topics.map((t) => [t.title, t.authorName])).toEqual([['Talk about my career path', dana.displayName]]);
  });

  it('in group-plan mode the report’s own tasks in the shared bucket are topics', async () => {
    const tasks = new FakeTasks();
    const pair = await tasks.ensureGroupPlanBuckets('group-plan', dana);
    tasks.seedTask({ planId: pair.planId, bucketId: pair.buckets.followUps, title: 'Follow-up', createdByUserId: manager.id, createdByAppId: 'rapport' });
    tasks.seedTask({ planId: pair.planId, bucketId: pair.buckets.followUps, title: 'A topic', createdByUserId: dana.id });
    const result = carryOverFrom(await tasks.listTasks([pair.planId]), pair, [manager, dana], 'UTC');
    expect(result.carriedOver.map((i) => i.title)).toEqual(['Follow-up']);
    expect(result.topics.map((t) => t.title)).toEqual(['A topic']);
  });

  it('has nothing to carry before the pair plan exists', async () => {
    expect(await loadCarryOver({ tasks: new FakeTasks(), document: new FakeDocument() }, manager, dana, 'UTC')).toEqual({ carriedOver: [], topics: [] });
  });
});
