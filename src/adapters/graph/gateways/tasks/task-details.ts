import type { PlannerTask, PlannerTaskDetails } from '../../../../domain/model/tasks';
import { isRapportError } from '../../../../ports/errors';
import type { Batcher } from '../../batch';
import type { GraphClient } from '../../graph-client';
import { toPlannerTask, type DetailsDto, type PlannerTaskDto } from './planner-mapping';

const enc = encodeURIComponent;
const RETURN_TASK = { Prefer: 'return=representation' };
const detailsPath = (taskId: string) => `/planner/tasks/${enc(taskId)}/details`;

/** A task's details (description): their own ETag, conflicts resolved by reading again. */
export const createTaskDetails = (client: GraphClient, batch: Batcher) => {
  const getDetails = async (taskId: string): Promise<PlannerTaskDetails> => {
    const dto = await client.json<DetailsDto>(detailsPath(taskId));
    return { taskId, description: dto.description ?? '', etag: dto['@odata.etag'] ?? '' };
  };

  /** Details carry their own ETag (not the task's): read it, PATCH with it, and on 412/409 read again. */
  const setDescription = async (taskId: string, description: string): Promise<PlannerTaskDetails> => {
    for (let attempt = 0; ; attempt += 1) {
      const current = await getDetails(taskId);
      if (current.description === description) return current;
      try {
        const answer = await client.call<DetailsDto>(detailsPath(taskId), {
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
   * Descriptions of many tasks in two batched rounds: every details GET (for its ETag) in shared envelopes, then
   * every PATCH that is still needed, with that ETag. An item whose read or write failed goes once more alone
   * through setDescription (which re-reads on 412/409); what still fails comes back as its error.
   */
  const setDescriptions = async (items: Array<{ taskId: string; description: string }>): Promise<Array<PlannerTaskDetails | Error>> => {
    const results: Array<PlannerTaskDetails | Error | undefined> = [];
    const read = await batch<DetailsDto>(items.map(({ taskId }) => ({ method: 'GET' as const, url: detailsPath(taskId) })));
    const toWrite: number[] = [];
    items.forEach(({ taskId, description }, index) => {
      const answer = read[index];
      const etag = answer?.body?.['@odata.etag'];
      if (answer?.error || !etag) return;
      if ((answer.body.description ?? '') === description) results[index] = { taskId, description, etag };
      else toWrite.push(index);
    });
    const written = await batch<DetailsDto>(
      toWrite.map((index) => ({
        method: 'PATCH' as const,
        url: detailsPath(items[index]!.taskId),
        headers: { 'If-Match': read[index]!.body['@odata.etag']!, ...RETURN_TASK },
        body: { description: items[index]!.description },
      })),
    );
    toWrite.forEach((index, position) => {
      const answer = written[position];
      if (!answer || answer.error) return;
      const { taskId, description } = items[index]!;
      results[index] = { taskId, description, etag: answer.body?.['@odata.etag'] ?? '' };
    });
    await Promise.all(
      items.map(async ({ taskId, description }, index) => {
        if (results[index]) return;
        results[index] = await setDescription(taskId, description).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      }),
    );
    return results as Array<PlannerTaskDetails | Error>;
  };

  /**
   * After creates: descriptions go into the details (setDescriptions), then the tasks are read again, batched:
   * writing details moves the task's ETag too, since `hasDescription` lives on the task. A task whose description
   * could not be written is still returned, marked `detailsPending`: it exists, and failing the create would invite
   * a duplicate.
   */
  const describe = async (tasks: PlannerTask[], descriptions: Array<string | undefined>): Promise<PlannerTask[]> => {
    const todo = tasks.flatMap((task, index) => (descriptions[index] ? [{ task, description: descriptions[index] }] : []));
    if (todo.length === 0) return tasks;
    const written = await setDescriptions(todo.map(({ task, description }) => ({ taskId: task.id, description })));
    const pending = new Set(todo.filter((_, index) => written[index] instanceof Error).map(({ task }) => task.id));
    const fresh = await batch<PlannerTaskDto>(todo.map(({ task }) => ({ method: 'GET' as const, url: `/planner/tasks/${enc(task.id)}` })));
    const byId = new Map(fresh.flatMap((answer) => (answer.error ? [] : [[answer.body.id, toPlannerTask(answer.body)] as const])));
    return tasks.map((task) => {
      const current = byId.get(task.id) ?? task;
      return pending.has(task.id) ? { ...current, detailsPending: true } : current;
    });
  };

  return { getDetails, setDescription, setDescriptions, describe };
};
