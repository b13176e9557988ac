import type { NewTask, PlannerTask, TaskChange } from '../../../../domain/model/tasks';

export interface PlannerTaskDto {
  '@odata.etag'?: string;
  id: string;
  planId: string;
  bucketId?: string | null;
  title?: string;
  assignments?: Record<string, unknown>;
  startDateTime?: string | null;
  dueDateTime?: string | null;
  completedDateTime?: string | null;
  percentComplete?: number;
  appliedCategories?: Record<string, boolean>;
  createdDateTime?: string;
  createdBy?: { user?: { id?: string | null } | null; application?: { id?: string | null } | null };
}

export interface DetailsDto {
  '@odata.etag'?: string;
  id?: string;
  description?: string | null;
}

/** Planner caps titles at 255 characters. */
export const MAX_TITLE = 255;
export const PROMISE_CATEGORY = 'category1';

const instant = (value: string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

export const toPlannerTask = (dto: PlannerTaskDto): PlannerTask => ({
  id: dto.id,
  planId: dto.planId,
  bucketId: dto.bucketId ?? null,
  title: dto.title ?? '',
  assigneeIds: Object.entries(dto.assignments ?? {})
    .filter(([, assignment]) => assignment !== null)
    .map(([userId]) => userId),
  startDateTime: instant(dto.startDateTime),
  dueDateTime: instant(dto.dueDateTime),
  completedDateTime: instant(dto.completedDateTime),
  percentComplete: dto.percentComplete ?? 0,
  isPromise: dto.appliedCategories?.[PROMISE_CATEGORY] === true,
  createdDateTime: instant(dto.createdDateTime) ?? '',
  createdByUserId: dto.createdBy?.user?.id ?? null,
  createdByAppId: dto.createdBy?.application?.id ?? null,
  etag: dto['@odata.etag'] ?? '',
});

/** Planner wants the type and an order hint on every assignment; `null` removes one. */
const assignment = () => ({ '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' });

export const newTaskBody = (task: NewTask) => ({
  planId: task.planId,
  bucketId: task.bucketId,
  title: task.title.slice(0, MAX_TITLE),
  assignments: Object.fromEntries(task.assigneeIds.map((id) => [id, assignment()])),
  ...(task.startDateTime ? { startDateTime: task.startDateTime } : {}),
  ...(task.dueDateTime ? { dueDateTime: task.dueDateTime } : {}),
  ...(task.isPromise ? { appliedCategories: { [PROMISE_CATEGORY]: true } } : {}),
});

export const changeBody = (change: TaskChange, currentAssignees: readonly string[]) => {
  const body: Record<string, unknown> = {};
  if (change.title !== undefined) body.title = change.title.slice(0, MAX_TITLE);
  if (change.dueDateTime !== undefined) body.dueDateTime = change.dueDateTime;
  if (change.percentComplete !== undefined) body.percentComplete = change.percentComplete;
  if (change.isPromise !== undefined) body.appliedCategories = { [PROMISE_CATEGORY]: change.isPromise };
  if (change.assigneeIds !== undefined) {
    const next = new Set(change.assigneeIds);
    const assignments: Record<string, unknown> = {};
    for (const id of currentAssignees) if (!next.has(id)) assignments[id] = null;
    for (const id of next) if (!currentAssignees.includes(id)) assignments[id] = assignment();
    if (Object.keys(assignments).length) body.assignments = assignments;
  }
  return body;
};
