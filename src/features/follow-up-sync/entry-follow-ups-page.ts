/** Lazy entry: the Follow-ups page alone, as its own chunk. */
export { FollowUpsPage } from './views/follow-ups-page';
