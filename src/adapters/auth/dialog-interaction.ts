import type { AuthDialogPort } from '../../ports/auth';
import { DIALOG_PAGE, parseDialogMessage } from './dialog-protocol';
import type { InteractiveSignIn } from './msal-client';

/**
 * Sign-in through the host's dialog (Outlook without nested app auth: Office's dialog API; Teams without it:
 * teams-js authentication). The dialog page runs MSAL with a redirect and sends the token back. An error reported
 * by the page is rethrown with MSAL's fields, so the provider classifies it like any MSAL error.
 */
export function dialogSignIn(dialog: AuthDialogPort, origin: string, host: 'outlook' | 'teams'): InteractiveSignIn {
  return async (scopes) => {
    const url = new URL(`${origin}/${DIALOG_PAGE}`);
    url.searchParams.set('host', host);
    url.searchParams.set('scopes', scopes.join(' '));
    let raw: string;
    try {
      raw = await dialog.open(url.toString());
    } catch (error) {
      // Teams hands a page's notifyFailure(reason) back as a rejection carrying that reason.
      const reason = error instanceof Error ? error.message : '';
      if (!reason.startsWith('{')) throw error;
      raw = reason;
    }
    const message = parseDialogMessage(raw);
    if (!message.ok) throw Object.assign(new Error(message.error.errorMessage || message.error.errorCode), message.error);
    return { accessToken: message.accessToken, expiresOn: message.expiresOn ? new Date(message.expiresOn) : null, account: null };
  };
}
