import type { Person } from '../../domain/model/people';
import type { PairPlan, PlannerTask } from '../../domain/model/tasks';

const isDone = (task: PlannerTask) => task.percentComplete >= 100 || task.completedDateTime !== null;

/** Follow-ups, promises and topics of one pair plan, as the card shows them. */
export function taskFigures(plan: PairPlan | undefined, tasks: PlannerTask[], manager: Person, report: Person, now: Date) {
  if (!plan) return { followUps: { theirs: 0, mine: 0 }, sayDo: { kept: 0, due: 0, latePastDue: 0 }, topics: [] as string[] };
  const ofPlan = tasks.filter((t) => t.planId === plan.planId);
  const topicTasks = ofPlan.filter((t) => t.bucketId === plan.buckets.topics);
  const followUps = ofPlan.filter((t) => t.bucketId !== plan.buckets.topics);
  const open = followUps.filter((t) => !isDone(t));
  // The say/do ratio: the manager's promises that are due by now, and how many of them were done by their due date.
  const due = followUps.filter((t) => t.isPromise && t.dueDateTime !== null && Date.parse(t.dueDateTime) <= now.getTime());
  const kept = due.filter((t) => t.completedDateTime !== null && Date.parse(t.completedDateTime) <= Date.parse(t.dueDateTime!));
  const latePastDue = due.filter((t) => !isDone(t));
  return {
    followUps: {
      theirs: open.filter((t) => t.assigneeIds.includes(report.id)).length,
      mine: open.filter((t) => t.assigneeIds.includes(manager.id)).length,
    },
    sayDo: { kept: kept.length, due: due.length, latePastDue: latePastDue.length },
    topics: topicTasks.filter((t) => !isDone(t)).map((t) => t.title),
  };
}
