import type { AuthDialogPort } from '../../../../src/ports/auth';
import { HostError } from '../../../../src/ports/errors';
import { runSignInDialog } from '../../../../src/adapters/auth/sign-in-dialog-flow';
import { FakeDialogClient, type FakeIdentity } from './fake-identity';

/**
 * The host's dialog as Outlook's dialog API behaves: it loads our dialog page, which may redirect to Entra ID and
 * come back (the page runs again), and resolves with the first message the page sends. A user who closes the
 * dialog makes it fail with Office error 12006.
 */
export class FakeHostDialog implements AuthDialogPort {
  opened: string[] = [];
  userCloses = false;
  readonly client: FakeDialogClient;

  constructor(identity: FakeIdentity, private readonly origin: string) {
    this.client = new FakeDialogClient(identity);
  }

  async open(url: string): Promise<string> {
    this.opened.push(url);
    if (this.userCloses) throw new HostError('host', 'displayDialogAsync', 12006, 'The dialog was closed');
    const messages: string[] = [];
    const load = () => runSignInDialog({ client: this.client, pageUrl: url, origin: this.origin, send: (m) => messages.push(m) });
    await load();
    if (!messages.length && this.client.redirectedTo) await load(); // back from Entra ID: the page loads again
    if (!messages.length) throw new Error('the dialog page sent nothing');
    return messages[0] as string;
  }
}
