// The module itself: the domain's follow-ups index would bring keys and SHA-256 into the pane's first chunk.
import { carryOverFrom, type CarryOverItems } from '../../domain/follow-ups/carry-over';
import type { DirectoryPort, TasksPort } from '../../ports/graph-ports';
import type { Invitee } from './meeting';

export interface CarryOverPorts {
  directory: Pick<DirectoryPort, 'me' | 'userByAddress'>;
  tasks: Pick<TasksPort, 'findPairPlan' | 'listTasks'>;
}

export type CarryOver =
  | ({ kind: 'found'; managerName: string } & CarryOverItems)
  | { kind: 'no-plan'; managerName: string }
  | { kind: 'unknown-person'; managerName: string };

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
  return { kind: 'found', managerName, ...carryOverFrom(await ports.tasks.listTasks([plan.planId]), plan, [manager, report], timeZone) };
}
