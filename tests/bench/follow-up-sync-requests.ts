/**
 * Requests per follow-up of the exactly-once sync, through the real pipeline and gateways against the emulator:
 * the seeded team's first and second sync, then 24 follow-ups into existing pair plans without faults, with
 * apply-then-fail 504s, and with a 429 storm. Counts HTTP round trips and $batch items from the emulator's log.
 * Run: `npx tsx tests/bench/follow-up-sync-requests.ts`. It reports figures; it asserts nothing.
 */
import { createDemoTokenProvider } from '../../src/adapters/auth/demo-token-provider';
import { createGraphAdapters } from '../../src/adapters/graph';
import { fixedClock } from '../../src/domain/model/clock';
import { collectFollowUps, followUpsOfRows, readNextStepsFromBody, syncFollowUps, type MeetingFollowUps } from '../../src/features/follow-up-sync';
import { startEmulator, type FaultRule } from '../../tools/graph-emulator';
import { requests, reset, setFaults } from '../../tools/graph-emulator/control-client';

const NOW = '2026-11-23T08:00:00Z';
const clock = fixedClock(NOW);

async function main() {
  const emulator = await startEmulator({ port: 0, now: NOW });
  const page = () => createGraphAdapters({ config: { graphBaseUrl: emulator.url }, tokens: createDemoTokenProvider(), sleep: () => new Promise((r) => setImmediate(r)) });
  const seqNow = async () => (await requests(emulator.url, 0)).at(-1)?.seq ?? 0;
  const measure = async (since: number) => {
    const log = await requests(emulator.url, since);
    return { roundTrips: log.length, items: log.reduce((n, e) => n + (e.batchItems?.length ?? 1), 0) };
  };
  const run = async (label: string, meetings: MeetingFollowUps[], session: string) => {
    const graph = page();
    const team = await graph.directory.team();
    const since = await seqNow();
    const summary = await syncFollowUps({ tasks: graph.tasks, document: graph.managerDocument }, { manager: team.manager, reports: team.reports, meetings }, { holder: { session, run: label }, clock });
    const figures = await measure(since);
    const count = meetings.reduce((n, m) => n + m.followUps.length, 0);
    const created = summary.meetings.reduce((n, m) => n + m.created.length, 0);
    const adopted = summary.meetings.reduce((n, m) => n + m.adopted.length, 0);
    console.warn(
      `${label.padEnd(44)} follow-ups ${String(count).padStart(3)}  created ${String(created).padStart(3)}  adopted ${String(adopted).padStart(3)}  ` +
        `round trips ${String(figures.roundTrips).padStart(4)} (${(figures.roundTrips / Math.max(count, 1)).toFixed(2)}/follow-up)  ` +
        `requests incl. batch items ${String(figures.items).padStart(4)} (${(figures.items / Math.max(count, 1)).toFixed(2)}/follow-up)  ${summary.status}`,
    );
  };

  // The demo: the seeded team's past 1:1s (4 weeks), read and synced; then the same again.
  {
    const graph = page();
    const team = await graph.directory.team();
    const since = await seqNow();
    const meetings = await collectFollowUps(graph.calendar, team, await graph.managerDocument.read(), readNextStepsFromBody, { clock, timeZone: 'Europe/Stockholm' });
    const read = await measure(since);
    console.warn(`reading ${meetings.length} past 1:1s (calendarView + bodies): ${read.roundTrips} round trips, ${read.items} requests incl. batch items`);
    await run('seed: first sync (2 pair plans made)', meetings, 'demo');
    await run('seed: second sync (nothing new)', meetings, 'demo');
  }

  // 24 follow-ups in 6 meetings with the four reports that already have a pair plan.
  const synthetic = async () => {
    const team = await page().directory.team();
    const withPlans = team.reports.filter((r) => ['Noa', 'Erik', 'James', 'Olivia'].some((n) => r.displayName.startsWith(n)));
    return Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const report = withPlans[i % withPlans.length]!;
        const meeting = { iCalUId: `bench-${i}`, eventId: `bench-${i}`, subject: `1:1 ${report.displayName}`, start: `2026-11-${10 + i}T09:00:00Z`, end: `2026-11-${10 + i}T09:30:00Z`, timeZone: 'Europe/Stockholm', webLink: null, reportId: report.id, reportName: report.displayName };
        const rows = Array.from({ length: 4 }, (_, j) => ({ ownerId: j === 0 ? team.manager.id : report.id, what: `Bench follow-up ${i}.${j}`, due: '2026-11-30' }));
        return { meeting, followUps: await followUpsOfRows(meeting, rows, team.manager.id), unreadable: [] };
      }),
    );
  };
  const scenarios: Array<[string, FaultRule[]]> = [
    ['24 follow-ups, no faults', []],
    ['24 follow-ups, 30% creates 504 after apply', [{ method: 'POST', path: '^/planner/tasks$', status: 504, applyThenFail: true, rate: 0.3 }]],
    ['24 follow-ups, 30% creates 429', [{ method: 'POST', path: '^/planner/tasks$', status: 429, retryAfter: 1, rate: 0.3 }]],
  ];
  for (const [label, rules] of scenarios) {
    await reset(emulator.url, { now: NOW });
    if (rules.length) await setFaults(emulator.url, rules, 42);
    await run(label, await synthetic(), 'bench');
  }
  await emulator.close();
}

void main();
