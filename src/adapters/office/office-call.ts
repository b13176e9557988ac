import { HostError } from '../../ports/errors';
import type { OfficeCallback, OfficeLike } from './office-shape';

/**
 * Outlook runs at most 3 asynchronous Office calls of one add-in at a time (more fail or stall depending on the
 * client), so every call goes through this queue: the 4th waits until one of the 3 settles.
 */
export const OFFICE_MAX_IN_FLIGHT = 3;

export function createOfficeQueue(limit = OFFICE_MAX_IN_FLIGHT) {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return async function enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((start) => waiting.push(start));
    running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/**
 * Office's limit of 3 calls in flight holds per Office runtime, not per adapter: every adapter over one Office object
 * shares one queue. (A shared runtime, or the demo's simulator, runs the pane and the ribbon command over one Office:
 * with a queue each, the command's reads beside the pane's after-preview reads made a 4th call, and the insert failed.)
 */
const queues = new WeakMap<OfficeLike, ReturnType<typeof createOfficeQueue>>();
export function officeQueueOf(office: OfficeLike): ReturnType<typeof createOfficeQueue> {
  let queue = queues.get(office);
  if (!queue) queues.set(office, (queue = createOfficeQueue()));
  return queue;
}

/**
 * Turns one callback-style Office call into a Promise that rejects with HostError carrying Office's numeric code
 * (e.g. 9041), and also with HostError when the API throws synchronously (older hosts throw for bad arguments).
 */
export function officeCall<T>(office: OfficeLike, capability: string, invoke: (callback: OfficeCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) {
          resolve(result.value);
          return;
        }
        const error = result.error;
        reject(new HostError('host', capability, error?.code ?? null, `${error?.name ?? 'Error'}: ${error?.message ?? 'the Office call failed'}`));
      });
    } catch (thrown) {
      reject(new HostError('host', capability, null, thrown instanceof Error ? thrown.message : String(thrown)));
    }
  });
}
