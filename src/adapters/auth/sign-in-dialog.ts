import { createStandardPublicClientApplication } from '@azure/msal-browser';
import type { RuntimeConfig } from '../../ports/auth';
import { msalConfiguration } from './index';
import { runSignInDialog } from './sign-in-dialog-flow';

/**
 * The host and MSAL side of the sign-in dialog page, so the page itself imports no host SDK. auth-dialog.html is
 * opened by the host's dialog where nested app auth is missing (Outlook: Office's displayDialogAsync with
 * `?host=outlook`; Teams: teams-js authentication.authenticate with `?host=teams`).
 */
interface OfficeDialogChild {
  onReady(): Promise<unknown>;
  context: { ui: { messageParent(message: string, options?: { targetOrigin: string }): void } };
}

async function sendToOpener(host: string | null, message: string, origin: string): Promise<void> {
  if (host === 'teams') {
    const { app, authentication } = await import('@microsoft/teams-js');
    await app.initialize();
    if ((JSON.parse(message) as { ok: boolean }).ok) authentication.notifySuccess(message);
    else authentication.notifyFailure(message);
    return;
  }
  // Office.js is the page's head script; the message goes only to a pane of our own origin.
  const office = (globalThis as { Office?: OfficeDialogChild }).Office;
  if (!office) throw new Error('Office.js is not loaded in the sign-in dialog');
  await office.onReady();
  office.context.ui.messageParent(message, { targetOrigin: origin });
}

/** auth-dialog.html: sign in with a redirect, then hand the result to the pane that opened the dialog. */
export async function runSignInDialogPage(config: RuntimeConfig, pageUrl: string): Promise<void> {
  const client = await createStandardPublicClientApplication(msalConfiguration(config));
  const host = new URL(pageUrl).searchParams.get('host');
  await runSignInDialog({ client, pageUrl, origin: config.origin, send: (message) => void sendToOpener(host, message, config.origin) });
}
