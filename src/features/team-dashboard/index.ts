/**
 * The Team page: one card per report (cadence, open follow-ups, attention), over one shared load of the team's data.
 * entry-first-round.ts is the part the tab's entry script needs before any UI (the calendar window it asks for).
 */
export { TeamDashboard } from './team-dashboard';
export { buildOverviews } from './team-view';
export { useTeamData, calendarWindow } from './use-team-data';
export type { Area } from './area';
export type { ReportOverview } from './report-overview';
