import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../e2e/support/chromium';
import { createDemoTokenProvider } from '../../src/adapters/auth/demo-token-provider';
import { createGraphAdapters } from '../../src/adapters/graph';
import { reset } from '../../tools/graph-emulator/control-client';
import { median, type Figure } from './figures';

/**
 * Time to first useful render in headless Chromium, against the demo server and the Graph emulator: the moment the
 * page shows what it is for, taken in the page (a MutationObserver installed before any script runs records
 * `performance.now()` when the element first has a size and reports it on the console), so Playwright neither polls
 * nor evaluates anything in the page while it is measured. Each load is a fresh browser context (empty cache); pages are loaded in turn so machine noise falls on all of them alike.
 *
 * The task pane is measured as Outlook loads it: the production taskpane.html, its own page, whose head loads
 * Office.js from Microsoft's CDN. That one request is routed to the demo's Office stand-in built as a script
 * (tools/outlook-simulator/office-js-stand-in.ts), which answers every Office call after 30 ms, as a host round trip takes,
 * and resolves Office.onReady one round trip after it loaded (Office.js's handshake with the host). The pane's own
 * work is all inside the time: its entry and the UI chunk the page preloads, the handshake, reading the meeting
 * through the 3-call Office queue, rendering (the pane starts Graph and config.json only once the preview shows).
 * Not measured: the demo's compose simulator (/outlook.html), whose compose form, own script and seeded-meeting Graph
 * lookup stand in for Outlook itself and are no cost of the pane (docs/performance.md, "The task pane's first useful
 * render"). Office.js's own download is not counted either, as the bundle figures leave it out: it is Microsoft's,
 * cached across add-ins.
 */
export interface PageProbe {
  name: string;
  path: string;
  /** CSS selector of the first useful content. */
  selector: string;
  /** The page loads Office.js: serve the Office stand-in in its place, with the 1:1's other person from the seed. */
  office?: boolean;
}

export const BASELINE: PageProbe = { name: 'baseline page', path: '/baseline.html', selector: 'button' };
export const PANE: PageProbe = { name: 'task pane (agenda preview)', path: '/taskpane.html', selector: '[data-testid="agenda-preview"] h2', office: true };
export const TAB: PageProbe = { name: 'Teams tab (team cards)', path: '/teams.html', selector: 'article, [role="article"]' };
/**
 * The floors (tests/bench/pages): each surface's own waits with no UI at all, the pane's Office handshake and meeting
 * read, the tab's config.json and two Graph rounds. A surface's first render can come no earlier, so the floor's
 * ratio says how much of a budget is left for the UI.
 */
export const PANE_FLOOR: PageProbe = { name: 'task pane floor (Office only, no UI)', path: '/pane-floor.html', selector: PANE.selector, office: true };
export const TAB_FLOOR: PageProbe = { name: 'Teams tab floor (Graph only, no UI)', path: '/tab-floor.html', selector: TAB.selector };
const FLOOR_OF = new Map([
  [PANE.name, PANE_FLOOR],
  [TAB.name, TAB_FLOOR],
]);

/** What each surface's UI may add after its floor, median ms (issue 21). */
export const PANE_UI_BUDGET_MS = 40;
export const TAB_UI_BUDGET_MS = 80;

/** Per Office callback, ms (the stand-in's default; stated in the figure's note). */
export const OFFICE_LATENCY_MS = 30;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_NOTE = `taskpane.html, Office stand-in: ${OFFICE_LATENCY_MS} ms per Office call and handshake`;

/** Where a page expects Office.js: the stand-in script of the build, and the 1:1's other person (the seed's first report). */
export interface OfficeStandIn {
  script: string;
  attendee: string;
}

export function standInScript(distDir: string): string {
  const file = readdirSync(distDir).find((name) => /^office-stand-in\.[0-9a-f]+\.js$/.test(name) || name === 'office-stand-in.js');
  if (!file) throw new Error(`no office-stand-in script in ${distDir}: the build has no demo pages`);
  return readFileSync(join(distDir, file), 'utf8');
}

/** The signed-in manager's first report, as the simulator page puts them in its meeting. */
export async function firstReportOf(graphUrl: string): Promise<string> {
  const graph = createGraphAdapters({ config: { graphBaseUrl: graphUrl }, tokens: createDemoTokenProvider(null) });
  const report = (await graph.directory.team()).reports[0];
  if (!report) throw new Error('the seed has no direct report to organise a 1:1 with');
  return `${report.displayName} <${report.mail}>`;
}

async function routeOffice(context: BrowserContext, office: OfficeStandIn): Promise<void> {
  // The last route registered is asked first: nothing leaves for the internet but Office.js, which is the stand-in.
  await context.route(/^https:\/\//, (route) => route.abort());
  await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: office.script }));
}

const pathOf = (probe: PageProbe, office: OfficeStandIn | null) =>
  probe.office && office ? `${probe.path}?${new URLSearchParams({ attendee: office.attendee, latency: String(OFFICE_LATENCY_MS) })}` : probe.path;

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS });

interface Load {
  /** ms from navigation start to the first useful render. */
  firstRenderMs: number;
  /** Epoch ms of that moment, to cut the emulator's request log. */
  renderedAt: number;
}

/** The console message by which a page reports its first useful render (see `loadOnce`). */
const RENDERED = 'rapport-bench-first-render';

/**
 * `afterRender` runs with the page still open (a figure that watches what the page asks for after its first render).
 *
 * The page reports its first render with a console message that the browser sends over the DevTools protocol, and
 * nothing is evaluated in the page while it loads. Waiting with `page.waitForFunction` (and `page.goto` to the load
 * event) made Playwright evaluate its own injected script in the page, 13–40 ms of main-thread work that landed in
 * the middle of the measured window, most often in the tab's (docs/performance.md, "Nothing of the harness in the
 * measured window").
 */
export async function loadOnce(browser: Browser, baseUrl: string, probe: PageProbe, office: OfficeStandIn | null = null, afterRender?: () => Promise<void>): Promise<Load> {
  const context = await browser.newContext();
  try {
    if (probe.office) {
      if (!office) throw new Error(`${probe.path} needs Office.js: no stand-in given`);
      await routeOffice(context, office);
    }
    const page = await context.newPage();
    // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
    await page.addInitScript(`(() => {
      const selector = ${JSON.stringify(probe.selector)};
      let seen = false;
      const observer = new MutationObserver(() => {
        const el = document.querySelector(selector);
        if (!seen && el && el.getBoundingClientRect().height > 0) {
          seen = true;
          const ms = performance.now();
          observer.disconnect();
          console.debug(${JSON.stringify(RENDERED)} + ' ' + ms + ' ' + performance.timeOrigin);
        }
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    })();`);
    const rendered = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(`${RENDERED} `), timeout: 30_000 });
    await page.goto(`${baseUrl}${pathOf(probe, office)}`, { waitUntil: 'commit' });
    const [, ms, origin] = (await rendered).text().split(' ').map(Number);
    if (!Number.isFinite(ms) || !Number.isFinite(origin)) throw new Error(`${probe.path}: unreadable first-render report`);
    await afterRender?.();
    return { firstRenderMs: ms as number, renderedAt: (origin as number) + (ms as number) };
  } finally {
    await context.close();
  }
}

export async function firstRenderFigures(browser: Browser, baseUrl: string, graphUrl: string, loads: number, distDir: string): Promise<Figure[]> {
  const probes = [BASELINE, PANE, PANE_FLOOR, TAB, TAB_FLOOR];
  const times = new Map<string, number[]>(probes.map((p) => [p.name, []]));
  await reset(graphUrl);
  const office: OfficeStandIn = { script: standInScript(distDir), attendee: await firstReportOf(graphUrl) };
  for (let i = 0; i < loads; i += 1) {
    for (const probe of probes) {
      await reset(graphUrl);
      times.get(probe.name)?.push((await loadOnce(browser, baseUrl, probe, office)).firstRenderMs);
    }
  }
  const base = median(times.get(BASELINE.name) ?? []);
  // The budgets count what the UI adds after its floor, from the same run (issue 21): a ratio to the bare baseline
  // page mostly measured the host's own waits. The ratios, the floors and the baseline stay as context.
  const figure = (probe: PageProbe, uiBudgetMs: number): Figure[] => {
    const ms = median(times.get(probe.name) ?? []);
    const floor = FLOOR_OF.get(probe.name) as PageProbe;
    const floorMs = median(times.get(floor.name) ?? []);
    return [
      {
        group: 'first useful render',
        figure: `${probe.name}: UI time after its floor (median of ${loads})`,
        unit: 'ms',
        value: ms - floorMs,
        budget: { kind: 'max', limit: uiBudgetMs },
        baseline: null,
        note: `${ms.toFixed(0)} ms to first render, ${floorMs.toFixed(0)} ms of it the floor${probe.office ? ` (${OFFICE_NOTE})` : ''}`,
      },
      { group: 'first useful render', figure: `${probe.name}, median of ${loads}`, unit: 'ms', value: ms, budget: null, baseline: base, baselineLabel: 'baseline page' },
      { group: 'first useful render', figure: `${probe.name}, ratio to baseline`, unit: '×', value: ms / base, budget: null, baseline: 1 },
      { group: 'first useful render', figure: `${floor.name}, median of ${loads}`, unit: 'ms', value: floorMs, budget: null, baseline: base, baselineLabel: 'baseline page' },
      { group: 'first useful render', figure: `${floor.name}, ratio to baseline`, unit: '×', value: floorMs / base, budget: null, baseline: 1 },
    ];
  };
  return [...figure(PANE, PANE_UI_BUDGET_MS), ...figure(TAB, TAB_UI_BUDGET_MS)];
}
