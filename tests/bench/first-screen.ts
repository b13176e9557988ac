import type { Browser } from 'playwright-core';
import { createDemoTokenProvider } from '../../src/adapters/auth/demo-token-provider';
import { createGraphAdapters } from '../../src/adapters/graph';
import type { RequestLogEntry } from '../../tools/graph-emulator';
import { clearFaults, lastSeq, requests, reset, setFaults } from '../../tools/graph-emulator/control-client';
import { windowOf } from '../support/request-rounds';
import { loadOnce, TAB } from './first-render';
import type { Figure } from './figures';

/** How long the emulator holds every request for the slow report's pair plan (long beside any first render). */
export const HOLD_MS = 3000;
const FIGURE = 'Teams tab: first screen shown with the data that arrived first (no waiting for the slowest report)';

/** The first report of the default seed with a pair plan in Planner, and that plan. */
async function slowReport(graphUrl: string): Promise<{ name: string; planId: string }> {
  const graph = createGraphAdapters({ config: { graphBaseUrl: graphUrl }, tokens: createDemoTokenProvider(null) });
  const team = await graph.directory.team();
  for (const report of team.reports) {
    const plan = await graph.tasks.findPairPlan(team.manager, report);
    if (plan) return { name: report.displayName, planId: plan.planId };
  }
  throw new Error('no report of the seed has a pair plan to hold');
}

const asksFor = (entry: RequestLogEntry, planId: string) => entry.path.includes(planId) || (entry.batchItems ?? []).some((item) => item.url.includes(planId));

/**
 * The tab's first screen does not wait for the slowest report: one report's Planner data (every request for its pair
 * plan, alone or inside a `$batch`: buckets, tasks) is held by the emulator for HOLD_MS, and the team cards must be on
 * screen before that request has answered. The page stays open until the held request has ended, so the figure also
 * proves the tab asked for it (a tab that never asked would prove nothing).
 */
export async function firstScreenFigure(browser: Browser, baseUrl: string, graphUrl: string): Promise<Figure[]> {
  await reset(graphUrl);
  const slow = await slowReport(graphUrl);
  await reset(graphUrl);
  await setFaults(graphUrl, [{ path: `/planner/plans/${slow.planId}(/|$)`, latencyMs: [HOLD_MS, HOLD_MS] }]);
  const since = await lastSeq(graphUrl);
  let held: RequestLogEntry | undefined;
  const heldRequestEnded = async () => {
    for (let waited = 0; waited < HOLD_MS + 10_000 && !held; waited += 200) {
      held = (await requests(graphUrl, since)).find((entry) => asksFor(entry, slow.planId));
      if (!held) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const load = await loadOnce(browser, baseUrl, TAB, null, heldRequestEnded).finally(() => clearFaults(graphUrl));
  if (!held) throw new Error(`the tab never asked for ${slow.name}'s pair plan within ${HOLD_MS + 10_000} ms`);
  const heldEnd = windowOf(held).end;
  const shownFirst = load.renderedAt < heldEnd;
  return [
    {
      group: 'first useful render',
      figure: FIGURE,
      unit: '',
      value: shownFirst ? 1 : 0,
      valueText: shownFirst ? 'yes' : 'no',
      budget: { kind: 'equals', limit: 1 },
      baseline: null,
      note: `${slow.name}'s pair plan held ${HOLD_MS} ms by the emulator (alone or in a $batch): cards at ${load.firstRenderMs.toFixed(0)} ms, ${Math.round(heldEnd - load.renderedAt)} ms before the held request answered`,
    },
  ];
}
