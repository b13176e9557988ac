/**
 * Follow-ups become Planner tasks, exactly once (docs/contracts.md §7). Shells wire the ports in; nothing here reaches
 * Graph or a host directly.
 *
 * - `useFollowUpSync(ports, { timeZone })` + `<FollowUpSyncPanel state onSync locale />`: the background sync after
 *   the first render (throttled) and the "Sync follow-ups" action, with its summary in words.
 * - `<WrapUp ports event manager report locale timeZone />`: review, correct and add follow-ups, private notes.
 */
export { useFollowUpSync, AUTO_SYNC_INTERVAL_MS, type FollowUpSyncPorts, type UseFollowUpSyncOptions } from './use-follow-up-sync';
export { FollowUpSyncPanel } from './follow-up-sync-panel';
export { WrapUp, type WrapUpProps } from './wrap-up';
export type { WrapUpPorts } from './use-wrap-up';
export { syncFollowUps, type SyncOptions, type SyncRequest } from './engine';
export { collectFollowUps, heldOneOnOnes, meetingRefOf, SYNC_WINDOW_DAYS, type ReadNextSteps } from './collect';
export { readNextStepsFromBody } from './reading';
export { describeSummary, meetingDayLabel, plannerTaskUrl, type SummaryLine } from './summary';
export { LEASE_MS, type LeaseHolder } from './lease';
export { followUpOf, followUpsOfRows } from './follow-up';
export type { SyncPorts } from './run-state';
export type * from './types';
export { FollowUpsPage } from './follow-ups-page';
