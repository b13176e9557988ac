import { carryOverFrom } from '../../../../src/domain/follow-ups';
import type { Person } from '../../../../src/domain/model/people';
import type { PairPlan, PlannerTask } from '../../../../src/domain/model/tasks';

const manager: Person = { id: 'm1', displayName: 'Maya Manager', mail: 'maya@contoso.test' };
const dana: Person = { id: 'r1', displayName: 'Dana Levi', mail: 'dana@contoso.test' };
const pair: PairPlan = { reportId: dana.id, planId: 'plan', buckets: { followUps: 'b-follow', topics: 'b-topics' } };

let created = 0;
const task = (title: string, extra: Partial<PlannerTask> = {}): PlannerTask => ({
  id: `t-${title}`,
  planId: 'plan',
  bucketId: 'b-follow',
  title,
  assigneeIds: [dana.id],
  startDateTime: null,
  dueDateTime: null,
  completedDateTime: null,
  percentComplete: 0,
  isPromise: false,
  createdDateTime: `2026-11-0${(created += 1)}T09:00:00Z`,
  createdByUserId: manager.id,
  createdByAppId: null,
  etag: 'W/"1"',
  ...extra,
});

describe('carryOverFrom: the one "Open from last time" rule, for the pane and the tab', () => {
  it('lists open follow-ups and the report’s open topics oldest first, due dates in the given zone', () => {
    const tasks = [
      task('Older one', { dueDateTime: '2026-11-30T22:59:59Z' }),
      task('Newer one', { dueDateTime: '2026-11-24T23:30:00Z', assigneeIds: [manager.id], isPromise: true }),
      task('Finished in Planner', { percentComplete: 100, completedDateTime: '2026-11-20T10:00:00Z' }),
      task('Complete, no date', { percentComplete: 100 }),
      task('Talk about my career path', { bucketId: 'b-topics', createdByUserId: dana.id }),
      task('Old topic', { bucketId: 'b-topics', createdByUserId: dana.id, completedDateTime: '2026-11-02T10:00:00Z' }),
      task('Another plan', { planId: 'other' }),
    ];
    const result = carryOverFrom(tasks, pair, [manager, dana], 'Europe/Stockholm');
    expect(result.carriedOver).toEqual([
      { title: 'Older one', ownerName: dana.displayName, due: '2026-11-30' },
      { title: 'Newer one', ownerName: manager.displayName, due: '2026-11-25' },
    ]);
    expect(result.topics).toEqual([{ title: 'Talk about my career path', authorName: dana.displayName }]);
  });

  it('in a group plan’s shared bucket, the report’s own tasks are topics and the rest follow-ups', () => {
    const shared: PairPlan = { reportId: dana.id, planId: 'plan', buckets: { followUps: 'b', topics: 'b' } };
    const tasks = [task('Follow-up', { bucketId: 'b' }), task('A topic', { bucketId: 'b', createdByUserId: dana.id })];
    const result = carryOverFrom(tasks, shared, [manager, dana], 'UTC');
    expect(result.carriedOver.map((i) => i.title)).toEqual(['Follow-up']);
    expect(result.topics.map((t) => t.title)).toEqual(['A topic']);
  });

  it('names nobody it does not know', () => {
    const result = carryOverFrom([task('Unassigned', { assigneeIds: [] })], pair, [], 'UTC');
    expect(result.carriedOver).toEqual([{ title: 'Unassigned', ownerName: null, due: null }]);
  });
});
