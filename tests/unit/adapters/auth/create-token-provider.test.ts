import { createTokenProvider, msalConfiguration } from '../../../../src/adapters/auth';
import { adminConsentUrl } from '../../../../src/adapters/auth/admin-consent';
import { classifySignInError } from '../../../../src/adapters/auth/classify-error';
import type { AuthDialogPort, AuthHost, RuntimeConfig } from '../../../../src/ports/auth';
import type { SignInError } from '../../../../src/ports/errors';
import { HostError } from '../../../../src/ports/errors';

const tenant: RuntimeConfig = {
  mode: 'tenant',
  graphBaseUrl: 'https://graph.microsoft.com',
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/organizations',
  origin: 'https://rapport.example.com',
};
const dialog: AuthDialogPort = { open: async () => '{}' };
const host = (kind: AuthHost['kind'], naa: boolean, withDialog: boolean): AuthHost => ({
  kind,
  supportsNestedAppAuth: () => naa,
  ...(withDialog ? { dialog } : {}),
});

describe('createTokenProvider chooses how to sign in', () => {
  it.each([
    ['outlook', true, true, 'nested'],
    ['outlook', false, true, 'dialog'],
    ['teams', true, false, 'nested'],
    ['teams', false, true, 'dialog'],
    ['teams', false, false, 'popup'],
    ['browser', true, false, 'popup'],
  ] as const)('%s, nested app auth %s, dialog %s → %s', (kind, naa, withDialog, method) => {
    expect(createTokenProvider(tenant, host(kind, naa, withDialog)).method).toBe(method);
  });

  it('refuses Outlook without nested app auth and without the dialog (a popup from a task pane is unreliable)', () => {
    expect(() => createTokenProvider(tenant, host('outlook', false, false))).toThrow(/dialog/);
  });

  it('refuses the demo configuration, which has no client id', () => {
    expect(() => createTokenProvider({ ...tenant, mode: 'demo', clientId: null, authority: null }, host('browser', false, false))).toThrow(/tenant configuration/);
  });

  it('keeps MSAL tokens in sessionStorage and returns to the redirect page of the hosting origin', () => {
    const configuration = msalConfiguration(tenant);
    expect(configuration.cache?.cacheLocation).toBe('sessionStorage');
    expect(configuration.auth.redirectUri).toBe('https://rapport.example.com/auth-redirect.html');
  });

  it('builds the admin-consent link for the tenant, the Graph scopes and the redirect page', () => {
    const url = new URL(adminConsentUrl({ ...tenant, clientId: 'c1', authority: 'https://login.microsoftonline.com/contoso.example', scopes: ['User.Read', 'Tasks.ReadWrite'] }));
    expect(url.origin + url.pathname).toBe('https://login.microsoftonline.com/contoso.example/v2.0/adminconsent');
    expect(url.searchParams.get('client_id')).toBe('c1');
    // regression: the sign-in scopes (openid profile offline_access) are consented with the Graph ones
    expect(url.searchParams.get('scope')).toBe('https://graph.microsoft.com/User.Read https://graph.microsoft.com/Tasks.ReadWrite openid profile offline_access');
    expect(url.searchParams.get('redirect_uri')).toBe('https://rapport.example.com/auth-redirect.html');
  });
});

describe('classifySignInError', () => {
  const context = { adminConsentUrl: 'https://consent.example', online: () => true };
  const reason = (error: unknown) => (classifySignInError(error, context) as SignInError).reason;

  it('reads Office dialog codes: blocked popups (12009, 12011) and a closed dialog (12006)', () => {
    expect(reason(new HostError('host', 'displayDialogAsync', 12009, 'ignored'))).toBe('popup-blocked');
    expect(reason(new HostError('host', 'displayDialogAsync', 12011, 'blocked'))).toBe('popup-blocked');
    expect(reason(new HostError('host', 'displayDialogAsync', 12006, 'closed'))).toBe('cancelled');
  });

  it('treats a user not assigned to the app (AADSTS50105) as blocked by policy and a declined consent as cancelled', () => {
    expect(reason({ errorCode: 'invalid_grant', errorNo: '50105' })).toBe('blocked-by-policy');
    expect(reason({ errorCode: 'access_denied', errorMessage: 'AADSTS65004: User declined to consent' })).toBe('cancelled');
  });

  it('says offline when the browser is offline, whatever MSAL said', () => {
    expect((classifySignInError({ errorCode: 'something_else' }, { ...context, online: () => false }) as SignInError).reason).toBe('offline');
  });

  it('keeps an unknown failure as unknown, with its cause', () => {
    const cause = new Error('boom');
    const error = classifySignInError(cause, context);
    expect((error as SignInError).reason).toBe('unknown');
    expect(error.cause).toBe(cause);
  });
});

describe('Teams sign-in window outcomes', () => {
  const context = { adminConsentUrl: 'https://consent.example', online: () => true };
  it('reads teams-js authenticate rejections', () => {
    expect((classifySignInError(new Error('CancelledByUser'), context) as SignInError).reason).toBe('cancelled');
    expect((classifySignInError(new Error('FailedToOpenWindow'), context) as SignInError).reason).toBe('popup-blocked');
  });
});
