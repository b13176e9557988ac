import { createDemoTokenProvider } from '../../adapters/auth/demo-token-provider';
import { loadConfig } from '../../adapters/config/load-config';
import { createGraphAdapters, type GraphAdapters } from '../../adapters/graph';
import { GRAPH_SCOPES, type RuntimeConfig, type TokenProvider } from '../../ports/auth';

/**
 * Sixteen weeks of a manager's calendar fit in one calendarView page of this size (Graph allows up to 1000), so the
 * calendar costs one round trip instead of a chain of nextLinks.
 */
const CALENDAR_PAGE_SIZE = 500;

/**
 * The tokens of the page: the demo's (`?as=<upn>` names the user), or in a tenant build MSAL's (adapters/auth, with
 * teams-js for the host; both load as their own chunk, the demo never needs them), signed in before the tab asks
 * Graph for anything, so a sign-in problem is shown once, with its next step (SignInNotice), instead of in every
 * area. `interactive` opens the sign-in window (after a click on "Sign in").
 */
async function tokensFor(config: RuntimeConfig, signInAs: string | null, interactive: boolean): Promise<TokenProvider> {
  if (config.mode === 'demo') return createDemoTokenProvider(signInAs);
  const [{ createTokenProvider }, { teamsAuthHost }] = await Promise.all([import('../../adapters/auth'), import('../../adapters/teams/teams-auth')]);
  const tokens = createTokenProvider(config, await teamsAuthHost());
  await (interactive ? tokens.signIn(GRAPH_SCOPES) : tokens.getToken(GRAPH_SCOPES));
  return tokens;
}

/** Reads /config.json, signs in and builds the Graph adapters (plain async: the tab starts it before React renders). */
export async function startServices(signInAs: string | null, interactive = false): Promise<GraphAdapters> {
  const config = await loadConfig();
  return createGraphAdapters({ config, appId: config.clientId, tokens: await tokensFor(config, signInAs, interactive), calendarPageSize: CALENDAR_PAGE_SIZE });
}
