import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Theme } from '@fluentui/react-components';
import { createMailItemAdapter, officeThemeIsDark, onOfficeThemeChange, type OfficeLike } from '../../adapters/office';
import { AgendaInsertPane, startMeetingRead, type MeetingRead } from '../../features/agenda-insert';
import type { UpcomingDeps } from '../../features/upcoming-one-on-ones';
import { common } from '../../i18n/catalogues/common';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { MailItemPort } from '../../ports/host';
import { resolveFontFaces } from '../../ui/font-faces';
import { frameThemeOf, loadFrameTheme } from '../../ui/frame-theme';
import { teamsLightTheme } from '../../ui/host-theme-default';
import { ProgressLine } from '../../ui/lazy-status';
import { ThemedFrame } from '../../ui/themed-frame';
import { DateFormatProvider } from '../../ui/date-format-provider';
import { useManagerRegional } from '../common/use-manager-regional';
import { SignInGate } from './sign-in-gate';
import type { PaneGraphPorts } from './pane-graph-ports';

/**
 * The Outlook task pane's composition root: Office (real, or the demo's stand-in) → the mail-item adapter; config.json
 * → tokens (demo or MSAL) → the Graph adapters. Graph only feeds "Open from last time", follow-ups and Upcoming 1:1s,
 * so a missing or broken config.json leaves the pane usable (it just has no carry-over).
 *
 * The pane's first useful render is the agenda preview, and it needs Office only (docs/performance.md, "The task
 * pane's first useful render"): the meeting read starts before React renders, and the Graph side (its chunk,
 * config.json, then follow-ups and Upcoming 1:1s) starts only once the pane shows the meeting, so none of its
 * script evaluation or rendering competes with the preview. Its chunk is prefetched (downloaded at idle priority,
 * not run), so starting it late costs no extra round trip.
 *
 * Bundle budget (docs/performance.md): the initial script holds only what the agenda preview needs. The Graph side
 * (MSAL, pipeline, gateways), the follow-up sync (next-steps parser, htmlparser2, luxon) and Upcoming 1:1s load as
 * their own chunks.
 */
export interface TaskpaneOptions {
  office: OfficeLike;
  /** Page parameters (the demo's `as=` and `theme=`). */
  params?: URLSearchParams;
  fetch?: typeof fetch;
  /** Already made by the page's entry, which starts the meeting read before this chunk has loaded. */
  mailItem?: MailItemPort;
  firstRead?: MeetingRead;
  timeZone?: string;
}

const PaneFollowUps = lazy(() => import('./pane-follow-ups').then((m) => ({ default: m.PaneFollowUps })));
const UpcomingOneOnOnes = lazy(() => import('../../features/upcoming-one-on-ones').then((m) => ({ default: m.UpcomingOneOnOnes })));

/** Should Office be slow to answer, the Graph side starts anyway after this long (Upcoming 1:1s needs no meeting). */
const GRAPH_AT_THE_LATEST_MS = 2000;

function Loading({ locale }: { locale: Locale }) {
  return <ProgressLine label={translator(common, locale)('loading')} />;
}

async function loadGraphPorts(office: OfficeLike, params: URLSearchParams, fetchImpl?: typeof fetch): Promise<PaneGraphPorts | null> {
  try {
    const { graphPorts } = await import(/* webpackPrefetch: true */ './pane-graph-ports');
    return await graphPorts(office, params, fetchImpl);
  } catch (error) {
    // The chunk itself did not load (a network hiccup): the pane still inserts agendas.
    console.warn('Rapport: Graph is not available, the pane works without "Open from last time".', error);
    return null;
  }
}

interface PaneRootProps {
  mailItem: MailItemPort;
  firstRead: MeetingRead;
  locale: Locale;
  theme: Theme;
  /** Follows the user's Office theme while the pane is open; absent when the page names a theme (the demo's `theme=`). */
  office?: OfficeLike;
  timeZone: string;
  loadGraph(): Promise<PaneGraphPorts | null>;
}

/** The frame's theme: the first one, then Outlook's each time the user changes it. */
function useOfficeTheme(first: Theme, office: OfficeLike | undefined): Theme {
  const [theme, setTheme] = useState(first);
  useEffect(() => {
    if (!office) return undefined;
    return onOfficeThemeChange(office, (dark) => {
      const next = loadFrameTheme(dark ? 'dark' : 'default');
      if (next instanceof Promise) void next.then(setTheme, () => undefined);
      else setTheme(next);
    });
  }, [office]);
  return theme;
}

/**
 * The pane renders from Office alone; the Graph side joins when it has loaded: "Open from last time", the sign-in
 * notice, follow-ups and Upcoming 1:1s.
 */
function PaneRoot({ mailItem, firstRead, locale, theme: firstTheme, office, timeZone, loadGraph }: PaneRootProps) {
  const theme = useOfficeTheme(firstTheme, office);
  const [ports, setPorts] = useState<PaneGraphPorts | null>(null);
  const graphStarted = useRef(false);
  const startGraph = useCallback(() => {
    if (graphStarted.current) return;
    graphStarted.current = true;
    void loadGraph().then(setPorts);
  }, [loadGraph]);
  useEffect(() => {
    const timer = setTimeout(startGraph, GRAPH_AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, [startGraph]);
  const deps = useMemo(() => ({ mailItem, firstRead, carryOverPorts: ports?.carryOver ?? null, timeZone }), [mailItem, firstRead, ports, timeZone]);
  const upcoming: UpcomingDeps | null = useMemo(() => ports && { ...ports.upcoming, now: () => new Date(), timeZone }, [ports, timeZone]);
  // The pane holds no copy of the manager's document: mailboxSettings is read once when the Graph side has loaded.
  const regional = useManagerRegional(null, ports?.followUps.directory ?? null, ports !== null);
  return (
    <ThemedFrame locale={locale} theme={theme}>
      <DateFormatProvider regional={regional}>
        <SignInGate tokens={ports?.tenantTokens ?? null} locale={locale}>
          <AgendaInsertPane deps={deps} locale={locale} onMeetingShown={startGraph} />
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
      </DateFormatProvider>
    </ThemedFrame>
  );
}

const reactRoots = new WeakMap<HTMLElement, Root>();

/** React's root in the pane's element, made once. */
function reactRootOf(element: HTMLElement): Root {
  let root = reactRoots.get(element);
  if (!root) reactRoots.set(element, (root = createRoot(element)));
  return root;
}

/**
 * What the pane's first render can have ready before the meeting is read; the entry calls it while Office answers:
 * - the font faces of the first screen (every theme has the same fonts): Fluent's regular and semibold text, and the
 *   agenda preview's bold headings and italic lines;
 * - React's root, whose making registers React's event listeners on the element.
 */
export function prepareFirstRender(element: HTMLElement): void {
  const { fontFamilyBase, fontSizeBase300, fontWeightRegular, fontWeightSemibold, fontWeightBold } = teamsLightTheme;
  const faces = [{ weight: fontWeightRegular }, { weight: fontWeightSemibold }, { weight: fontWeightBold }, { weight: fontWeightRegular, italic: true }];
  resolveFontFaces(document, fontFamilyBase, fontSizeBase300, faces);
  reactRootOf(element);
}

export function startTaskpane(root: HTMLElement, options: TaskpaneOptions): void {
  const params = options.params ?? new URLSearchParams(window.location.search);
  const mailItem = options.mailItem ?? createMailItemAdapter(options.office);
  // Office answers while React renders the pane's frame.
  const firstRead = options.firstRead ?? startMeetingRead(mailItem);
  const locale = mailItem.displayLanguage() ?? 'en';
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const loadGraph = () => loadGraphPorts(options.office, params, options.fetch);
  const demoTheme = params.get('theme');
  const follow = demoTheme ? undefined : options.office;
  const render = (theme: Theme) =>
    reactRootOf(root).render(<PaneRoot mailItem={mailItem} firstRead={firstRead} locale={locale} theme={theme} office={follow} timeZone={timeZone} loadGraph={loadGraph} />);
  // The demo's `theme=`, else Outlook's own theme (Mailbox 1.14), else the default one. A dark or high-contrast theme
  // loads first, so the pane never flashes light.
  const theme = loadFrameTheme(demoTheme ? frameThemeOf(demoTheme) : officeThemeIsDark(options.office) ? 'dark' : 'default');
  if (theme instanceof Promise) void theme.then(render, () => render(loadFrameTheme('default') as Theme));
  else render(theme);
}
