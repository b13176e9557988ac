import type { CarriedOverItem, ReportTopic } from '../agenda/types';
import type { Person } from '../model/people';
import type { PairPlan, PlannerTask } from '../model/tasks';
import { localDate } from '../time/calendar-days';

/** "Open from last time" for one pair: what the next agenda carries over (docs/contracts.md §1, §5). */
export interface CarryOverItems {
  carriedOver: CarriedOverItem[];
  topics: ReportTopic[];
}

/** Planner marks a task complete with 100 % or a completion date; either one closes it. */
export const isTaskDone = (task: Pick<PlannerTask, 'percentComplete' | 'completedDateTime'>): boolean =>
  task.percentComplete >= 100 || Boolean(task.completedDateTime);

/**
 * The one carry-over rule: of the pair plan's tasks, the open follow-ups and the report's open topics, each oldest
 * first, due dates as calendar dates in `timeZone`. When one bucket holds both (a group plan's bucket per report),
 * a task the report created there is a topic and every other task a follow-up.
 */
export function carryOverFrom(tasks: readonly PlannerTask[], pair: PairPlan, people: readonly Person[], timeZone: string): CarryOverItems {
  const nameOf = (id: string | null | undefined) => (id ? (people.find((p) => p.id === id)?.displayName ?? null) : null);
  const sharedBucket = pair.buckets.followUps === pair.buckets.topics;
  const isTopic = (t: PlannerTask) => t.bucketId === pair.buckets.topics && (!sharedBucket || t.createdByUserId === pair.reportId);
  const open = tasks
    .filter((t) => t.planId === pair.planId && !isTaskDone(t))
    .sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime));
  return {
    carriedOver: open
      .filter((t) => t.bucketId === pair.buckets.followUps && !isTopic(t))
      .map((t) => ({ title: t.title, ownerName: nameOf(t.assigneeIds[0]), due: t.dueDateTime ? localDate(t.dueDateTime, timeZone) : null })),
    topics: open.filter(isTopic).map((t) => ({ title: t.title, authorName: nameOf(t.createdByUserId) })),
  };
}
