import type { LedgerEntry } from '../../../domain/model/document';
import type { PlannerTask } from '../../../domain/model/tasks';
import { isRapportError } from '../../../ports/errors';
import { ledgerEntryFor, linkOf, matchingTasks, summaryOf, writeLedger, type RunState } from './run-state';
import { newTaskFor } from './task-shape';
import type { FollowUp, PendingReason } from './types';

/**
 * Creates per call, recorded in the ledger right after each call: every create of the sync shares envelopes (20 a
 * piece, 4 in flight) and one ledger write records them all. A create applied before a page dies unrecorded is
 * adopted by the next sync (same plan, start and title), as an ambiguous create is.
 */
const CREATES_PER_CALL = 400;

export type CreateFailure = { followUp: FollowUp; kind: 'ambiguous' | 'stale-plan' | PendingReason };

const failureKind = (error: unknown): CreateFailure['kind'] => {
  if (!isRapportError(error)) return 'failed';
  switch (error.kind) {
    case 'outcome-unknown':
    case 'network':
      return 'ambiguous'; // it may have been created: adopt before any new create
    case 'not-found':
      return 'stale-plan'; // the bucket or plan was deleted
    case 'busy':
      return 'busy'; // refused before anything happened; the next sync tries again
    case 'conflict':
      return 'conflict';
    default:
      return 'failed';
  }
};

/** Records found tasks in the ledger (one write) and in the summary. */
export async function adopt(state: RunState, found: Array<{ followUp: FollowUp; task: PlannerTask }>): Promise<void> {
  if (found.length === 0) return;
  const now = state.clock.now().toISOString();
  const entries: Record<string, LedgerEntry> = {};
  for (const { followUp, task } of found) {
    const origin = task.createdByAppId && state.appIds.has(task.createdByAppId) ? 'created' : 'adopted';
    entries[followUp.keyHash] = { ...ledgerEntryFor(followUp, task, origin, now), pendingDetails: origin === 'created' };
  }
  await writeLedger(state, entries);
  for (const { followUp, task } of found) summaryOf(state, followUp).adopted.push(linkOf(task, followUp));
}

/**
 * Sends the creates through TasksPort.createTasks ($batch) and records every created task in the ledger right
 * after each call, before anything else happens. Returns the follow-ups that failed, with why; none of them is
 * ever sent again here: the caller reconciles first.
 */
export async function createAndRecord(state: RunState, followUps: FollowUp[]): Promise<CreateFailure[]> {
  const failures: CreateFailure[] = [];
  for (let i = 0; i < followUps.length; i += CREATES_PER_CALL) {
    const chunk = followUps.slice(i, i + CREATES_PER_CALL);
    let results: Array<PlannerTask | Error>;
    try {
      results = await state.ports.tasks.createTasks(chunk.map((followUp) => newTaskFor(followUp, pairFor(state, followUp))));
    } catch (error) {
      results = chunk.map(() => (error instanceof Error ? error : new Error(String(error))));
    }
    const created: Array<{ followUp: FollowUp; task: PlannerTask }> = [];
    chunk.forEach((followUp, index) => {
      const result = results[index];
      if (result && !(result instanceof Error)) created.push({ followUp, task: result });
      else failures.push({ followUp, kind: failureKind(result) });
    });
    const now = state.clock.now().toISOString();
    for (const { task } of created) {
      state.tasksById.set(task.id, task);
      if (task.createdByAppId) state.appIds.add(task.createdByAppId);
    }
    await writeLedger(state, Object.fromEntries(created.map(({ followUp, task }) => [followUp.keyHash, ledgerEntryFor(followUp, task, 'created', now)])));
    for (const { followUp, task } of created) summaryOf(state, followUp).created.push(linkOf(task, followUp));
  }
  return failures;
}

export function pairFor(state: RunState, followUp: FollowUp) {
  const pair = state.pairs.get(followUp.meeting.reportId);
  if (!pair) throw new Error(`No pair plan for ${followUp.meeting.reportId}`);
  return pair;
}

/** Splits follow-ups into those a task of the plan already answers (adopt) and those still to create. */
export function adoptOrCreate(state: RunState, followUps: FollowUp[]) {
  const toAdopt: Array<{ followUp: FollowUp; task: PlannerTask }> = [];
  const toCreate: FollowUp[] = [];
  for (const followUp of followUps) {
    const [oldest] = matchingTasks(state, followUp, pairFor(state, followUp).planId);
    if (oldest) toAdopt.push({ followUp, task: oldest });
    else toCreate.push(followUp);
  }
  return { toAdopt, toCreate };
}
