import { useCallback, useEffect, useState } from 'react';
import { createDemoTokenProvider } from '../../adapters/auth/demo-token-provider';
import { loadConfig } from '../../adapters/config/load-config';
import { createGraphAdapters, type GraphAdapters } from '../../adapters/graph';
import type { Area } from '../../features/team-dashboard/area';

/**
 * Sixteen weeks of a manager's calendar fit in one calendarView page of this size (Graph allows up to 1000), so the
 * calendar costs one round trip instead of a chain of nextLinks.
 */
const CALENDAR_PAGE_SIZE = 500;

/**
 * Reads /config.json and builds the Graph adapters once. In the demo the token names the user (`?as=<upn>`);
 * a tenant build signs in with MSAL (the real-tenants work), which is not wired here yet.
 */
export function useServices(signInAs: string | null): { services: Area<GraphAdapters>; retry: () => void } {
  const [services, setServices] = useState<Area<GraphAdapters>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setServices({ status: 'loading' });
    loadConfig()
      .then((config) => createGraphAdapters({ config, tokens: createDemoTokenProvider(signInAs), calendarPageSize: CALENDAR_PAGE_SIZE }))
      .then(
        (adapters) => live && setServices({ status: 'ready', value: adapters }),
        (error: unknown) => live && setServices({ status: 'error', error }),
      );
    return () => {
      live = false;
    };
  }, [signInAs, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { services, retry };
}
