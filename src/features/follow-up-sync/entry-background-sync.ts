/** Entry without UI chunks: the background sync hook the tab starts once its first screen is up. */
export { useFollowUpSync, type FollowUpSyncPorts } from './views/use-follow-up-sync';
