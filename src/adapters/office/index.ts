export { createMailItemAdapter, REQUIREMENTS, CUSTOM_PROPERTIES_LIMIT } from './mail-item-adapter';
export { createOfficeQueue, officeCall, OFFICE_MAX_IN_FLIGHT } from './office-call';
export { officeGlobal, whenOfficeReady, associateCommand } from './office-host';
export type { OfficeLike } from './office-shape';
// The sign-in dialog (./office-dialog) is imported from its own module by the pane's Graph side, which loads after
// the first screen: a re-export here would put it in every page that reads the meeting (webpack keeps a barrel's
// modules whole).
export { officeThemeIsDark, onOfficeThemeChange } from './office-theme';
