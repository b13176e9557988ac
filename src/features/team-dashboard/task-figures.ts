import { isTaskDone } from '../../domain/follow-ups/carry-over';
import type { Person } from '../../domain/model/people';
import type { PairPlan, PlannerTask } from '../../domain/model/tasks';

const isDone = isTaskDone;

/** Open follow-ups (theirs / mine), the manager's promises and the report's open topics in one pair plan. */
export function taskFigures(plan: PairPlan | undefined, tasks: readonly PlannerTask[], manager: Person, report: Person) {
  if (!plan) return { followUps: { theirs: 0, mine: 0 }, promises: [] as PlannerTask[], topics: [] as string[] };
  const ofPlan = tasks.filter((t) => t.planId === plan.planId);
  const topicTasks = ofPlan.filter((t) => t.bucketId === plan.buckets.topics && plan.buckets.topics !== plan.buckets.followUps);
  const followUps = ofPlan.filter((t) => !topicTasks.includes(t));
  const open = followUps.filter((t) => !isDone(t));
  return {
    followUps: {
      theirs: open.filter((t) => t.assigneeIds.includes(report.id)).length,
      mine: open.filter((t) => t.assigneeIds.includes(manager.id)).length,
    },
    promises: followUps.filter((t) => t.isPromise),
    topics: topicTasks.filter((t) => !isDone(t)).map((t) => t.title),
  };
}
