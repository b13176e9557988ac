/** The Settings page: language, plan mode and extra 1:1 subject words, saved in the manager's document. */
export { SettingsPage } from './settings-page';
