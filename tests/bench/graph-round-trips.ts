/**
 * Graph round trips of a typical Outlook pane open and Teams tab open on the default seed, through Rapport's real
 * pipeline and gateways against the emulator. Prints requests (HTTP round trips and $batch items) and wall time,
 * on loopback and with a simulated 80–120 ms Graph round trip. Run: `npx tsx tests/bench/graph-round-trips.ts`.
 * It reports figures; it asserts nothing about time.
 */
import { startEmulator } from '../../tools/graph-emulator';
import { createGraphAdapters, type GraphAdapters } from '../../src/adapters/graph';
import { createDemoTokenProvider } from '../../src/adapters/auth/demo-token-provider';
import { controlOf } from '../support/graph-harness';

const NOW = '2026-11-23T08:00:00.000Z';
const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.parse(NOW) + offsetDays * DAY).toISOString();

/** The pane: who is this with, what did we agree last time, what is open between us. */
async function paneOpen(graph: GraphAdapters) {
  const [team, doc, events] = await Promise.all([
    graph.directory.team(),
    graph.managerDocument.read(),
    graph.calendar.listEvents({ start: iso(-35), end: iso(7) }),
  ]);
  const report = team.reports[0]!;
  const previous = events.filter((e) => e.attendees.some((a) => a.address === report.mail) && e.end < NOW).at(-1);
  const known = doc.pairs[report.id];
  const [plan] = await Promise.all([
    graph.tasks.findPairPlan(team.manager, report, known ? { reportId: report.id, ...known } : undefined),
    previous ? graph.calendar.getBody(previous.id) : Promise.resolve(null),
  ]);
  if (plan) await graph.tasks.listTasks([plan.planId]);
}

/** The tab: every report, twelve weeks back and four ahead, cancellations, every pair plan and its tasks. */
async function tabOpen(graph: GraphAdapters) {
  const [team, , events] = await Promise.all([
    graph.directory.team(),
    graph.managerDocument.read(),
    graph.calendar.listEvents({ start: iso(-84), end: iso(28) }),
  ]);
  const masters = [...new Set(events.flatMap((e) => (e.seriesMasterId ? [e.seriesMasterId] : [])))];
  const [, plans] = await Promise.all([
    graph.calendar.cancellations(masters),
    Promise.all(team.reports.map((report) => graph.tasks.findPairPlan(team.manager, report))),
  ]);
  await graph.tasks.listTasks(plans.flatMap((p) => (p ? [p.planId] : [])));
}

async function measure(name: string, scenario: (graph: GraphAdapters) => Promise<void>, latency: boolean) {
  const emulator = await startEmulator({ port: 0, now: NOW });
  const control = controlOf(emulator.url);
  try {
    if (latency) await control.faults([{ path: '.*', inBatch: false, latencyMs: [80, 120] }]);
    const graph = createGraphAdapters({ config: { graphBaseUrl: emulator.url }, tokens: createDemoTokenProvider(null) });
    const started = performance.now();
    await scenario(graph);
    const ms = Math.round(performance.now() - started);
    const log = (await control.requests()).filter((r) => !r.path.startsWith('/_emulator/download'));
    const downloads = (await control.requests()).length - log.length;
    const items = log.reduce((sum, r) => sum + (r.batchItems?.length ?? 0), 0);
    const throttled = log.filter((r) => r.status === 429).length + log.flatMap((r) => r.batchItems ?? []).filter((i) => i.status === 429).length;
    return { scenario: name, latency: latency ? '80-120 ms' : 'loopback', roundTrips: log.length + downloads, batchItems: items, throttled, ms };
  } finally {
    await emulator.close();
  }
}

async function main() {
  const rows = [];
  for (const latency of [false, true]) {
    rows.push(await measure('pane open', paneOpen, latency));
    rows.push(await measure('tab open', tabOpen, latency));
  }
  // eslint-disable-next-line no-console -- a benchmark's output is its table
  console.table(rows);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

export { measure, paneOpen, tabOpen };
