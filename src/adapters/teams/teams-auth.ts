import { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
import type { AuthHost } from '../../ports/auth';
import { TEAMS_INIT_TIMEOUT_MS } from './host-context';

/**
 * How the tab signs in (adapters/auth): in Teams, nested app auth when the host recommends its channel, else the
 * Teams authentication window (`authentication.authenticate`, opening our auth-dialog.html); outside Teams, a
 * browser popup. `app.initialize()` is shared with connectTeamsHost (teams-js returns the same promise), and no
 * handler is registered here (teams-js keeps only one theme handler).
 */
export async function teamsAuthHost(timeoutMs = TEAMS_INIT_TIMEOUT_MS): Promise<AuthHost> {
  const inTeams = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    app.initialize().then(
      () => {
        clearTimeout(timer);
        resolve(app.isInitialized());
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
  if (!inTeams) return { kind: 'browser', supportsNestedAppAuth: () => false };
  return {
    kind: 'teams',
    supportsNestedAppAuth: () => nestedAppAuth.isNAAChannelRecommended(),
    // Rejects with "CancelledByUser" / "FailedToOpenWindow", or with what the page passed to notifyFailure.
    dialog: { open: (url) => authentication.authenticate({ url, width: 600, height: 535 }) },
  };
}
