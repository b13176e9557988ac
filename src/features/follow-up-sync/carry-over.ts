import type { CarriedOverItem, ReportTopic } from '../../domain/agenda/types';
import { DateTime } from 'luxon';
import type { ManagerDocument } from '../../domain/model/document';
import type { Person } from '../../domain/model/people';
import type { PairPlan, PlannerTask } from '../../domain/model/tasks';
import type { ManagerDocumentPort, TasksPort } from '../../ports/graph-ports';

export interface CarryOver {
  /** Follow-ups of the pair plan: open ones, and those done in Planner (`done`), newest due first. */
  carriedOver: Array<CarriedOverItem & { taskId: string; isPromise: boolean }>;
  /** Open tasks the report added to "Topics for our next 1:1". */
  topics: Array<ReportTopic & { taskId: string }>;
}

const isDone = (task: PlannerTask) => task.percentComplete >= 100 || task.completedDateTime !== null;

/**
 * What the next agenda's "Open from last time" and the tab show for one pair: open follow-ups (done ones flagged,
 * so completing a task in Planner shows as done in Rapport) and the report's topics. In group-plan mode one bucket
 * holds both: a task the report created there is a topic.
 */
export function carryOverFrom(tasks: PlannerTask[], pair: PairPlan, people: Person[], timeZone: string): CarryOver {
  const nameOf = (id: string | undefined) => people.find((p) => p.id === id)?.displayName ?? null;
  const sameBucket = pair.buckets.followUps === pair.buckets.topics;
  const inPlan = tasks.filter((t) => t.planId === pair.planId);
  const isTopic = (t: PlannerTask) =>
    t.bucketId === pair.buckets.topics && (!sameBucket || t.createdByUserId === pair.reportId);
  const topics = inPlan
    .filter((t) => isTopic(t) && !isDone(t))
    .map((t) => ({ taskId: t.id, title: t.title, authorName: nameOf(t.createdByUserId ?? undefined) }));
  const carriedOver = inPlan
    .filter((t) => t.bucketId === pair.buckets.followUps && !isTopic(t))
    .sort((a, b) => Date.parse(a.dueDateTime ?? '9999') - Date.parse(b.dueDateTime ?? '9999'))
    .map((t) => ({
      taskId: t.id,
      title: t.title,
      ownerName: nameOf(t.assigneeIds[0]),
      due: t.dueDateTime ? DateTime.fromISO(t.dueDateTime, { zone: 'utc' }).setZone(timeZone).toISODate() : null,
      done: isDone(t),
      isPromise: t.isPromise,
    }));
  return { carriedOver, topics };
}

/** Loads the carry-over of one report (the pair plan recorded in the document; none yet → nothing to carry). */
export async function loadCarryOver(
  ports: { tasks: TasksPort; document: ManagerDocumentPort },
  manager: Person,
  report: Person,
  timeZone: string,
  doc?: ManagerDocument,
): Promise<CarryOver> {
  const record = (doc ?? (await ports.document.read())).pairs[report.id];
  if (!record) return { carriedOver: [], topics: [] };
  const pair: PairPlan = { reportId: report.id, planId: record.planId, buckets: record.buckets };
  return carryOverFrom(await ports.tasks.listTasks([pair.planId]), pair, [manager, report], timeZone);
}
