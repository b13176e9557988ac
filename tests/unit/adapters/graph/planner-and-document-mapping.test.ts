import { migrateDocument } from '../../../../src/adapters/graph/gateways/document/migrate-document';
import { changeBody, newTaskBody, toPlannerTask } from '../../../../src/adapters/graph/gateways/tasks/planner-mapping';

describe('Planner mapping', () => {
  it('gives every assignment its type and order hint, category 1 for a promise, and caps the title', () => {
    const body = newTaskBody({ planId: 'p', bucketId: 'b', title: 'x'.repeat(300), assigneeIds: ['u1'], startDateTime: '2026-11-23T09:00:00.000Z', dueDateTime: null, isPromise: true });
    expect(body).toEqual({
      planId: 'p',
      bucketId: 'b',
      title: 'x'.repeat(255),
      assignments: { u1: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
      startDateTime: '2026-11-23T09:00:00.000Z',
      appliedCategories: { category1: true },
    });
  });

  it('removes old assignees with null and adds new ones', () => {
    expect(changeBody({ assigneeIds: ['b', 'c'], percentComplete: 100, isPromise: false }, ['a', 'b'])).toEqual({
      percentComplete: 100,
      appliedCategories: { category1: false },
      assignments: { a: null, c: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
    });
  });

  it('reads the task, its creating app and its own ETag', () => {
    const task = toPlannerTask({
      '@odata.etag': 'W/"abc"',
      id: 't',
      planId: 'p',
      assignments: { u1: { orderHint: ' !' } },
      appliedCategories: { category1: true },
      createdDateTime: '2026-11-20T10:00:00Z',
      createdBy: { user: { id: 'u0' }, application: { id: 'app' } },
    });
    expect(task).toMatchObject({ etag: 'W/"abc"', assigneeIds: ['u1'], isPromise: true, createdByAppId: 'app', createdByUserId: 'u0', createdDateTime: '2026-11-20T10:00:00.000Z' });
  });
});

describe('the manager document on read', () => {
  it('fills what an early draft lacks and keeps unknown fields at every level', () => {
    const doc = migrateDocument({ settings: { language: 'sv', futureFlag: 1 }, reports: { r1: { notes: { e: 'private' }, mood: 'x' } }, extra: [1] });
    expect(doc).toMatchObject({
      schemaVersion: 1,
      settings: { language: 'sv', planMode: 'pair', autoFollowUps: true, extraSubjectWords: [], futureFlag: 1 },
      pairs: {},
      ledger: {},
      syncLease: null,
      extra: [1],
      reports: { r1: { notes: { e: 'private' }, mood: 'x', checklist: {}, signals: [], repair: null, talkShare: {} } },
    });
  });

  it('never lowers a newer schema version', () => {
    expect(migrateDocument({ schemaVersion: 2 }).schemaVersion).toBe(2);
  });
});
