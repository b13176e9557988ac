import { createRoot } from 'react-dom/client';
import { loadConfig } from '../adapters/config/load-config';
import { createDemoTokenProvider } from '../adapters/auth/demo-token-provider';
import { createTokenProvider, type InteractiveTokenProvider } from '../adapters/auth';
import { createGraphAdapters } from '../adapters/graph';
import { createMailItemAdapter, outlookAuthHost, type OfficeLike } from '../adapters/office';
import { AgendaInsertPane, type CarryOverPorts } from '../features/agenda-insert';
import type { FollowUpSyncPorts } from '../features/follow-up-sync';
import { UpcomingOneOnOnes, type UpcomingDeps } from '../features/upcoming-one-on-ones';
import { PaneFollowUps } from './outlook-follow-ups';
import type { TokenProvider } from '../ports/auth';
import { AppFrame, frameThemeOf } from '../ui/app-frame';
import { SignInGate } from './auth/sign-in-gate';

/**
 * The Outlook task pane's composition root: Office (real, or the demo's stand-in) → the mail-item adapter; config.json
 * → tokens (demo or MSAL) → the Graph adapters. The pane renders as soon as Office is ready; Graph only feeds
 * "Open from last time", so a missing or broken config.json leaves the pane usable (it just has no carry-over).
 */
export interface TaskpaneOptions {
  office: OfficeLike;
  /** Page parameters (the demo's `as=` and `theme=`). */
  params?: URLSearchParams;
  fetch?: typeof fetch;
}

interface PaneGraphPorts {
  carryOver: CarryOverPorts;
  followUps: FollowUpSyncPorts;
  upcoming: Pick<UpcomingDeps, 'calendar' | 'directory'>;
  /** MSAL's tokens in a tenant build (for the sign-in notice), null in the demo. */
  tenantTokens: InteractiveTokenProvider | null;
}

async function graphPorts(office: OfficeLike, params: URLSearchParams, fetchImpl?: typeof fetch): Promise<PaneGraphPorts | null> {
  try {
    const config = await loadConfig(fetchImpl);
    const tenantTokens = config.mode === 'tenant' ? createTokenProvider(config, outlookAuthHost(office)) : null;
    const tokens: TokenProvider = tenantTokens ?? createDemoTokenProvider(params.get('as'));
    const graph = createGraphAdapters({ config, tokens, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
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

export async function startTaskpane(root: HTMLElement, options: TaskpaneOptions): Promise<void> {
  const params = options.params ?? new URLSearchParams(window.location.search);
  const mailItem = createMailItemAdapter(options.office);
  const locale = mailItem.displayLanguage() ?? 'en';
  const ports = await graphPorts(options.office, params, options.fetch);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const deps = { mailItem, carryOverPorts: ports?.carryOver ?? null, timeZone };
  const upcoming: UpcomingDeps | null = ports && { ...ports.upcoming, now: () => new Date(), timeZone };
  createRoot(root).render(
    <AppFrame locale={locale} theme={frameThemeOf(params.get('theme'))}>
      <SignInGate tokens={ports?.tenantTokens ?? null} locale={locale}>
        <AgendaInsertPane deps={deps} locale={locale} />
        {ports && <PaneFollowUps ports={ports.followUps} locale={locale} timeZone={timeZone} mailItem={mailItem} />}
        {upcoming && <UpcomingOneOnOnes deps={upcoming} locale={locale} />}
      </SignInGate>
    </AppFrame>,
  );
}
