/**
 * The sign-in scopes MSAL adds to every request. The admin consents to them with the Graph scopes, so no user meets
 * a consent prompt for signing in itself ("Publish an add-in that requires admin consent for Microsoft Graph
 * scopes" builds this link from the scopes that need consent; docs/deploying.md).
 */
export const SIGN_IN_SCOPES = ['openid', 'profile', 'offline_access'] as const;

/**
 * The link an admin opens to grant Rapport's permissions for the whole organisation (Microsoft identity platform
 * v2 admin consent endpoint). `authority` is `https://login.microsoftonline.com/<tenant or organizations>`; the
 * redirect comes back to Rapport's redirect page, which says that the permissions were granted. Graph scopes are
 * named with Graph's resource (`https://graph.microsoft.com/User.Read`), the OpenID Connect scopes bare.
 */
export function adminConsentUrl(input: { authority: string; clientId: string; origin: string; graphBaseUrl: string; scopes: readonly string[] }): string {
  const url = new URL(`${input.authority.replace(/\/+$/, '')}/v2.0/adminconsent`);
  url.searchParams.set('client_id', input.clientId);
  const graphScopes = input.scopes.map((s) => `${input.graphBaseUrl.replace(/\/+$/, '')}/${s}`);
  url.searchParams.set('scope', [...graphScopes, ...SIGN_IN_SCOPES].join(' '));
  url.searchParams.set('redirect_uri', `${input.origin}/auth-redirect.html`);
  return url.toString();
}
