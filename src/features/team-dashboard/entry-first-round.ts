/** Entry for the tab's first script: the calendar window the first round of Graph requests asks for, without UI. */
export { calendarWindow } from './use-team-data';
