import '../../support/node-globals-for-jsdom';
import { renderHook, waitFor } from '@testing-library/react';
import { fixedClock } from '../../../src/domain/model/clock';
import { useTeamData, type TeamDataSources } from '../../../src/features/team-dashboard/use-team-data';
import type { RequestLogEntry } from '../../../tools/graph-emulator';
import { requests, setFaults } from '../../../tools/graph-emulator/control-client';
import { startGraphHarness, type GraphHarness } from '../../support/graph-harness';
import { isClientRequest, sequentialRounds, windowOf } from '../../support/request-rounds';

/**
 * The Teams tab's data, through the real adapters against the emulator on the large seed (12 reports, 26 weeks):
 * how many sequential rounds of requests a manager waits through before the cards have what they show (team,
 * calendar with its cancellations, the document's settings), counted from the emulator's request log. Every request
 * takes 200 ms, so requests that are logically parallel overlap even on a busy machine (on loopback they could finish
 * before the next one starts, and the emulator shares this process's event loop). Counts, not times.
 */
const NOW = '2026-11-23T08:00:00.000Z';
jest.setTimeout(30_000);
let h: GraphHarness;
beforeAll(async () => {
  // The tab asks calendarView for pages of 500 (src/shell/teams-tab/use-services.ts): 16 weeks fit in one.
  h = await startGraphHarness({ browser: true, calendarPageSize: 500 });
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.control.reset({ seed: 'large.json', now: NOW });
  await setFaults(h.emulator.url, [{ path: '.*', inBatch: false, latencyMs: [200, 200] }]);
});

const sources = (): TeamDataSources => ({
  directory: h.adapters.directory,
  calendar: h.adapters.calendar,
  tasks: h.adapters.tasks,
  document: h.adapters.managerDocument,
  clock: fixedClock(NOW),
});

/** The rounds of these requests, or an error listing them (relative times) when there are more than `max`. */
function expectRounds(entries: RequestLogEntry[], max: number) {
  const rounds = sequentialRounds(entries.map(windowOf));
  if (rounds <= max) return;
  const zero = Math.min(...entries.map((e) => windowOf(e).start));
  const lines = entries.map((e) => `${Math.round(windowOf(e).start - zero)}–${Math.round(windowOf(e).end - zero)} ms ${e.method} ${e.path}`);
  throw new Error(`${rounds} sequential rounds, expected ≤ ${max}:\n${lines.join('\n')}`);
}

/** Opens the tab's data; resolves when the cards could show, with the rounds of requests started until then. */
async function openTab(source: TeamDataSources) {
  const since = (await requests(h.emulator.url)).at(-1)?.seq ?? 0;
  let shownAt: number | undefined;
  const hook = renderHook(() => {
    const data = useTeamData(source);
    // The cards show once the team, the calendar and the document (its extra subject words) are in (use-tab-state.ts).
    if (shownAt === undefined && data.people.status === 'ready' && data.calendar.status === 'ready' && data.document.status === 'ready') shownAt = Date.now();
    return data;
  });
  await waitFor(() => expect(shownAt).toBeDefined(), { timeout: 10_000 });
  const log = async () => (await requests(h.emulator.url, since)).filter(isClientRequest);
  const beforeCards = (await log()).filter((entry) => windowOf(entry).start <= (shownAt as number));
  return { hook, log, shownAt: shownAt as number, beforeCards };
}

describe('the Teams tab on the large seed', () => {
  it('first open (no document yet): the cards have their team and calendar after 2 rounds; the pair plans are found after', async () => {
    const source = sources();
    const { hook, log, shownAt, beforeCards } = await openTab(source);
    const { result } = hook;
    expectRounds(beforeCards, 2);
    expect(result.current.people.status === 'ready' && result.current.people.value.reports).toHaveLength(12);
    const calendar = result.current.calendar.status === 'ready' ? result.current.calendar.value : undefined;
    expect(calendar?.cancellations.some((c) => c.cancelledStarts.length > 0)).toBe(true);
    // Nothing of the task discovery ran ahead of the cards.
    expect(beforeCards.some((entry) => entry.path.includes('planner'))).toBe(false);

    await waitFor(() => expect(result.current.tasks.status).toBe('ready'), { timeout: 10_000 });
    const tasksAt = Date.now();
    const tasks = result.current.tasks.status === 'ready' ? result.current.tasks.value : undefined;
    expect(tasks?.discovered).toHaveLength(12);
    // Roster plans → their members → every plan's buckets (one batch) → every plan's tasks (one batch).
    const discovery = (await log()).filter((entry) => windowOf(entry).start >= shownAt && windowOf(entry).end <= tasksAt);
    expectRounds(discovery, 4);
    await waitFor(() => expect(Object.keys(result.current.document.status === 'ready' ? result.current.document.value.pairs : {})).toHaveLength(12), { timeout: 10_000 });
    hook.unmount();
  });

  it('a later open (the document knows the pair plans): still 2 rounds to the cards, then the tasks in one more', async () => {
    const first = await openTab(sources());
    await waitFor(() => expect(Object.keys(first.hook.result.current.document.status === 'ready' ? first.hook.result.current.document.value.pairs : {})).toHaveLength(12), { timeout: 10_000 });
    first.hook.unmount();

    const again = await openTab(sources());
    expectRounds(again.beforeCards, 2);
    await waitFor(() => expect(again.hook.result.current.tasks.status).toBe('ready'), { timeout: 10_000 });
    const after = await again.log();
    expect(after.some((entry) => entry.path.endsWith('/rosterPlans'))).toBe(false);
    const tasks = again.hook.result.current.tasks.status === 'ready' ? again.hook.result.current.tasks.value : undefined;
    expect(tasks?.pairs).toHaveLength(12);
    expect(tasks?.discovered).toHaveLength(0);
    again.hook.unmount();
  });
});
