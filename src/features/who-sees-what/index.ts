/** The "Who sees what" page: where each kind of data lives and who can read it (docs/contracts.md §1). */
export { WhoSeesWhatPage } from './who-sees-what-page';
