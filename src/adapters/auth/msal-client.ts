import type { AccountInfo, AuthenticationResult, PopupRequest, SilentRequest } from '@azure/msal-browser';

/**
 * The few methods of MSAL's IPublicClientApplication Rapport calls. Production passes the nestable public client
 * from `createNestablePublicClientApplication`; tests pass a fake written against this interface.
 */
export interface MsalClient {
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
  acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult>;
  acquireTokenPopup(request: PopupRequest): Promise<AuthenticationResult>;
}

/** How a window is shown when silent sign-in is not enough. */
export type InteractiveSignIn = (scopes: readonly string[], account: AccountInfo | null) => Promise<{ accessToken: string; expiresOn: Date | null; account: AccountInfo | null }>;
