import type { RunState } from './run-state';
import { taskDescription } from './task-shape';
import type { FollowUp } from './types';

/**
 * Writes the description of every task whose ledger entry still says `pendingDetails` (created or adopted from
 * an earlier Rapport create), all of them through one batched call (details read and written across tasks). The
 * write is idempotent, so after a reload it is simply written again; a task whose write failed stays pending for
 * the next sync. Returns the key hashes done.
 */
export async function writePendingDetails(state: RunState, followUps: FollowUp[]): Promise<string[]> {
  const pending = followUps.flatMap((followUp) => {
    const entry = state.doc.ledger[followUp.keyHash];
    return entry?.pendingDetails === true && state.tasksById.has(entry.taskId) ? [{ followUp, taskId: entry.taskId }] : [];
  });
  if (pending.length === 0) return [];
  const written = await state.ports.tasks.setDescriptions(pending.map(({ followUp, taskId }) => ({ taskId, description: taskDescription(followUp) })));
  return pending.filter((_, index) => !(written[index] instanceof Error)).map(({ followUp }) => followUp.keyHash);
}
