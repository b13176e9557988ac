import type { PlannerTask, PlannerTaskDetails } from '../../../../domain/model/tasks';
import { isRapportError } from '../../../../ports/errors';
import type { Batcher } from '../../batch';
import type { GraphClient } from '../../graph-client';
import { toPlannerTask, type DetailsDto, type PlannerTaskDto } from './planner-mapping';

const enc = encodeURIComponent;
const RETURN_TASK = { Prefer: 'return=representation' };

/** A task's details (description): their own ETag, conflicts resolved by reading again. */
export const createTaskDetails = (client: GraphClient, batch: Batcher) => {
  const getDetails = async (taskId: string): Promise<PlannerTaskDetails> => {
    const dto = await client.json<DetailsDto>(`/planner/tasks/${enc(taskId)}/details`);
    return { taskId, description: dto.description ?? '', etag: dto['@odata.etag'] ?? '' };
  };

  /** Details carry their own ETag (not the task's): read it, PATCH with it, and on 412/409 read again. */
  const setDescription = async (taskId: string, description: string): Promise<PlannerTaskDetails> => {
    for (let attempt = 0; ; attempt += 1) {
      const current = await getDetails(taskId);
      if (current.description === description) return current;
      try {
        const answer = await client.call<DetailsDto>(`/planner/tasks/${enc(taskId)}/details`, {
          method: 'PATCH',
          headers: { 'If-Match': current.etag, ...RETURN_TASK },
          body: { description },
        });
        return answer.body?.['@odata.etag'] ? { taskId, description, etag: answer.body['@odata.etag'] } : await getDetails(taskId);
      } catch (error) {
        if (!isRapportError(error) || error.kind !== 'conflict' || attempt >= 3) throw error;
      }
    }
  };

  /**
   * After creates: descriptions go into the details in batched rounds (read the details' ETags, PATCH with them,
   * read the tasks again: writing details moves the task's ETag too, since `hasDescription` lives on the task).
   * A task whose description could not be written is still returned, marked `detailsPending`: it exists, and
   * failing the create would invite a duplicate.
   */
  const describe = async (tasks: PlannerTask[], descriptions: Array<string | undefined>): Promise<PlannerTask[]> => {
    const todo = tasks.flatMap((task, index) => (descriptions[index] ? [{ task, description: descriptions[index] }] : []));
    if (todo.length === 0) return tasks;
    const details = await batch<DetailsDto>(todo.map(({ task }) => ({ method: 'GET' as const, url: `/planner/tasks/${enc(task.id)}/details` })));
    // Only details whose ETag we read are written in the batch (Planner takes the last known ETag, never `*`);
    // the others go through setDescription, which reads the details again.
    const etagOf = (index: number) => (details[index]?.error ? undefined : details[index]?.body?.['@odata.etag']);
    const batched = todo.flatMap((item, index) => {
      const etag = etagOf(index);
      return etag ? [{ ...item, index, etag }] : [];
    });
    const written = await batch(
      batched.map(({ task, description, etag }) => ({
        method: 'PATCH' as const,
        url: `/planner/tasks/${enc(task.id)}/details`,
        headers: { 'If-Match': etag },
        body: { description },
      })),
    );
    const writtenAt = new Map(batched.map((item, position) => [item.index, written[position]]));
    const pending = new Set<string>();
    await Promise.all(
      todo.map(async ({ task, description }, index) => {
        const answer = writtenAt.get(index);
        if (answer && !answer.error) return;
        await setDescription(task.id, description).catch(() => pending.add(task.id));
      }),
    );
    const fresh = await batch<PlannerTaskDto>(todo.map(({ task }) => ({ method: 'GET' as const, url: `/planner/tasks/${enc(task.id)}` })));
    const byId = new Map(fresh.flatMap((answer) => (answer.error ? [] : [[answer.body.id, toPlannerTask(answer.body)] as const])));
    return tasks.map((task) => {
      const current = byId.get(task.id) ?? task;
      return pending.has(task.id) ? { ...current, detailsPending: true } : current;
    });
  };

  return { getDetails, setDescription, describe };
};
