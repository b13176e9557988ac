import type { Browser } from 'playwright-core';
import { clearFaults, lastSeq, requests, reset, setFaults } from '../../tools/graph-emulator/control-client';
import { isClientRequest, sequentialRounds, windowOf } from '../support/request-rounds';
import type { Figure } from './figures';
import { firstReportOf, loadOnce, PANE, standInScript, TAB, type OfficeStandIn, type PageProbe } from './first-render';

// What the pane and the tab ask Graph for before their first render, on the large seed (the loads themselves:
// first-render.ts).

/**
 * Opens the tab and leaves it until it has recorded the pair plans it found in the manager's document (the PUT of
 * state.json), so that the next open is a later open: the document exists and knows the pair plans.
 */
async function openTabUntilDocumentSaved(browser: Browser, baseUrl: string, graphUrl: string): Promise<void> {
  const since = await lastSeq(graphUrl);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${TAB.path}`);
    for (let waited = 0; waited < 30_000; waited += 250) {
      if ((await requests(graphUrl, since)).some((e) => e.method === 'PUT' && e.path.includes('state.json'))) return;
      await page.waitForTimeout(250);
    }
    throw new Error('the tab did not save its document within 30 s');
  } finally {
    await context.close();
  }
}

/**
 * One calendarView of the large seed before a measured load. The emulator shares one event loop: its first large
 * calendarView in a process runs cold (~120 ms of CPU, ~25 ms once warm) and holds back the requests that arrive
 * meanwhile, so a request the page sent in the same round could be logged as starting after another had ended.
 */
async function warmUp(graphUrl: string): Promise<void> {
  const now = Date.now();
  const window = new URLSearchParams({ startDateTime: new Date(now - 84 * 86_400_000).toISOString(), endDateTime: new Date(now + 28 * 86_400_000).toISOString(), $top: '500' });
  await (await fetch(`${graphUrl}/v1.0/me/calendarView?${window}`, { headers: { Authorization: 'Bearer demo' } })).arrayBuffer();
}

/** Graph requests up to the first useful render, on the large seed (12 reports, 26 weeks), each taking 50 ms. */
export async function graphTrafficFigures(browser: Browser, baseUrl: string, graphUrl: string, distDir: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  // The naive client: one request per report and kind of data (the pane: events, pair plan, tasks of the meeting's
  // report; the tab: the same plus the series' cancellations for each of the 12), plus me, my reports, my document.
  const naive = { [PANE.name]: 3 + 3, [TAB.name]: 12 * 4 + 3 };
  const measure = async (probe: PageProbe, office: OfficeStandIn | null, label: string) => {
    await warmUp(graphUrl);
    // 50 ms on every request, as a nearby Graph would take: on loopback, requests that were logically parallel can
    // finish before the next one starts and would be counted as sequential.
    await setFaults(graphUrl, [{ path: '.*', inBatch: false, latencyMs: [50, 50] }]);
    const since = await lastSeq(graphUrl);
    const load = await loadOnce(browser, baseUrl, probe, office).finally(() => clearFaults(graphUrl));
    // The drive's download URL counts: in a tenant it is a round trip to SharePoint.
    const log = (await requests(graphUrl, since)).filter((e) => isClientRequest(e) && windowOf(e).start <= load.renderedAt);
    const items = log.reduce((sum, e) => sum + (e.batchItems?.length ?? 0), 0);
    figures.push(
      { group: 'Graph to first render (large seed)', figure: `${label}: sequential rounds`, unit: '', value: sequentialRounds(log.map(windowOf)), budget: { kind: 'max', limit: 2 }, baseline: null },
      {
        group: 'Graph to first render (large seed)',
        figure: `${label}: HTTP requests`,
        unit: '',
        value: log.length,
        budget: null,
        baseline: naive[probe.name] ?? null,
        baselineLabel: 'naive: one per report per kind',
        note: `${items} $batch items`,
      },
    );
  };
  for (const probe of [PANE, TAB]) {
    await reset(graphUrl, { seed: 'large.json' });
    const office: OfficeStandIn | null = probe.office ? { script: standInScript(distDir), attendee: await firstReportOf(graphUrl) } : null;
    await measure(probe, office, probe.name);
  }
  // The tab again, once its document exists and knows the 12 pair plans (every open after the first).
  await openTabUntilDocumentSaved(browser, baseUrl, graphUrl);
  await measure(TAB, null, `${TAB.name}, later open`);
  return figures;
}
