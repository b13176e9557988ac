import { useCallback, useEffect, useRef, useState } from 'react';
import { createTokenProvider } from '../../adapters/auth';
import { createDemoTokenProvider } from '../../adapters/auth/demo-token-provider';
import { loadConfig } from '../../adapters/config/load-config';
import { createGraphAdapters, type GraphAdapters } from '../../adapters/graph';
import { teamsAuthHost } from '../../adapters/teams/teams-auth';
import type { Area } from '../../features/team-dashboard/area';
import { GRAPH_SCOPES, type RuntimeConfig, type TokenProvider } from '../../ports/auth';

/**
 * Sixteen weeks of a manager's calendar fit in one calendarView page of this size (Graph allows up to 1000), so the
 * calendar costs one round trip instead of a chain of nextLinks.
 */
const CALENDAR_PAGE_SIZE = 500;

/**
 * The tokens of the page: the demo's (`?as=<upn>` names the user), or in a tenant build MSAL's (adapters/auth),
 * signed in before the tab asks Graph for anything, so a sign-in problem is shown once, with its next step
 * (SignInNotice), instead of in every area. `interactive` opens the sign-in window (after a click on "Sign in").
 */
async function tokensFor(config: RuntimeConfig, signInAs: string | null, interactive: boolean): Promise<TokenProvider> {
  if (config.mode === 'demo') return createDemoTokenProvider(signInAs);
  const tokens = createTokenProvider(config, await teamsAuthHost());
  await (interactive ? tokens.signIn(GRAPH_SCOPES) : tokens.getToken(GRAPH_SCOPES));
  return tokens;
}

/** Reads /config.json and builds the Graph adapters once; `signIn` retries with the sign-in window. */
export function useServices(signInAs: string | null): { services: Area<GraphAdapters>; retry: () => void; signIn: () => void } {
  const [services, setServices] = useState<Area<GraphAdapters>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const interactive = useRef(false);
  useEffect(() => {
    let live = true;
    setServices({ status: 'loading' });
    const withWindow = interactive.current;
    interactive.current = false;
    loadConfig()
      .then(async (config) => createGraphAdapters({ config, tokens: await tokensFor(config, signInAs, withWindow), calendarPageSize: CALENDAR_PAGE_SIZE }))
      .then(
        (adapters) => live && setServices({ status: 'ready', value: adapters }),
        (error: unknown) => live && setServices({ status: 'error', error }),
      );
    return () => {
      live = false;
    };
  }, [signInAs, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const signIn = useCallback(() => {
    interactive.current = true;
    setAttempt((n) => n + 1);
  }, []);
  return { services, retry, signIn };
}
