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
  // The manager's date format, for reading "4/12" in the notes as they meant it (docs/reading-notes.md).
  'MailboxSettings.Read',
] as const;

/**
 * The manager's document falls back to `/me/drive/root:/Apps/Rapport/` when a tenant refuses the app folder
 * (docs/contracts.md §4); only then is Files.ReadWrite asked for (incremental consent), never up front.
 */
export const DOCUMENT_FALLBACK_SCOPES = [...GRAPH_SCOPES, 'Files.ReadWrite'] as const;

/** Runtime configuration read from /config.json (docs/contracts.md §2). */
export interface RuntimeConfig {
  mode: 'demo' | 'tenant';
  graphBaseUrl: string;
  clientId: string | null;
  authority: string | null;
  origin: string;
}

/**
 * The host's dialog, used to sign in where nested app authentication is missing: Office's `displayDialogAsync` in
 * Outlook (implemented in src/adapters/office), teams-js `authentication.authenticate` in Teams. `open` shows a page
 * of Rapport's own origin and resolves with the first message that page sends back (a JSON string). It rejects with
 * HostError: 'host' with the Office code when the dialog was closed by the user (12006) or blocked (12009, 12011).
 */
export interface AuthDialogPort {
  open(url: string): Promise<string>;
}

/** What the shell knows about where Rapport runs, for choosing how to sign in (adapters/auth). */
export interface AuthHost {
  kind: 'outlook' | 'teams' | 'browser';
  /** Capability probe: Outlook answers from `requirements.isSetSupported('NestedAppAuth', '1.1')`. */
  supportsNestedAppAuth(): boolean;
  /** The host's dialog; required in Outlook, optional in Teams, absent in a plain browser (popup). */
  dialog?: AuthDialogPort;
}
