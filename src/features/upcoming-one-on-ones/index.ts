export { UpcomingOneOnOnes } from './upcoming-one-on-ones';
export { useUpcomingOneOnOnes, type UpcomingDeps, type UpcomingItem } from './use-upcoming-one-on-ones';
