import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Spinner } from '@fluentui/react-components';
import { createMailItemAdapter, type OfficeLike } from '../adapters/office';
import { AgendaInsertPane } from '../features/agenda-insert';
import type { UpcomingDeps } from '../features/upcoming-one-on-ones';
import { common } from '../i18n/catalogues/common';
import type { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { AppFrame, frameThemeOf } from '../ui/app-frame';
import { SignInGate } from './auth/sign-in-gate';
import type { PaneGraphPorts } from './outlook-graph-ports';

/**
 * The Outlook task pane's composition root: Office (real, or the demo's stand-in) → the mail-item adapter; config.json
 * → tokens (demo or MSAL) → the Graph adapters. The pane renders as soon as Office is ready; Graph only feeds
 * "Open from last time", so a missing or broken config.json leaves the pane usable (it just has no carry-over).
 *
 * Bundle budget (docs/architecture.md): the initial script holds only what the agenda preview needs. The Graph side
 * (MSAL, pipeline, gateways), the follow-up sync (next-steps parser, htmlparser2, luxon) and Upcoming 1:1s load as
 * their own chunks.
 */
export interface TaskpaneOptions {
  office: OfficeLike;
  /** Page parameters (the demo's `as=` and `theme=`). */
  params?: URLSearchParams;
  fetch?: typeof fetch;
}

const PaneFollowUps = lazy(() => import('./outlook-follow-ups').then((m) => ({ default: m.PaneFollowUps })));
const UpcomingOneOnOnes = lazy(() => import('../features/upcoming-one-on-ones').then((m) => ({ default: m.UpcomingOneOnOnes })));

function Loading({ locale }: { locale: Locale }) {
  return <Spinner size="tiny" labelPosition="after" label={translator(common, locale)('loading')} />;
}

async function loadGraphPorts(office: OfficeLike, params: URLSearchParams, fetchImpl?: typeof fetch): Promise<PaneGraphPorts | null> {
  try {
    const { graphPorts } = await import('./outlook-graph-ports');
    return await graphPorts(office, params, fetchImpl);
  } catch (error) {
    // The chunk itself did not load (a network hiccup): the pane still inserts agendas.
    console.warn('Rapport: Graph is not available, the pane works without "Open from last time".', error);
    return null;
  }
}

interface PaneRootProps {
  mailItem: ReturnType<typeof createMailItemAdapter>;
  locale: Locale;
  theme: string | null;
  timeZone: string;
  graph: Promise<PaneGraphPorts | null>;
}

/**
 * The pane renders from Office alone (the agenda preview is its first useful render); the Graph side joins when its
 * chunk and config.json have loaded: "Open from last time", the sign-in notice, follow-ups and Upcoming 1:1s.
 */
function PaneRoot({ mailItem, locale, theme, timeZone, graph }: PaneRootProps) {
  const [ports, setPorts] = useState<PaneGraphPorts | null>(null);
  useEffect(() => {
    let live = true;
    void graph.then((loaded) => live && setPorts(loaded));
    return () => {
      live = false;
    };
  }, [graph]);
  const deps = useMemo(() => ({ mailItem, carryOverPorts: ports?.carryOver ?? null, timeZone }), [mailItem, ports, timeZone]);
  const upcoming: UpcomingDeps | null = useMemo(() => ports && { ...ports.upcoming, now: () => new Date(), timeZone }, [ports, timeZone]);
  return (
    <AppFrame locale={locale} theme={frameThemeOf(theme)}>
      <SignInGate tokens={ports?.tenantTokens ?? null} locale={locale}>
        <AgendaInsertPane deps={deps} locale={locale} />
        {ports && (
          <Suspense fallback={<Loading locale={locale} />}>
            <PaneFollowUps ports={ports.followUps} locale={locale} timeZone={timeZone} mailItem={mailItem} />
          </Suspense>
        )}
        {upcoming && (
          <Suspense fallback={<Loading locale={locale} />}>
            <UpcomingOneOnOnes deps={upcoming} locale={locale} />
          </Suspense>
        )}
      </SignInGate>
    </AppFrame>
  );
}

export async function startTaskpane(root: HTMLElement, options: TaskpaneOptions): Promise<void> {
  const params = options.params ?? new URLSearchParams(window.location.search);
  const mailItem = createMailItemAdapter(options.office);
  const locale = mailItem.displayLanguage() ?? 'en';
  const graph = loadGraphPorts(options.office, params, options.fetch);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  createRoot(root).render(<PaneRoot mailItem={mailItem} locale={locale} theme={params.get('theme')} timeZone={timeZone} graph={graph} />);
  await graph;
}
