/**
 * The link an admin opens to grant Rapport's permissions for the whole organisation (Microsoft identity platform
 * v2 admin consent endpoint). `authority` is `https://login.microsoftonline.com/<tenant or organizations>`; the
 * redirect comes back to Rapport's redirect page, which says that the permissions were granted.
 */
export function adminConsentUrl(input: { authority: string; clientId: string; origin: string; graphBaseUrl: string; scopes: readonly string[] }): string {
  const url = new URL(`${input.authority.replace(/\/+$/, '')}/v2.0/adminconsent`);
  url.searchParams.set('client_id', input.clientId);
  url.searchParams.set('scope', input.scopes.map((s) => `${input.graphBaseUrl.replace(/\/+$/, '')}/${s}`).join(' '));
  url.searchParams.set('redirect_uri', `${input.origin}/auth-redirect.html`);
  return url.toString();
}
