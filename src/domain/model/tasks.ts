/** A Planner task as Rapport sees it. `etag` is the task's own ETag (details have a separate one). */
export interface PlannerTask {
  id: string;
  planId: string;
  bucketId: string | null;
  title: string;
  assigneeIds: string[];
  /** UTC instants or null. */
  startDateTime: string | null;
  dueDateTime: string | null;
  completedDateTime: string | null;
  percentComplete: number;
  /** Category 1 of the pair plan = "Promise" (a task the manager owns). */
  isPromise: boolean;
  createdDateTime: string;
  createdByUserId: string | null;
  createdByAppId: string | null;
  etag: string;
  /** Set on a just-created task whose details description could not be written: call setDescription later. */
  detailsPending?: boolean;
}

export interface PlannerTaskDetails {
  taskId: string;
  description: string;
  etag: string;
}

/** The plan a manager and one report share (a roster plan by default, or a bucket pair of a group plan). */
export interface PairPlan {
  reportId: string;
  planId: string;
  rosterId?: string;
  buckets: { followUps: string; topics: string };
}

/** A new follow-up task, shaped by the domain; the gateway maps it to Graph's body. */
export interface NewTask {
  planId: string;
  bucketId: string;
  title: string;
  assigneeIds: string[];
  startDateTime: string | null;
  dueDateTime: string | null;
  isPromise: boolean;
  /** Written to the task's details right after the create (docs/contracts.md §7: subject, date, link, Rapport key). */
  description?: string;
}

export type TaskChange = Partial<Pick<NewTask, 'title' | 'assigneeIds' | 'dueDateTime' | 'isPromise'>> & {
  percentComplete?: number;
};
