import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { msalConfiguration, runSignInDialog } from '../../adapters/auth';
import { loadConfig } from '../../adapters/config/load-config';

/**
 * auth-dialog.html: the sign-in page opened by the host's dialog where nested app auth is missing
 * (Outlook: Office's displayDialogAsync, `?host=outlook`; Teams: teams-js authentication.authenticate, `?host=teams`).
 * It signs in with a redirect and hands the result to the pane that opened it.
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

async function main(): Promise<void> {
  const config = await loadConfig();
  const client = await createStandardPublicClientApplication(msalConfiguration(config));
  const host = new URL(window.location.href).searchParams.get('host');
  await runSignInDialog({
    client,
    pageUrl: window.location.href,
    origin: config.origin,
    send: (message) => void sendToOpener(host, message, config.origin),
  });
}

void main();
