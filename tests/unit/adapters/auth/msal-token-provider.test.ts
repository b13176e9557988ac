import { MsalTokenProvider } from '../../../../src/adapters/auth/msal-token-provider';
import { dialogSignIn } from '../../../../src/adapters/auth/dialog-interaction';
import type { InteractiveSignIn } from '../../../../src/adapters/auth/msal-client';
import { SignInError, isRapportError } from '../../../../src/ports/errors';
import { DOCUMENT_FALLBACK_SCOPES } from '../../../../src/ports/auth';
import { FakeIdentity, FakeMsalClient } from './fake-identity';
import { FakeHostDialog } from './fake-dialog';

const SCOPES = ['User.Read', 'Calendars.ReadWrite'];
const ORIGIN = 'https://rapport.example.com';
const CONSENT_URL = 'https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=c1';

function setup(options: { dialog?: boolean } = {}) {
  const identity = new FakeIdentity();
  // With the dialog, the pane's MSAL has a cache of its own (the dialog signs in another window): nothing in it.
  const client = new FakeMsalClient(options.dialog ? new FakeIdentity() : identity);
  const dialog = new FakeHostDialog(identity, ORIGIN);
  let now = Date.UTC(2026, 10, 23, 9);
  const popup: InteractiveSignIn = async (scopes, account) => {
    const r = await client.acquireTokenPopup({ scopes: [...scopes], ...(account ? { account } : {}) });
    return { accessToken: r.accessToken, expiresOn: r.expiresOn, account: r.account };
  };
  const provider = new MsalTokenProvider({
    client: async () => client,
    interactive: options.dialog ? dialogSignIn(dialog, ORIGIN, 'outlook') : popup,
    keepInteractiveTokens: Boolean(options.dialog),
    now: () => now,
    online: () => identity.online,
    adminConsentUrl: CONSENT_URL,
  });
  return { identity, client, dialog, provider, advance: (ms: number) => (now += ms) };
}

async function failure(promise: Promise<unknown>): Promise<SignInError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a sign-in failure');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof SignInError)) throw error;
  return error;
}

describe('MsalTokenProvider (silent first, interactive when required)', () => {
  it('returns the silent token without opening a window when the user is signed in and consented', async () => {
    const { identity, provider } = setup();
    identity.session = identity.user;
    SCOPES.forEach((s) => identity.consented.add(s));
    await expect(provider.getToken(SCOPES)).resolves.toMatch(/^token-1:/);
    expect(identity.windowsOpened).toBe(0);
  });

  it('opens one popup when interaction is required, shared by parallel callers, then stays silent', async () => {
    const { identity, provider } = setup();
    const tokens = await Promise.all([provider.getToken(SCOPES), provider.getToken(SCOPES), provider.getToken(SCOPES)]);
    expect(new Set(tokens).size).toBe(1);
    expect(identity.windowsOpened).toBe(1);
    await expect(provider.getToken(SCOPES)).resolves.toMatch(/^token-/);
    expect(identity.windowsOpened).toBe(1);
  });

  it('lets the user consent in the window when consent is required', async () => {
    const { identity, provider } = setup();
    identity.session = identity.user;
    identity.consented.add('User.Read');
    await expect(provider.getToken(SCOPES)).resolves.toContain('Calendars.ReadWrite');
    expect(identity.windowsOpened).toBe(1);
    expect(identity.consented.has('Calendars.ReadWrite')).toBe(true);
  });

  it('reports admin consent required with the admin-consent link when only an admin can grant a scope', async () => {
    const { identity, provider } = setup();
    identity.session = identity.user;
    identity.adminOnly.add('Calendars.ReadWrite');
    const error = await failure(provider.getToken(SCOPES));
    expect(error.reason).toBe('admin-consent-required');
    expect(error.kind).toBe('consent-required');
    expect(error.details.adminConsentUrl).toBe(CONSENT_URL);
  });

  it('reports a blocked popup, and a later sign-in from a click succeeds', async () => {
    const { identity, provider } = setup();
    identity.window = 'blocked';
    const error = await failure(provider.getToken(SCOPES));
    expect([error.reason, error.kind]).toEqual(['popup-blocked', 'auth-required']);
    identity.window = 'sign-in';
    await expect(provider.signIn(SCOPES)).resolves.toMatch(/^token-/);
    await expect(provider.getToken(SCOPES)).resolves.toMatch(/^token-/);
  });

  it('reports a user who closes the window as cancelled, and opens no second window by itself', async () => {
    const { identity, provider } = setup();
    identity.window = 'cancel';
    expect((await failure(provider.getToken(SCOPES))).reason).toBe('cancelled');
    expect(identity.windowsOpened).toBe(1);
  });

  it('reports no network as offline (kind network) without opening a window', async () => {
    const { identity, provider } = setup();
    identity.session = identity.user;
    identity.online = false;
    const error = await failure(provider.getToken(SCOPES));
    expect([error.reason, error.kind]).toEqual(['offline', 'network']);
    expect(identity.windowsOpened).toBe(0);
  });

  it('reports Conditional Access as blocked by policy, without a window that could not help', async () => {
    const { identity, provider } = setup();
    identity.session = identity.user;
    SCOPES.forEach((s) => identity.consented.add(s));
    identity.blockedByPolicy = true;
    const error = await failure(provider.getToken(SCOPES));
    expect(error.reason).toBe('blocked-by-policy');
    expect(identity.windowsOpened).toBe(0);
    expect(isRapportError(error)).toBe(true);
  });
});

describe('MsalTokenProvider through the host dialog (Outlook without nested app auth)', () => {
  it('signs in through the dialog page, which redirects to Entra ID and sends the token back', async () => {
    const { identity, dialog, provider } = setup({ dialog: true });
    const token = await provider.getToken(SCOPES);
    expect(token).toMatch(/^token-/);
    expect(dialog.opened).toHaveLength(1);
    const opened = new URL(dialog.opened[0] as string);
    expect(`${opened.origin}${opened.pathname}`).toBe(`${ORIGIN}/auth-dialog.html`);
    expect(opened.searchParams.get('scopes')).toBe(SCOPES.join(' '));
    expect(dialog.client.redirectedTo).toBe(`${ORIGIN}/auth-redirect.html`);
    expect(identity.windowsOpened).toBe(1);
  });

  it('keeps the dialog token in memory until it nearly expires, then asks again', async () => {
    const { dialog, provider, advance } = setup({ dialog: true });
    const first = await provider.getToken(SCOPES);
    await expect(provider.getToken([...SCOPES].reverse())).resolves.toBe(first);
    expect(dialog.opened).toHaveLength(1);
    advance(10 * 365 * 24 * 3600_000);
    await provider.getToken(SCOPES);
    expect(dialog.opened).toHaveLength(2);
  });

  it('reports a dialog the user closed (Office 12006) as cancelled', async () => {
    const { dialog, provider } = setup({ dialog: true });
    dialog.userCloses = true;
    expect((await failure(provider.getToken(SCOPES))).reason).toBe('cancelled');
  });

  it('carries an error the dialog page reports (admin consent) back as a typed outcome', async () => {
    const { identity, provider } = setup({ dialog: true });
    identity.adminOnly.add('User.Read');
    const error = await failure(provider.getToken(SCOPES));
    expect(error.reason).toBe('admin-consent-required');
    expect(error.details.adminConsentUrl).toBe(CONSENT_URL);
  });

  it('honours only Rapport scopes asked of the dialog page', async () => {
    const { dialog } = setup({ dialog: true });
    const message = JSON.parse(await dialog.open(`${ORIGIN}/auth-dialog.html?scopes=${encodeURIComponent('User.Read Mail.ReadWrite')}`));
    expect(message.ok).toBe(true);
    expect(message.accessToken).toBe('token-1:User.Read');
  });
});

/** A provider signing in through Teams' authentication window (teams-js `authentication.authenticate`). */
const teamsProvider = (teamsWindow: Parameters<typeof dialogSignIn>[0], identity: FakeIdentity) =>
  new MsalTokenProvider({
    client: async () => new FakeMsalClient(new FakeIdentity()),
    interactive: dialogSignIn(teamsWindow, ORIGIN, 'teams'),
    keepInteractiveTokens: true,
    now: () => 0,
    online: () => identity.online,
    adminConsentUrl: CONSENT_URL,
  });

describe('MsalTokenProvider through the Teams authentication window', () => {
  it('reads an error the page sent with notifyFailure, which Teams turns into a rejection', async () => {
    const reported = JSON.stringify({ v: 1, ok: false, error: { errorCode: 'access_denied', subError: '', errorMessage: '', errorNo: '53003' } });
    const teamsWindow = { open: async () => Promise.reject(new Error(reported)) };
    const identity = new FakeIdentity();
    const provider = teamsProvider(teamsWindow, identity);
    expect((await failure(provider.getToken(SCOPES))).reason).toBe('blocked-by-policy');
  });
});

describe("regression: the manager's document fallback (Files.ReadWrite) can be granted on every sign-in path", () => {
  const grantsFallback = (token: string) => expect(token.split(':')[1]?.split(',')).toContain('Files.ReadWrite');

  it('nested app auth and the browser popup (the same MSAL window)', async () => {
    const { provider } = setup();
    await provider.getToken(SCOPES);
    grantsFallback(await provider.getToken(DOCUMENT_FALLBACK_SCOPES));
  });

  it("Outlook's dialog: the dialog page no longer drops Files.ReadWrite", async () => {
    const { provider } = setup({ dialog: true });
    grantsFallback(await provider.getToken(DOCUMENT_FALLBACK_SCOPES));
  });

  it('the Teams authentication window (the same dialog page)', async () => {
    const identity = new FakeIdentity();
    const teamsWindow = new FakeHostDialog(identity, ORIGIN);
    const provider = teamsProvider(teamsWindow, identity);
    grantsFallback(await provider.getToken(DOCUMENT_FALLBACK_SCOPES));
    expect(new URL(teamsWindow.opened[0] as string).searchParams.get('host')).toBe('teams');
  });
});
