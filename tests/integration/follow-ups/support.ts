import { createDemoTokenProvider } from '../../../src/adapters/auth/demo-token-provider';
import { createGraphAdapters, type GraphAdapters } from '../../../src/adapters/graph';
import type { Clock } from '../../../src/domain/model/clock';
import type { Person, Team } from '../../../src/domain/model/people';
import { syncFollowUps, type SyncRequest } from '../../../src/features/follow-up-sync/engine/sync-follow-ups';
import { followUpsOfRows } from '../../../src/features/follow-up-sync/engine/follow-up';
import type { FollowUpRow, MeetingRef, SyncSummary } from '../../../src/features/follow-up-sync/engine/types';
import { startEmulator, type RunningEmulator } from '../../../tools/graph-emulator';
import { requests, type EmulatorState } from '../../../tools/graph-emulator/control-client';
import type { RequestLogEntry } from '../../../tools/graph-emulator';

export const NOW = '2026-11-23T08:00:00Z';

export const startFollowUpEmulator = (): Promise<RunningEmulator> => startEmulator({ port: 0, now: NOW });

/** A test file's own emulator and the seeded team, started before its tests and closed after them. */
export function followUpTenant(): { readonly url: string; readonly team: Team } {
  let emulator: RunningEmulator | undefined;
  let team: Team | undefined;
  beforeAll(async () => {
    emulator = await startFollowUpEmulator();
    team = await pageAdapters(emulator.url).directory.team();
  });
  afterAll(() => emulator?.close());
  return {
    get url() {
      if (!emulator) throw new Error('the emulator starts in beforeAll');
      return emulator.url;
    },
    get team() {
      if (!team) throw new Error('the team is read in beforeAll');
      return team;
    },
  };
}

/** A clock the test moves (leases expire by it). */
export const movableClock = (at = NOW): Clock & { advance(ms: number): void } => {
  let now = Date.parse(at);
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
};

/**
 * One page's Graph adapters through the real pipeline. Waits are skipped (Retry-After and backoff still decide
 * what is retried, not how long the test takes). `fetch` can be wrapped to lose an answer after Graph applied it.
 */
export function pageAdapters(url: string, options: { fetch?: typeof fetch } = {}): GraphAdapters {
  return createGraphAdapters({
    config: { graphBaseUrl: url },
    tokens: createDemoTokenProvider(),
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** Synthetic past 1:1s of the seeded manager with one report each (the engine reads nothing else of them). */
export const meetingOf = (report: Person, day: string, hour = '09'): MeetingRef => ({
  iCalUId: `it-${report.id}-${day}-${hour}`,
  eventId: `event-${report.id}-${day}-${hour}`,
  subject: `1:1 ${report.displayName}`,
  start: `${day}T${hour}:00:00.000Z`,
  end: `${day}T${hour}:30:00.000Z`,
  timeZone: 'Europe/Stockholm',
  webLink: 'https://outlook.office.com/calendar/item/it',
  reportId: report.id,
  reportName: report.displayName,
});

export async function requestOf(team: Team, meetings: Array<[MeetingRef, FollowUpRow[]]>): Promise<SyncRequest> {
  return {
    manager: team.manager,
    reports: team.reports,
    meetings: await Promise.all(
      meetings.map(async ([meeting, rows]) => ({ meeting, followUps: await followUpsOfRows(meeting, rows, team.manager.id), unreadable: [] })),
    ),
  };
}

export const sync = (adapters: GraphAdapters, request: SyncRequest, session: string, clock: Clock, run = 'r'): Promise<SyncSummary> =>
  syncFollowUps({ tasks: adapters.tasks, document: adapters.managerDocument }, request, { holder: { session, run }, clock });

/** Every create of a task the log holds, top level or inside a $batch, in order. */
export function createsIn(log: RequestLogEntry[]): Array<{ seq: number; title: string; planId: string; startDateTime: string; status: number }> {
  const out: Array<{ seq: number; title: string; planId: string; startDateTime: string; status: number }> = [];
  for (const entry of log) {
    const items = entry.path.endsWith('/$batch') ? (entry.batchItems ?? []) : [{ method: entry.method, url: entry.path, status: entry.status, requestBody: entry.requestBody }];
    for (const item of items) {
      if (item.method !== 'POST' || !/\/planner\/tasks$/.test(item.url.split('?')[0] ?? '')) continue;
      const body = (item.requestBody ?? {}) as { title?: string; planId?: string; startDateTime?: string };
      out.push({ seq: entry.seq, title: body.title ?? '', planId: body.planId ?? '', startDateTime: new Date(body.startDateTime ?? 0).toISOString(), status: item.status });
    }
  }
  return out;
}

/** Listings of a plan's tasks in the log (the reconcile step), by plan id. */
export function listingsIn(log: RequestLogEntry[]): Array<{ seq: number; planId: string }> {
  const out: Array<{ seq: number; planId: string }> = [];
  for (const entry of log) {
    const items = entry.path.endsWith('/$batch') ? (entry.batchItems ?? []) : [{ method: entry.method, url: entry.path }];
    for (const item of items) {
      const match = /\/planner\/plans\/([^/?]+)\/tasks/.exec(item.url);
      if (item.method === 'GET' && match?.[1]) out.push({ seq: entry.seq, planId: decodeURIComponent(match[1]) });
    }
  }
  return out;
}

/** The tasks in the emulator's state that answer a follow-up (same plan, start and title). */
export const tasksMatching = (state: EmulatorState, planId: string, start: string, title: string) =>
  state.tasks.filter((t) => t.planId === planId && t.startDateTime != null && Date.parse(String(t.startDateTime)) === Date.parse(start) && t.title === title);

export const logSince = (url: string, seq: number) => requests(url, seq);
