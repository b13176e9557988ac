import type { LedgerEntry } from '../../../domain/model/document';
import { isRapportError } from '../../../ports/errors';
import { adopt, adoptOrCreate, createAndRecord, type CreateFailure } from './apply';
import type { SyncRequest } from './sync-follow-ups';
import { ensurePair } from './pairs';
import { indexTasks, linkOf, summaryOf, writeLedger, type RunState } from './run-state';
import { changeFor } from './task-shape';
import type { FollowUp } from './types';

/** Follow-ups the ledger knows in the current plan: updated when who or when changed; the rest go on. */
export async function applyLedger(state: RunState, followUps: FollowUp[]): Promise<FollowUp[]> {
  const fresh: FollowUp[] = [];
  const changes: Record<string, Partial<LedgerEntry>> = {};
  for (const followUp of followUps) {
    const entry = state.doc.ledger[followUp.keyHash];
    const pair = state.pairs.get(followUp.meeting.reportId);
    if (!entry || entry.planId !== pair?.planId) {
      fresh.push(followUp);
      continue;
    }
    const task = state.tasksById.get(entry.taskId);
    const change = changeFor(followUp, entry);
    // A task deleted in Planner stays deleted: the ledger says it was made once.
    if (!task || !change) {
      if (entry.ownerId === undefined) changes[followUp.keyHash] = { iCalUId: followUp.meeting.iCalUId, title: followUp.title, ownerId: followUp.ownerId, dueDateTime: followUp.dueDateTime };
      summaryOf(state, followUp).unchanged += 1;
      continue;
    }
    try {
      const updated = await state.ports.tasks.updateTask(task, change);
      state.tasksById.set(updated.id, updated);
      changes[followUp.keyHash] = { ownerId: followUp.ownerId, dueDateTime: followUp.dueDateTime };
      summaryOf(state, followUp).updated.push(linkOf(updated, followUp));
    } catch (error) {
      if (!isRapportError(error)) throw error;
      summaryOf(state, followUp).pending.push({ title: followUp.title, reason: error.kind === 'conflict' ? 'conflict' : 'failed' });
    }
  }
  await writeLedger(state, changes);
  return fresh;
}

/**
 * After an ambiguous create (504, network error) the task may exist: re-list the plan, adopt what is there, and
 * only then create the rest once more. A deleted bucket or plan is made again first. Whatever fails in this
 * second round waits for the next sync.
 */
export async function retryAfterReconcile(state: RunState, request: SyncRequest, failures: CreateFailure[]): Promise<void> {
  const again = failures.filter((f) => f.kind === 'ambiguous' || f.kind === 'stale-plan');
  for (const f of failures.filter((x) => !again.includes(x))) summaryOf(state, f.followUp).pending.push({ title: f.followUp.title, reason: f.kind as never });
  if (again.length === 0) return;
  for (const reportId of new Set(again.filter((f) => f.kind === 'stale-plan').map((f) => f.followUp.meeting.reportId))) {
    const report = request.reports.find((r) => r.id === reportId);
    if (!report) continue;
    const { pair, doc } = await ensurePair(state.ports, state.doc, request.manager, report, { forget: true });
    state.pairs.set(reportId, pair);
    state.doc = doc;
  }
  const planIds = new Set(again.map((f) => state.pairs.get(f.followUp.meeting.reportId)?.planId).filter((id): id is string => !!id));
  const seenBefore = new Set(state.tasksById.keys());
  indexTasks(state, await state.ports.tasks.listTasks([...planIds]), planIds);
  const { toAdopt, toCreate } = adoptOrCreate(state, again.map((f) => f.followUp));
  // A matching task that appeared since our last listing is the ambiguous create itself: it tells Rapport's app id.
  for (const { task } of toAdopt) if (!seenBefore.has(task.id) && task.createdByAppId) state.appIds.add(task.createdByAppId);
  await adopt(state, toAdopt);
  const stillFailing = await createAndRecord(state, toCreate);
  for (const f of stillFailing) {
    summaryOf(state, f.followUp).pending.push({ title: f.followUp.title, reason: f.kind === 'ambiguous' ? 'outcome-unknown' : f.kind === 'stale-plan' ? 'failed' : f.kind });
  }
}

