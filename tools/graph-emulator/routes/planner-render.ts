import { preferences, type EmuRequest } from '../http';
import type { BucketRecord, PlanRecord, TaskRecord } from '../store';
import { plannerEtag } from '../store';

/**
 * v1.0 hides the evolvable enum member `roster` behind `unknownFutureValue` unless the request sends
 * `Prefer: include-unknown-enum-members`; beta always shows it.
 */
export function renderPlan(plan: PlanRecord, req: EmuRequest): Record<string, unknown> {
  const showRoster = req.version === 'beta' || (preferences(req.headers).has('include-unknown-enum-members'));
  const type = plan.container.type === 'roster' && !showRoster ? 'unknownFutureValue' : plan.container.type;
  return {
    '@odata.etag': plannerEtag(plan.id, plan.version),
    id: plan.id,
    title: plan.title,
    createdDateTime: plan.createdDateTime,
    owner: plan.container.type === 'group' ? plan.container.containerId : null,
    createdBy: plan.createdBy,
    container: { containerId: plan.container.containerId, type, url: plan.container.url },
  };
}

export function renderPlanDetails(plan: PlanRecord): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag(`${plan.id}/details`, plan.detailsVersion),
    id: plan.id,
    sharedWith: {},
    categoryDescriptions: plan.categoryDescriptions,
  };
}

export function renderBucket(bucket: BucketRecord): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag(bucket.id, bucket.version),
    id: bucket.id,
    name: bucket.name,
    planId: bucket.planId,
    orderHint: bucket.orderHint,
  };
}

/** Lists and GETs of tasks never expand details: description, checklist and references need /details. */
export function renderTask(task: TaskRecord): Record<string, unknown> {
  const checklist = Object.values(task.details.checklist);
  return {
    '@odata.etag': plannerEtag(task.id, task.version),
    id: task.id,
    planId: task.planId,
    bucketId: task.bucketId,
    title: task.title,
    orderHint: task.orderHint,
    assigneePriority: task.assigneePriority,
    percentComplete: task.percentComplete,
    priority: task.priority,
    startDateTime: task.startDateTime,
    createdDateTime: task.createdDateTime,
    dueDateTime: task.dueDateTime,
    hasDescription: task.details.description.length > 0,
    previewType: task.details.previewType,
    completedDateTime: task.completedDateTime,
    completedBy: task.completedBy,
    referenceCount: Object.keys(task.details.references).length,
    checklistItemCount: checklist.length,
    activeChecklistItemCount: checklist.filter((item) => !item.isChecked).length,
    conversationThreadId: task.conversationThreadId,
    appliedCategories: task.appliedCategories,
    assignments: task.assignments,
    createdBy: task.createdBy,
  };
}

export function renderTaskDetails(task: TaskRecord): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag(`${task.id}/details`, task.details.version),
    id: task.id,
    description: task.details.description,
    previewType: task.details.previewType,
    references: task.details.references,
    checklist: task.details.checklist,
  };
}
