/** The Talk page: the manager's estimate of who talked how much in each 1:1 (kept in the manager's document). */
export { TalkCheckPage } from './talk-check-page';
