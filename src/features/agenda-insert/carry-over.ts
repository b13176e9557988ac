import type { CarriedOverItem, ReportTopic } from '../../domain/agenda/types';
import type { Person } from '../../domain/model/people';
import type { PlannerTask } from '../../domain/model/tasks';
import type { DirectoryPort, TasksPort } from '../../ports/graph-ports';
import type { Invitee } from './meeting';

export interface CarryOverPorts {
  directory: Pick<DirectoryPort, 'me' | 'userByAddress'>;
  tasks: Pick<TasksPort, 'findPairPlan' | 'listTasks'>;
}

export type CarryOver =
  | { kind: 'found'; managerName: string; carriedOver: CarriedOverItem[]; topics: ReportTopic[] }
  | { kind: 'no-plan'; managerName: string }
  | { kind: 'unknown-person'; managerName: string };

/** The calendar date of an instant in a zone, as YYYY-MM-DD (en-CA formats dates that way). */
export const dateInZone = (instant: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

const isOpen = (task: PlannerTask) => task.percentComplete < 100 && !task.completedDateTime;

/**
 * "Open from last time": the pair plan's open follow-ups and the report's open topics. Loaded after the pane's
 * first render (it costs several Graph requests: who the attendee is, the plan, its tasks), never before it.
 */
export async function loadCarryOver(ports: CarryOverPorts, counterpart: Invitee, timeZone: string): Promise<CarryOver> {
  const [manager, report] = await Promise.all([ports.directory.me(), ports.directory.userByAddress(counterpart.address)]);
  const managerName = manager.displayName;
  if (!report) return { kind: 'unknown-person', managerName };
  const plan = await ports.tasks.findPairPlan(manager, report);
  if (!plan) return { kind: 'no-plan', managerName };
  const tasks = (await ports.tasks.listTasks([plan.planId])).filter(isOpen);
  const people = new Map<string, Person>([manager, report].map((p) => [p.id, p]));
  const nameOf = (id: string | null | undefined) => (id ? (people.get(id)?.displayName ?? null) : null);
  const byOldest = (a: PlannerTask, b: PlannerTask) => a.createdDateTime.localeCompare(b.createdDateTime);
  return {
    kind: 'found',
    managerName,
    carriedOver: tasks
      .filter((t) => t.bucketId === plan.buckets.followUps)
      .sort(byOldest)
      .map((t) => ({ title: t.title, ownerName: nameOf(t.assigneeIds[0]), due: t.dueDateTime ? dateInZone(t.dueDateTime, timeZone) : null })),
    topics: tasks
      .filter((t) => t.bucketId === plan.buckets.topics)
      .sort(byOldest)
      .map((t) => ({ title: t.title, authorName: nameOf(t.createdByUserId) })),
  };
}
