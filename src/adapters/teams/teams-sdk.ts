import { app } from '@microsoft/teams-js';

/**
 * The part of teams-js v2 Rapport uses, as a small interface so the adapter can be exercised without a Teams host.
 * Only this folder imports teams-js.
 */
export interface TeamsAppSdk {
  initialize(): Promise<void>;
  isInitialized(): boolean;
  getContext(): Promise<{ app: { theme: string; locale: string }; user?: { userPrincipalName?: string; loginHint?: string } }>;
  /** teams-js keeps one handler: registering again replaces it, and there is no way to unregister. */
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
}

export const teamsJsSdk: TeamsAppSdk = {
  initialize: () => app.initialize(),
  isInitialized: () => app.isInitialized(),
  getContext: () => app.getContext(),
  registerOnThemeChangeHandler: (handler) => app.registerOnThemeChangeHandler(handler),
};
