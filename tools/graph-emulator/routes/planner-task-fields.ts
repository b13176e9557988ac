import type { Ctx } from '../context';
import { badRequest, type EmuRequest } from '../http';
import { identity, orderHintAt } from '../seed-planner';
import type { TaskRecord } from '../store';
import { appIdOf } from '../app-ids';
import { limitReached } from './planner-common';

export function plannerDate(value: unknown, name: string): string | null {
  if (value === null) return null;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw badRequest(`The value of '${name}' is not a valid DateTimeOffset.`);
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

/** Assignments need `@odata.type` and an orderHint; `null` removes one (PATCH). */
export function applyAssignments(ctx: Ctx, req: EmuRequest, task: TaskRecord, value: unknown): void {
  if (typeof value !== 'object' || value === null) throw badRequest("The property 'assignments' must be an object.");
  for (const [userId, assignment] of Object.entries(value as Record<string, unknown>)) {
    if (userId.startsWith('@odata.')) continue;
    if (assignment === null) {
      delete task.assignments[userId];
      continue;
    }
    const a = assignment as Record<string, unknown>;
    if (a['@odata.type'] !== '#microsoft.graph.plannerAssignment') {
      throw badRequest(`The assignment for '${userId}' must specify "@odata.type": "#microsoft.graph.plannerAssignment".`);
    }
    if (typeof a.orderHint !== 'string') throw badRequest(`The assignment for '${userId}' must specify an orderHint.`);
    if (!ctx.store.users.get(userId)) throw badRequest(`The user '${userId}' does not exist in the tenant.`);
    task.assignments[userId] = {
      '@odata.type': '#microsoft.graph.plannerAssignment',
      assignedDateTime: new Date(ctx.now()).toISOString(),
      orderHint: orderHintAt(Object.keys(task.assignments).length),
      assignedBy: identity(req.userId, appIdOf(req.headers)),
    };
  }
  if (Object.keys(task.assignments).length > ctx.store.limits.assigneesPerTask) {
    throw limitReached('MaximumAssigneesInTasks', 'The task already has the maximum number of assignees.');
  }
}

/** Writes the task fields of a POST or PATCH body (validation of unknown names is done by the caller). */
export function applyTaskFields(ctx: Ctx, req: EmuRequest, task: TaskRecord, body: Record<string, unknown>): void {
  if (body.title !== undefined) {
    if (typeof body.title !== 'string' || body.title.length > 255) throw badRequest("The property 'title' must be a string of at most 255 characters.");
    task.title = body.title;
  }
  if (body.bucketId !== undefined) {
    const bucket = typeof body.bucketId === 'string' ? ctx.store.buckets.get(body.bucketId) : undefined;
    if (!bucket || bucket.planId !== task.planId) throw badRequest(`The bucket '${String(body.bucketId)}' is not in the plan of the task.`);
    task.bucketId = bucket.id;
  }
  if (body.assignments !== undefined) applyAssignments(ctx, req, task, body.assignments);
  if (body.appliedCategories !== undefined) {
    for (const [key, on] of Object.entries(body.appliedCategories as Record<string, unknown>)) {
      if (key.startsWith('@odata.')) continue;
      if (!/^category([1-9]|1\d|2[0-5])$/.test(key)) throw badRequest(`The property '${key}' does not exist on type 'microsoft.graph.plannerAppliedCategories'.`);
      if (on) task.appliedCategories[key] = true;
      else delete task.appliedCategories[key];
    }
  }
  if (body.startDateTime !== undefined) task.startDateTime = plannerDate(body.startDateTime, 'startDateTime');
  if (body.dueDateTime !== undefined) task.dueDateTime = plannerDate(body.dueDateTime, 'dueDateTime');
  if (body.priority !== undefined) task.priority = Number(body.priority);
  // Clients send hints such as " !" and Planner computes the stored one.
  if (typeof body.orderHint === 'string') task.orderHint = orderHintAt(ctx.store.tasks.size);
  if (typeof body.assigneePriority === 'string') task.assigneePriority = body.assigneePriority;
  if (body.percentComplete !== undefined) {
    const percent = Number(body.percentComplete);
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw badRequest("The property 'percentComplete' must be 0 to 100.");
    task.percentComplete = percent;
    task.completedDateTime = percent === 100 ? plannerDate(new Date(ctx.now()).toISOString(), 'completedDateTime') : null;
    task.completedBy = percent === 100 ? identity(req.userId, appIdOf(req.headers)) : null;
  }
}

/** Details: description, previewType, checklist and references (merged by key; `null` removes). */
export function applyDetailFields(ctx: Ctx, task: TaskRecord, body: Record<string, unknown>, modifiedBy: TaskRecord['createdBy']): void {
  const details = task.details;
  if (body.description !== undefined) details.description = String(body.description ?? '');
  if (typeof body.previewType === 'string') details.previewType = body.previewType;
  const now = new Date(ctx.now()).toISOString();
  for (const [key, value] of Object.entries((body.checklist ?? {}) as Record<string, unknown>)) {
    if (value === null) {
      delete details.checklist[key];
      continue;
    }
    const item = value as Record<string, unknown>;
    const existing = details.checklist[key];
    if (!existing && item['@odata.type'] !== '#microsoft.graph.plannerChecklistItem') {
      throw badRequest(`The checklist item '${key}' must specify "@odata.type": "#microsoft.graph.plannerChecklistItem".`);
    }
    details.checklist[key] = {
      '@odata.type': '#microsoft.graph.plannerChecklistItem',
      isChecked: Boolean(item.isChecked ?? existing?.isChecked ?? false),
      title: String(item.title ?? existing?.title ?? ''),
      orderHint: existing?.orderHint ?? orderHintAt(Object.keys(details.checklist).length),
      lastModifiedDateTime: now,
      lastModifiedBy: modifiedBy,
    };
  }
  if (Object.keys(details.checklist).length > ctx.store.limits.checklistItemsPerTask) {
    throw limitReached('MaximumChecklistItemsOnTask', 'The task already has the maximum number of checklist items.');
  }
  for (const [key, value] of Object.entries((body.references ?? {}) as Record<string, unknown>)) {
    if (value === null) {
      delete details.references[key];
      continue;
    }
    const ref = value as Record<string, unknown>;
    if (ref['@odata.type'] !== '#microsoft.graph.plannerExternalReference') {
      throw badRequest(`The reference '${key}' must specify "@odata.type": "#microsoft.graph.plannerExternalReference".`);
    }
    details.references[key] = { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: ref.alias ?? null, type: ref.type ?? 'Other', previewPriority: ' !', lastModifiedDateTime: now, lastModifiedBy: modifiedBy };
  }
  if (Object.keys(details.references).length > ctx.store.limits.referencesPerTask) {
    throw limitReached('MaximumReferencesOnTask', 'The task already has the maximum number of references.');
  }
}
