import type { Clock } from '../../../domain/model/clock';
import type { LedgerEntry, ManagerDocument } from '../../../domain/model/document';
import type { PairPlan, PlannerTask } from '../../../domain/model/tasks';
import type { ManagerDocumentPort, TasksPort } from '../../../ports/graph-ports';
import { renewing, type LeaseHolder } from './lease';
import { matchKey, normaliseTitleOf } from './task-shape';
import type { FollowUp, MeetingSummary, TaskLink } from './types';

export interface SyncPorts {
  tasks: TasksPort;
  document: ManagerDocumentPort;
}

/** What one sync run knows: the document as last written, the plans' tasks, and the summary being built. */
export interface RunState {
  ports: SyncPorts;
  holder: LeaseHolder;
  clock: Clock;
  doc: ManagerDocument;
  pairs: Map<string, PairPlan>;
  tasksById: Map<string, PlannerTask>;
  summaries: Map<string, MeetingSummary>;
  /** App ids that mean "created by Rapport" (createdBy.application.id). */
  appIds: Set<string>;
}

export function indexTasks(state: RunState, tasks: PlannerTask[], planIds?: ReadonlySet<string>): void {
  if (planIds) for (const [id, task] of state.tasksById) if (planIds.has(task.planId)) state.tasksById.delete(id);
  for (const task of tasks) state.tasksById.set(task.id, task);
}

/** Tasks of the plan with the same start and normalised title as the follow-up, oldest first. */
export function matchingTasks(state: RunState, followUp: FollowUp, planId: string): PlannerTask[] {
  const wanted = matchKey(planId, followUp.meeting.start, followUp.normalisedTitle);
  return [...state.tasksById.values()]
    .filter((task) => matchKey(task.planId, task.startDateTime, normaliseTitleOf(task.title)) === wanted)
    .sort(oldestFirst);
}

export const oldestFirst = (a: PlannerTask, b: PlannerTask): number =>
  Date.parse(a.createdDateTime) - Date.parse(b.createdDateTime) || a.id.localeCompare(b.id);

export const linkOf = (task: PlannerTask, followUp: FollowUp): TaskLink => ({
  taskId: task.id,
  planId: task.planId,
  title: followUp.title,
  ownerId: followUp.ownerId,
});

export const ledgerEntryFor = (
  followUp: FollowUp,
  task: PlannerTask,
  origin: 'created' | 'adopted',
  createdAt: string,
): LedgerEntry => ({
  taskId: task.id,
  planId: task.planId,
  createdAt,
  iCalUId: followUp.meeting.iCalUId,
  title: followUp.title,
  ownerId: followUp.ownerId,
  dueDateTime: followUp.dueDateTime,
  pendingDetails: true,
  origin,
});

/** One document write that merges ledger entries by key (and extends the lease): the record "at once". */
export async function writeLedger(state: RunState, entries: Record<string, Partial<LedgerEntry> | null>): Promise<void> {
  if (Object.keys(entries).length === 0) return;
  state.doc = await state.ports.document.update(
    renewing(state.holder, state.clock, (doc) => {
      const ledger = { ...doc.ledger };
      for (const [hash, entry] of Object.entries(entries)) {
        if (entry === null) delete ledger[hash];
        else ledger[hash] = { ...ledger[hash], ...entry } as LedgerEntry;
      }
      return { ...doc, ledger };
    }),
  );
}

export function summaryOf(state: RunState, followUp: FollowUp): MeetingSummary {
  const id = followUp.meeting.iCalUId;
  let summary = state.summaries.get(id);
  if (!summary) {
    summary = emptyMeetingSummary(followUp.meeting);
    state.summaries.set(id, summary);
  }
  return summary;
}

export const emptyMeetingSummary = (meeting: MeetingSummary['meeting']): MeetingSummary => ({
  meeting,
  created: [],
  adopted: [],
  updated: [],
  unchanged: 0,
  noLongerInNotes: [],
  removedDuplicates: 0,
  pending: [],
  unreadable: [],
});
