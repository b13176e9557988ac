import { loadConfig } from '../../adapters/config/load-config';
import { createDemoTokenProvider } from '../../adapters/auth/demo-token-provider';
import { createTokenProvider, type InteractiveTokenProvider } from '../../adapters/auth';
import { createGraphAdapters } from '../../adapters/graph';
import type { OfficeLike } from '../../adapters/office';
import { outlookAuthHost } from '../../adapters/office/office-dialog';
import type { CarryOverPorts } from '../../features/agenda-insert';
import type { FollowUpSyncPorts } from '../../features/follow-up-sync';
import type { UpcomingDeps } from '../../features/upcoming-one-on-ones';
import type { TokenProvider } from '../../ports/auth';

/**
 * The task pane's Graph side: config.json → tokens (demo or MSAL) → the Graph adapters. Loaded as its own chunk
 * (the pane's first useful render, the agenda preview, needs none of it: MSAL, the pipeline and the gateways' date
 * handling stay out of the initial script).
 */
export interface PaneGraphPorts {
  carryOver: CarryOverPorts;
  followUps: FollowUpSyncPorts;
  upcoming: Pick<UpcomingDeps, 'calendar' | 'directory'>;
  /** MSAL's tokens in a tenant build (for the sign-in notice), null in the demo. */
  tenantTokens: InteractiveTokenProvider | null;
}

export async function graphPorts(office: OfficeLike, params: URLSearchParams, fetchImpl?: typeof fetch): Promise<PaneGraphPorts | null> {
  try {
    const config = await loadConfig(fetchImpl);
    const tenantTokens = config.mode === 'tenant' ? createTokenProvider(config, outlookAuthHost(office)) : null;
    const tokens: TokenProvider = tenantTokens ?? createDemoTokenProvider(params.get('as'));
    const graph = createGraphAdapters({ config, appId: config.clientId, tokens, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
    return {
      tenantTokens,
      carryOver: { directory: graph.directory, tasks: graph.tasks },
      followUps: { calendar: graph.calendar, directory: graph.directory, tasks: graph.tasks, document: graph.managerDocument },
      upcoming: { calendar: graph.calendar, directory: graph.directory },
    };
  } catch (error) {
    console.warn('Rapport: Graph is not available, the pane works without "Open from last time".', error);
    return null;
  }
}
