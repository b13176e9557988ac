import { renderAgenda } from '../../domain/agenda';
import { followUpKey, normaliseWhat } from '../../domain/follow-ups';
import type { Clock } from '../../domain/model/clock';
import type { ManagerDocument } from '../../domain/model/document';
import type { Person } from '../../domain/model/people';
import type { PairPlan } from '../../domain/model/tasks';
import type { Locale } from '../../i18n/locale';
import type { CalendarPort, ManagerDocumentPort, TasksPort } from '../../ports/graph-ports';
import { withCommitment, withPair } from './repair-doc';

export interface RepairPorts {
  document: Pick<ManagerDocumentPort, 'update'>;
  tasks: Pick<TasksPort, 'findPairPlan' | 'createPairPlan' | 'createTask' | 'listTasks'>;
  calendar: Pick<CalendarPort, 'prependToBody'>;
}

export interface RepairMeeting {
  eventId: string;
  iCalUId: string;
  start: string;
  end: string;
  timeZone: string | null;
}

export interface RepairContext {
  ports: RepairPorts;
  clock: Clock;
  manager: Person;
  report: Person;
  pair: PairPlan | undefined;
  next: RepairMeeting | null;
}

/** The pair plan: the one known, else found in Planner, else created (and recorded in the document). */
async function pairPlanOf(context: RepairContext): Promise<{ pair: PairPlan; doc?: ManagerDocument }> {
  if (context.pair) return { pair: context.pair };
  const { ports, manager, report } = context;
  const pair = (await ports.tasks.findPairPlan(manager, report)) ?? (await ports.tasks.createPairPlan(manager, report));
  return { pair, doc: await ports.document.update((doc) => withPair(doc, pair)) };
}

/**
 * Step 3: a commitment made to the report becomes a promise task (category "Promise", assigned to the manager) in
 * the pair plan, keyed like a follow-up of the next 1:1 and written to the ledger. A promise with the same title in
 * the plan is adopted: a retry after an ambiguous failure never makes a second task. Returns the saved document.
 */
export async function addCommitment(context: RepairContext, text: string): Promise<ManagerDocument | null> {
  const title = text.trim().slice(0, 255);
  if (!title) return null;
  const { ports, clock, manager, report, next } = context;
  const { pair } = await pairPlanOf(context);
  const { hash } = followUpKey(next?.iCalUId ?? `repair:${report.id}`, title);
  const existing = (await ports.tasks.listTasks([pair.planId])).find((t) => t.isPromise && normaliseWhat(t.title) === normaliseWhat(title));
  const task =
    existing ??
    (await ports.tasks.createTask({
      planId: pair.planId,
      bucketId: pair.buckets.followUps,
      title,
      assigneeIds: [manager.id],
      startDateTime: next?.start ?? clock.now().toISOString(),
      dueDateTime: next?.end ?? null,
      isPromise: true,
    }));
  const entry = { taskId: task.id, planId: pair.planId, createdAt: clock.now().toISOString() };
  return ports.document.update((doc) => withCommitment(doc, report.id, hash, entry));
}

/** Steps 1–2 in the invite: the repair agenda (neutral headings, the commitments) prepended to the next 1:1. */
export async function insertRepairAgenda(context: RepairContext, locale: Locale, commitments: string[]): Promise<void> {
  const { next, report, manager, ports } = context;
  if (!next) return;
  const agenda = renderAgenda({
    template: 'repair',
    includePipeline: false,
    locale,
    reportName: report.displayName,
    managerName: manager.displayName,
    start: next.start,
    timeZone: next.timeZone ?? 'UTC',
    durationMinutes: Math.max(15, Math.round((Date.parse(next.end) - Date.parse(next.start)) / 60_000)),
    carriedOver: [],
    topics: [],
    repairCommitments: commitments,
  });
  await ports.calendar.prependToBody(next.eventId, { contentType: 'html', content: agenda.html });
}
