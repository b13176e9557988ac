import type { Ctx, Route } from '../context';
import { badRequest, json, noContent, notFound, objectBody, type EmuRequest } from '../http';
import { checkOptions, context, project, selectList, validateSelect } from '../odata';
import { identity, orderHintAt } from '../seed-planner';
import { TASK_DETAILS_PROPERTIES, TASK_PROPERTIES } from '../shapes';
import { plannerEtag, type TaskRecord } from '../store';
import { appIdOf } from '../app-ids';
import { changed, checkPlannerIfMatch, limitReached, planFor, rejectUnknown } from './planner-common';
import { renderTask, renderTaskDetails } from './planner-render';
import { applyDetailFields, applyTaskFields } from './planner-task-fields';

const READ_ONLY = ['id', 'createdBy', 'createdDateTime', 'completedBy', 'completedDateTime', 'hasDescription', 'referenceCount', 'checklistItemCount', 'activeChecklistItemCount', 'previewType'];

function taskFor(ctx: Ctx, req: EmuRequest, id: string): TaskRecord {
  const task = ctx.store.tasks.get(id);
  if (!task) throw notFound('The requested item is not found.');
  planFor(ctx, req, task.planId);
  return task;
}

/** Changes are made on a copy and kept only when every rule (limits included) passes. */
function commit(ctx: Ctx, task: TaskRecord, change: (draft: TaskRecord) => void): TaskRecord {
  const draft = structuredClone(task);
  change(draft);
  ctx.store.tasks.set(draft.id, draft);
  return draft;
}

function createTask(req: EmuRequest, ctx: Ctx) {
  const body = objectBody(req);
  rejectUnknown(body, [...TASK_PROPERTIES, 'details'], 'plannerTask', READ_ONLY);
  if (typeof body.planId !== 'string') throw badRequest("The property 'planId' is required.");
  if (typeof body.title !== 'string' || !body.title.trim()) throw badRequest("The property 'title' is required.");
  const plan = planFor(ctx, req, body.planId);
  const count = [...ctx.store.tasks.values()].filter((t) => t.planId === plan.id).length;
  if (count >= ctx.store.limits.tasksPerPlan) throw limitReached('MaximumTasksInProject', 'The plan already has the maximum number of tasks.');
  const creator = identity(req.userId, appIdOf(req.headers));
  const now = new Date(ctx.now()).toISOString();
  const blank: TaskRecord = {
    id: ctx.store.nextId('tsk'),
    planId: plan.id,
    bucketId: null,
    title: '',
    orderHint: orderHintAt(count),
    assigneePriority: '',
    percentComplete: 0,
    priority: 5,
    startDateTime: null,
    dueDateTime: null,
    completedDateTime: null,
    completedBy: null,
    createdDateTime: now,
    createdBy: creator,
    appliedCategories: {},
    assignments: {},
    conversationThreadId: null,
    version: 1,
    details: { description: '', previewType: 'automatic', checklist: {}, references: {}, version: 1 },
  };
  const { planId: _planId, details, ...fields } = body;
  const task = commit(ctx, blank, (draft) => {
    applyTaskFields(ctx, req, draft, fields);
    if (details !== undefined) applyDetailFields(ctx, draft, objectOf(details), creator);
  });
  const rendered = renderTask(task);
  return json({ ...context(req, 'planner/tasks/$entity'), ...rendered }, 201, { ETag: String(rendered['@odata.etag']) });
}

const objectOf = (value: unknown) => {
  if (typeof value !== 'object' || value === null) throw badRequest("The property 'details' must be an object.");
  return value as Record<string, unknown>;
};

function listTasks(req: EmuRequest, tasks: TaskRecord[], fragment: string) {
  checkOptions(req, ['$select']);
  const select = selectList(req);
  validateSelect(select, TASK_PROPERTIES, 'plannerTask');
  return json({ ...context(req, fragment), value: tasks.map((t) => project(renderTask(t), select)) });
}

export const plannerTaskRoutes: Route[] = [
  { method: 'POST', pattern: /^\/planner\/tasks$/, handle: (req, _p, ctx) => createTask(req, ctx) },
  {
    method: 'GET',
    pattern: /^\/planner\/plans\/([^/]+)\/tasks$/,
    handle: (req, [id = ''], ctx) => {
      const plan = planFor(ctx, req, id);
      return listTasks(req, [...ctx.store.tasks.values()].filter((t) => t.planId === plan.id), 'planner/tasks');
    },
  },
  {
    method: 'GET',
    pattern: /^\/planner\/buckets\/([^/]+)\/tasks$/,
    handle: (req, [id = ''], ctx) => {
      const bucket = ctx.store.buckets.get(id);
      if (!bucket) throw notFound('The requested item is not found.');
      planFor(ctx, req, bucket.planId);
      return listTasks(req, [...ctx.store.tasks.values()].filter((t) => t.bucketId === bucket.id), 'planner/tasks');
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/planner\/tasks$/,
    handle: (req, _p, ctx) => listTasks(req, [...ctx.store.tasks.values()].filter((t) => req.userId in t.assignments), 'planner/tasks'),
  },
  {
    method: 'GET',
    pattern: /^\/planner\/tasks\/([^/]+)$/,
    handle: (req, [id = ''], ctx) => {
      checkOptions(req, ['$select']);
      const select = selectList(req);
      validateSelect(select, TASK_PROPERTIES, 'plannerTask');
      return json({ ...context(req, 'planner/tasks/$entity'), ...project(renderTask(taskFor(ctx, req, id)), select) });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/planner\/tasks\/([^/]+)$/,
    handle: (req, [id = ''], ctx) => {
      const task = taskFor(ctx, req, id);
      checkPlannerIfMatch(req, plannerEtag(task.id, task.version));
      const body = objectBody(req);
      rejectUnknown(body, [...TASK_PROPERTIES], 'plannerTask', [...READ_ONLY, 'planId']);
      const updated = commit(ctx, task, (draft) => {
        applyTaskFields(ctx, req, draft, body);
        draft.version += 1;
      });
      return changed(req, () => renderTask(updated));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/planner\/tasks\/([^/]+)$/,
    handle: (req, [id = ''], ctx) => {
      const task = taskFor(ctx, req, id);
      checkPlannerIfMatch(req, plannerEtag(task.id, task.version));
      ctx.store.tasks.delete(task.id);
      return noContent();
    },
  },
  {
    method: 'GET',
    pattern: /^\/planner\/tasks\/([^/]+)\/details$/,
    handle: (req, [id = ''], ctx) => {
      checkOptions(req, ['$select']);
      const select = selectList(req);
      validateSelect(select, TASK_DETAILS_PROPERTIES, 'plannerTaskDetails');
      return json({ ...context(req, 'planner/tasks/details/$entity'), ...project(renderTaskDetails(taskFor(ctx, req, id)), select) });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/planner\/tasks\/([^/]+)\/details$/,
    handle: (req, [id = ''], ctx) => {
      const task = taskFor(ctx, req, id);
      checkPlannerIfMatch(req, plannerEtag(`${task.id}/details`, task.details.version));
      const body = objectBody(req);
      rejectUnknown(body, [...TASK_DETAILS_PROPERTIES], 'plannerTaskDetails', ['id']);
      const updated = commit(ctx, task, (draft) => {
        applyDetailFields(ctx, draft, body, identity(req.userId, appIdOf(req.headers)));
        draft.details.version += 1;
        // The task's own ETag moves too: hasDescription and the checklist counts live on the task.
        draft.version += 1;
      });
      return changed(req, () => renderTaskDetails(updated));
    },
  },
];
