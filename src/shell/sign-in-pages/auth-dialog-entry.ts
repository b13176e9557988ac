import { runSignInDialogPage } from '../../adapters/auth/sign-in-dialog';
import { loadConfig } from '../../adapters/config/load-config';

/**
 * auth-dialog.html: the sign-in page opened by the host's dialog where nested app auth is missing. It signs in with
 * a redirect and hands the result to the pane that opened it (src/adapters/auth/sign-in-dialog.ts).
 */
async function main(): Promise<void> {
  await runSignInDialogPage(await loadConfig(), window.location.href);
}

void main();
