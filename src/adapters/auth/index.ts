import type { Configuration } from '@azure/msal-browser';
import { GRAPH_SCOPES, type AuthHost, type RuntimeConfig, type TokenProvider } from '../../ports/auth';
import { adminConsentUrl } from './admin-consent';
import { dialogSignIn } from './dialog-interaction';
import { REDIRECT_PAGE } from './dialog-protocol';
import type { InteractiveSignIn, MsalClient } from './msal-client';
import { MsalTokenProvider } from './msal-token-provider';

export { runSignInDialog } from './sign-in-dialog-flow';
export { classifySignInError } from './classify-error';

/** A token provider with a "sign in now" for a button (popups need a click). */
export interface InteractiveTokenProvider extends TokenProvider {
  signIn(scopes?: readonly string[]): Promise<string>;
  /** How this provider signs in: nested app auth, the host's dialog, or a browser popup. */
  readonly method: 'nested' | 'dialog' | 'popup';
}

/** MSAL's configuration for Rapport: tokens in sessionStorage only (never localStorage). */
export function msalConfiguration(config: RuntimeConfig): Configuration {
  if (config.mode !== 'tenant' || !config.clientId || !config.authority) {
    throw new Error('createTokenProvider needs a tenant configuration (clientId and authority in config.json)');
  }
  return {
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: `${config.origin}/${REDIRECT_PAGE}` },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

/**
 * The composition point for tenant mode (config.mode === 'tenant'); the shells call it once.
 * - Outlook with NestedAppAuth 1.1, and Teams: nested app authentication (`createNestablePublicClientApplication`;
 *   its popup is drawn by the host).
 * - Outlook without it: the Office dialog (host.dialog); Teams without it: host.dialog when the shell gives one.
 * - A plain browser: a standard MSAL popup.
 */
export function createTokenProvider(
  config: RuntimeConfig,
  host: AuthHost,
  deps: { now?: () => number; online?: () => boolean } = {},
): InteractiveTokenProvider {
  const configuration = msalConfiguration(config);
  const nested = host.kind !== 'browser' && host.supportsNestedAppAuth();
  const method: InteractiveTokenProvider['method'] = nested ? 'nested' : host.kind !== 'browser' && host.dialog ? 'dialog' : 'popup';
  if (host.kind === 'outlook' && method === 'popup') {
    throw new Error('Outlook without nested app auth needs host.dialog (Office dialog API) to sign in');
  }
  let client: Promise<MsalClient> | null = null;
  const lazyClient = () =>
    (client ??= import('@azure/msal-browser').then(async (msal) => {
      const app = nested
        ? await msal.createNestablePublicClientApplication(configuration)
        : await msal.createStandardPublicClientApplication(configuration);
      return app;
    }));
  const popup: InteractiveSignIn = async (scopes, account) => {
    const result = await (await lazyClient()).acquireTokenPopup({ scopes: [...scopes], ...(account ? { account } : {}) });
    return { accessToken: result.accessToken, expiresOn: result.expiresOn ?? null, account: result.account };
  };
  const provider = new MsalTokenProvider({
    client: lazyClient,
    interactive: method === 'dialog' && host.dialog ? dialogSignIn(host.dialog, config.origin, host.kind as 'outlook' | 'teams') : popup,
    keepInteractiveTokens: method === 'dialog',
    now: deps.now ?? (() => Date.now()),
    online: deps.online ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine)),
    adminConsentUrl: adminConsentUrl({ ...config, clientId: config.clientId as string, authority: config.authority as string, scopes: GRAPH_SCOPES }),
  });
  return {
    method,
    getToken: (scopes) => provider.getToken(scopes),
    signIn: (scopes = GRAPH_SCOPES) => provider.signIn(scopes),
  };
}
