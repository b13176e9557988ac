import type { PlannerTask } from '../../../domain/model/tasks';
import { isRapportError } from '../../../ports/errors';
import { pairFor } from './apply';
import { matchingTasks, summaryOf, writeLedger, type RunState } from './run-state';
import type { FollowUp } from './types';

const sameInstant = (a: string | null, b: string | null): boolean => a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));

/** A copy nobody touched still looks exactly as Rapport created it. */
const untouched = (task: PlannerTask, followUp: FollowUp): boolean =>
  task.percentComplete === 0 &&
  task.completedDateTime === null &&
  task.title === followUp.title &&
  task.assigneeIds.length === 1 &&
  task.assigneeIds[0] === followUp.ownerId &&
  sameInstant(task.dueDateTime, followUp.dueDateTime);

/**
 * Convergence (docs/contracts.md §7): of the tasks Rapport created that match the same follow-up, keep the oldest and
 * delete newer copies nobody changed. A copy someone changed is left alone. The ledger ends up on the oldest.
 */
export async function converge(state: RunState, followUps: FollowUp[]): Promise<void> {
  const repoint: Record<string, { taskId: string; planId: string }> = {};
  for (const followUp of followUps) {
    const pair = state.pairs.get(followUp.meeting.reportId);
    if (!pair) continue;
    const ours = matchingTasks(state, followUp, pairFor(state, followUp).planId).filter(
      (task) => task.createdByAppId !== null && state.appIds.has(task.createdByAppId),
    );
    const [keeper, ...newer] = ours;
    if (!keeper || newer.length === 0) continue;
    for (const copy of newer) {
      if (!untouched(copy, followUp)) continue;
      try {
        await state.ports.tasks.deleteTask(copy);
        state.tasksById.delete(copy.id);
        summaryOf(state, followUp).removedDuplicates += 1;
      } catch (error) {
        // Changed meanwhile (412) or already gone (404): either way not ours to remove now.
        if (!isRapportError(error)) throw error;
      }
    }
    const entry = state.doc.ledger[followUp.keyHash];
    if (entry && entry.taskId !== keeper.id && !state.tasksById.has(entry.taskId)) {
      repoint[followUp.keyHash] = { taskId: keeper.id, planId: keeper.planId };
    }
  }
  await writeLedger(state, repoint);
}
