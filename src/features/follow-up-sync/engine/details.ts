import { isRapportError } from '../../../ports/errors';
import type { RunState } from './run-state';
import { taskDescription } from './task-shape';
import type { FollowUp } from './types';

/**
 * Writes the description of every task whose ledger entry still says `pendingDetails` (created or adopted from
 * an earlier Rapport create). The write is idempotent, so after a reload it is simply written again. Returns the
 * key hashes done.
 */
export async function writePendingDetails(state: RunState, followUps: FollowUp[]): Promise<string[]> {
  const pending = followUps.filter((followUp) => {
    const entry = state.doc.ledger[followUp.keyHash];
    return entry?.pendingDetails === true && state.tasksById.has(entry.taskId);
  });
  const done = await Promise.all(
    pending.map(async (followUp) => {
      const entry = state.doc.ledger[followUp.keyHash];
      if (!entry) return null;
      try {
        await state.ports.tasks.setDescription(entry.taskId, taskDescription(followUp));
        return followUp.keyHash;
      } catch (error) {
        if (!isRapportError(error)) throw error;
        return null; // left pending: the next sync writes it
      }
    }),
  );
  return done.filter((hash): hash is string => hash !== null);
}
