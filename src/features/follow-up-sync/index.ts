/**
 * Follow-ups become Planner tasks, exactly once (docs/contracts.md §7). Shells wire the ports in; nothing here reaches
 * Graph or a host directly.
 *
 * - `useFollowUpSync(ports, { timeZone })` + `<FollowUpSyncPanel state onSync locale />`: the background sync after
 *   the first render (throttled) and the "Sync follow-ups" action, with its summary in words.
 * - `<WrapUp ports event manager report locale timeZone />`: review, correct and add follow-ups, private notes.
 */
export { useFollowUpSync, AUTO_SYNC_INTERVAL_MS, type FollowUpSyncPorts, type UseFollowUpSyncOptions } from './views/use-follow-up-sync';
export { FollowUpSyncPanel } from './views/follow-up-sync-panel';
export { WrapUp, type WrapUpProps } from './views/wrap-up';
export type { WrapUpPorts } from './views/use-wrap-up';
export { syncFollowUps, type SyncOptions, type SyncRequest } from './engine/sync-follow-ups';
export { collectFollowUps, heldOneOnOnes, meetingRefOf, SYNC_WINDOW_DAYS, type ReadNextSteps } from './engine/collect';
export { readNextStepsFromBody } from './engine/reading';
export { describeSummary, meetingDayLabel, plannerTaskUrl, type SummaryLine } from './views/summary';
export { LEASE_MS, type LeaseHolder } from './engine/lease';
export { followUpOf, followUpsOfRows } from './engine/follow-up';
export type { SyncPorts } from './engine/run-state';
export type * from './engine/types';
export { FollowUpsPage } from './views/follow-ups-page';
