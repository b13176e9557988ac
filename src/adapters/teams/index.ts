export { connectTeamsHost, hostThemeOf, standaloneHostContext, TEAMS_INIT_TIMEOUT_MS } from './host-context';
export type { TeamsAppSdk } from './teams-sdk';
