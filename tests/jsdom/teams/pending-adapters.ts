import type { GraphAdapters } from '../../../src/adapters/graph';

/** Graph adapters whose every answer is still on its way: the tab renders its frame and loading states. */
export function pendingAdapters(): GraphAdapters {
  const pending = () => new Promise<never>(() => undefined);
  return {
    directory: { team: pending },
    calendar: { listEvents: pending, cancellations: pending },
    tasks: { findPairPlan: pending, listTasks: pending },
    managerDocument: { read: pending, update: pending },
  } as unknown as GraphAdapters;
}
