import { PLANNER_APP_ID, RAPPORT_APP_ID } from './app-ids';
import type { SeedPlan } from './seed-types';
import { resolveWhen } from './seed-when';
import type { PlanRecord, Store, UserRecord } from './store';

interface SeedContext {
  store: Store;
  byKey: Map<string, UserRecord>;
  now: number;
  zone: string;
}

export const identity = (userId: string | null, appId: string | null) => ({
  user: userId ? { id: userId, displayName: null } : null,
  application: appId ? { id: appId, displayName: null } : null,
});

const CATEGORY_COUNT = 25;

export function emptyCategories(): Record<string, string | null> {
  const result: Record<string, string | null> = {};
  for (let i = 1; i <= CATEGORY_COUNT; i += 1) result[`category${i}`] = null;
  return result;
}

/** Planner's orderHint for "after everything so far"; clients send `" !"` and Planner computes the real hint. */
export const orderHintAt = (n: number) => `8585${(500000000 - n * 1000).toString().padStart(12, '0')}`;

export function loadPlan(ctx: SeedContext, spec: SeedPlan, container: PlanRecord['container']): PlanRecord {
  const { store, byKey, now, zone } = ctx;
  const at = (when: Parameters<typeof resolveWhen>[0]) => resolveWhen(when, now, zone).toUTC().toISO({ suppressMilliseconds: true }) ?? '';
  const userId = (key: string) => byKey.get(key)?.id ?? key;
  const plan: PlanRecord = {
    id: store.nextId('pln'),
    title: spec.title,
    container,
    createdBy: identity(userId(spec.createdBy), spec.app === 'rapport' ? RAPPORT_APP_ID : PLANNER_APP_ID),
    createdDateTime: new Date(now - 90 * 86_400_000).toISOString(),
    version: 1,
    categoryDescriptions: { ...emptyCategories(), ...spec.categories },
    detailsVersion: 1,
  };
  store.plans.set(plan.id, plan);
  const buckets = new Map<string, string>();
  spec.buckets.forEach((bucket, index) => {
    const id = store.nextId('bkt');
    buckets.set(bucket.key, id);
    store.buckets.set(id, { id, planId: plan.id, name: bucket.name, orderHint: orderHintAt(index), version: 1 });
  });
  (spec.tasks ?? []).forEach((task, index) => {
    const id = store.nextId('tsk');
    const created = at(task.created);
    const creator = identity(userId(task.createdBy), task.app === 'rapport' ? RAPPORT_APP_ID : PLANNER_APP_ID);
    const completed = task.completed ? at(task.completed) : null;
    const checklist: Record<string, Record<string, unknown>> = {};
    (task.checklist ?? []).forEach((title, i) => {
      checklist[`${1000 + i}`] = {
        '@odata.type': '#microsoft.graph.plannerChecklistItem',
        isChecked: false,
        title,
        orderHint: orderHintAt(i),
        lastModifiedDateTime: created,
        lastModifiedBy: creator,
      };
    });
    store.tasks.set(id, {
      id,
      planId: plan.id,
      bucketId: buckets.get(task.bucket) ?? null,
      title: task.title,
      orderHint: orderHintAt(index),
      assigneePriority: '',
      percentComplete: completed ? 100 : 0,
      priority: 5,
      startDateTime: task.start ? at(task.start) : null,
      dueDateTime: task.due ? at(task.due) : null,
      completedDateTime: completed,
      completedBy: completed ? identity(userId(task.assignees?.[0] ?? task.createdBy), PLANNER_APP_ID) : null,
      createdDateTime: created,
      createdBy: creator,
      appliedCategories: Object.fromEntries((task.categories ?? []).map((c) => [c, true])),
      assignments: Object.fromEntries(
        (task.assignees ?? []).map((key) => [
          userId(key),
          { '@odata.type': '#microsoft.graph.plannerAssignment', assignedDateTime: created, orderHint: orderHintAt(0), assignedBy: creator },
        ]),
      ),
      conversationThreadId: null,
      version: 1,
      details: { description: task.description ?? '', previewType: 'automatic', checklist, references: {}, version: 1 },
    });
  });
  return plan;
}
