export { AgendaInsertPane } from './agenda-insert-pane';
export { useAgendaInsert, type AgendaInsertDeps } from './use-agenda-insert';
export { checkExistingAgenda, insertAgenda, AGENDA_PROPERTY } from './insert-agenda';
export { readMeeting, startMeetingRead, displayNameOf, durationMinutes, type MeetingRead } from './meeting';
export { insertErrorMessage } from './office-error-message';
export { loadCarryOver, type CarryOver, type CarryOverPorts } from './carry-over';
