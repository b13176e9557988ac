/** Supplies bearer tokens for Graph. The demo returns `demo:<upn>`; production uses MSAL (nested app auth). */
export interface TokenProvider {
  /** Resolves a token for the scopes, or rejects with RapportError 'auth-required' / 'consent-required'. */
  getToken(scopes: readonly string[]): Promise<string>;
}

export const GRAPH_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Calendars.ReadWrite',
  'Tasks.ReadWrite',
  'Files.ReadWrite.AppFolder',
] as const;

/** Runtime configuration read from /config.json (CONTRACTS.md §2). */
export interface RuntimeConfig {
  mode: 'demo' | 'tenant';
  graphBaseUrl: string;
  clientId: string | null;
  authority: string | null;
  origin: string;
}
