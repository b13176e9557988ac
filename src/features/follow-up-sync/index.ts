/**
 * Follow-ups become Planner tasks, exactly once (CONTRACTS.md §7). Shells wire the ports in; nothing here
 * reaches Graph or a host directly.
 */
export { syncFollowUps, type SyncOptions, type SyncRequest } from './engine';
export { LEASE_MS, type LeaseHolder } from './lease';
export { followUpOf } from './follow-up';
export type { SyncPorts } from './run-state';
export type * from './types';
