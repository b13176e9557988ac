export { createMailItemAdapter, REQUIREMENTS, CUSTOM_PROPERTIES_LIMIT } from './mail-item-adapter';
export { createOfficeQueue, officeCall, OFFICE_MAX_IN_FLIGHT } from './office-call';
export { officeGlobal, whenOfficeReady, associateCommand } from './office-host';
export type { OfficeLike } from './office-shape';
export { createOfficeDialog, outlookAuthHost } from './office-dialog';
export { officeThemeIsDark, onOfficeThemeChange } from './office-theme';
