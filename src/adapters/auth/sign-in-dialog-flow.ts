import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { DOCUMENT_FALLBACK_SCOPES } from '../../ports/auth';
import { REDIRECT_PAGE, type DialogMessage } from './dialog-protocol';

type DialogClient = Pick<IPublicClientApplication, 'handleRedirectPromise' | 'acquireTokenRedirect' | 'acquireTokenSilent' | 'getAllAccounts'>;

/**
 * The sign-in dialog page: back from Entra ID → send the token; else try the session the dialog already has;
 * else redirect to Entra ID (the redirect page returns here). Only Rapport's own Graph scopes are honoured, whatever
 * the query asks for: the standard set and Files.ReadWrite, which the manager's document needs once a tenant
 * refuses the app folder (DOCUMENT_FALLBACK_SCOPES), so that fallback works through the dialog too.
 */
export async function runSignInDialog(input: { client: DialogClient; pageUrl: string; origin: string; send: (message: string) => void }): Promise<void> {
  const send = (message: DialogMessage) => input.send(JSON.stringify(message));
  const ok = (result: AuthenticationResult) =>
    send({ v: 1, ok: true, accessToken: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.toISOString() : null });
  const asked = (new URL(input.pageUrl).searchParams.get('scopes') ?? '').split(' ').filter(Boolean);
  const scopes = asked.filter((s) => (DOCUMENT_FALLBACK_SCOPES as readonly string[]).includes(s));
  try {
    const back = await input.client.handleRedirectPromise();
    if (back) return ok(back);
    const account = input.client.getAllAccounts()[0];
    if (account) {
      try {
        return ok(await input.client.acquireTokenSilent({ scopes, account }));
      } catch {
        // fall through to the redirect: the window is already open, so interaction costs nothing more
      }
    }
    await input.client.acquireTokenRedirect({ scopes, redirectUri: `${input.origin}/${REDIRECT_PAGE}` });
  } catch (error) {
    const e = (error ?? {}) as { errorCode?: string; subError?: string; errorMessage?: string; message?: string; errorNo?: string };
    const fields = { errorCode: e.errorCode ?? 'unknown', subError: e.subError ?? '', errorMessage: e.errorMessage ?? e.message ?? '' };
    send({ v: 1, ok: false, error: e.errorNo ? { ...fields, errorNo: String(e.errorNo) } : fields });
  }
}
