/**
 * Entry without UI: reading the meeting through Office and inserting an agenda, for the Outlook command and the
 * task pane's first script (neither may pull in the pane's React and Fluent UI).
 */
export { readMeeting, startMeetingRead, displayNameOf, durationMinutes, type MeetingRead } from './meeting';
export { checkExistingAgenda, insertAgenda } from './insert-agenda';
