import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  ServerError,
  type AccountInfo,
  type AuthenticationResult,
  type PopupRequest,
  type RedirectRequest,
  type SilentRequest,
} from '@azure/msal-browser';
import type { MsalClient } from '../../../../src/adapters/auth/msal-client';

/**
 * A tiny identity platform for the auth adapter's tests: who has a session, which scopes were consented, which
 * scopes only an admin may grant, whether Conditional Access blocks the user, whether the network is up, and what
 * the user does with a sign-in window. The fake MSAL clients below answer from it and throw MSAL's own error types.
 */
export class FakeIdentity {
  session: AccountInfo | null = null;
  consented = new Set<string>();
  adminOnly = new Set<string>();
  blockedByPolicy = false;
  online = true;
  window: 'sign-in' | 'blocked' | 'cancel' = 'sign-in';
  windowsOpened = 0;
  silentCalls = 0;
  private issued = 0;

  readonly user: AccountInfo = {
    homeAccountId: 'uid.tid',
    environment: 'login.microsoftonline.com',
    tenantId: 'tid',
    username: 'dana@contoso.example',
    localAccountId: 'uid',
    name: 'Dana Levi',
  } as AccountInfo;

  signInSilently(request: SilentRequest): AuthenticationResult {
    this.silentCalls += 1;
    if (!this.online) throw new BrowserAuthError('no_network_connectivity', 'cid');
    if (!this.session) throw new InteractionRequiredAuthError('no_tokens_found', 'cid', 'no session');
    if (this.blockedByPolicy) {
      throw new InteractionRequiredAuthError('interaction_required', 'cid', 'AADSTS53003: blocked by Conditional Access.', '', '', '', '', '53003');
    }
    const missing = request.scopes.filter((s) => !this.consented.has(s));
    if (missing.length) throw new InteractionRequiredAuthError('consent_required', 'cid', 'AADSTS65001: not consented.', 'consent_required', '', '', '', '65001');
    return this.result(request.scopes);
  }

  signInWithWindow(scopes: string[]): AuthenticationResult {
    this.windowsOpened += 1;
    if (!this.online) throw new BrowserAuthError('no_network_connectivity', 'cid');
    if (this.window === 'blocked') throw new BrowserAuthError('popup_window_error', 'cid');
    if (this.window === 'cancel') throw new BrowserAuthError('user_cancelled', 'cid');
    this.session = this.user;
    if (this.blockedByPolicy) throw new ServerError('access_denied', 'cid', 'See the docs', '', '53003');
    if (scopes.some((s) => this.adminOnly.has(s) && !this.consented.has(s))) {
      throw new ServerError('invalid_grant', 'cid', 'See the docs', '', '90094');
    }
    scopes.forEach((s) => this.consented.add(s));
    return this.result(scopes);
  }

  private result(scopes: string[]): AuthenticationResult {
    this.issued += 1;
    return {
      accessToken: `token-${this.issued}:${scopes.join(',')}`,
      account: this.user,
      expiresOn: new Date(Date.UTC(2030, 0, 1)),
      scopes,
    } as AuthenticationResult;
  }
}

/** The pane's MSAL client (nested app auth or standard: same surface). */
export class FakeMsalClient implements MsalClient {
  private active: AccountInfo | null = null;
  constructor(private readonly identity: FakeIdentity) {}
  getActiveAccount = () => this.active;
  getAllAccounts = () => (this.identity.session ? [this.identity.session] : []);
  setActiveAccount = (account: AccountInfo | null) => {
    this.active = account;
  };
  acquireTokenSilent = async (request: SilentRequest) => this.identity.signInSilently(request);
  acquireTokenPopup = async (request: PopupRequest) => this.identity.signInWithWindow(request.scopes);
}

/** The MSAL client inside the sign-in dialog page: a redirect is a window, coming back is handleRedirectPromise. */
export class FakeDialogClient {
  private pending: AuthenticationResult | null = null;
  redirectedTo: string | null = null;
  constructor(private readonly identity: FakeIdentity) {}
  getAllAccounts = () => (this.identity.session ? [this.identity.session] : []);
  acquireTokenSilent = async (request: SilentRequest) => this.identity.signInSilently(request);
  handleRedirectPromise = async () => {
    const back = this.pending;
    this.pending = null;
    return back;
  };
  acquireTokenRedirect = async (request: RedirectRequest) => {
    this.redirectedTo = request.redirectUri ?? null;
    this.pending = this.identity.signInWithWindow(request.scopes);
  };
}
