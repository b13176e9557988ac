import { Client, HTTPMessageHandler, RedirectHandler, RetryHandler, TelemetryHandler } from '@microsoft/microsoft-graph-client';
import { createDemoTokenProvider } from '../../src/adapters/auth/demo-token-provider';
import { createGraphAdapters } from '../../src/adapters/graph';
import type { Person, Team } from '../../src/domain/model/people';
import { syncFollowUps, type SyncRequest } from '../../src/features/follow-up-sync/engine/sync-follow-ups';
import { followUpsOfRows } from '../../src/features/follow-up-sync/engine/follow-up';
import type { MeetingRef } from '../../src/features/follow-up-sync/engine/types';
import { ensurePairs } from '../../src/features/follow-up-sync/engine/pairs';
import { startEmulator, type FaultRule } from '../../tools/graph-emulator';
import { clearFaults, lastSeq, requests, reset, setFaults, state, type EmulatorState } from '../../tools/graph-emulator/control-client';
import type { Figure } from './figures';

/**
 * Follow-up sync at scale: N follow-ups across M past 1:1s, through Rapport's engine and pipeline, fault-free and
 * with faults; beside a naive client in the same run (one POST per follow-up through the Graph SDK's default client,
 * whose RetryHandler also retries a POST that Graph already applied). Duplicates and lost follow-ups are read from
 * the emulator's state, round trips from its request log.
 *
 * The emulator applies one fault rule per request (the first that matches; a missed roll lets the request through),
 * so "20 % faults" is 20 % of each kind of request: task creates answer 504 after applying, reads 429 with
 * Retry-After 1 s, writes 503; faulted requests also wait 0–500 ms, and everything else waits 0–500 ms.
 */
const NOW = '2026-11-23T08:00:00Z';
const LATENCY: [number, number] = [0, 500];
export const FAULTS: FaultRule[] = [
  { method: 'POST', path: '^/planner/tasks$', status: 504, applyThenFail: true, rate: 0.2, latencyMs: LATENCY },
  { method: 'GET', path: '.*', status: 429, retryAfter: 1, rate: 0.2, latencyMs: LATENCY },
  { method: 'PATCH', path: '.*', status: 503, rate: 0.2, latencyMs: LATENCY },
  { method: 'PUT', path: '.*', status: 503, rate: 0.2, latencyMs: LATENCY },
  { path: '.*', latencyMs: LATENCY },
];
const FAULT_SEED = 20261123;
/** Budgets of issue 21: what the sync of 200 follow-ups may cost, beside the naive client measured in the same run. */
export const SYNC_REQUESTS_BUDGET = 40;
export const SYNC_TIME_RATIO_BUDGET = 1.5;

interface Outcome {
  /** Requests of the first sync's one-off part: finding the pair plans and making the missing ones. */
  pairRequests: number;
  duplicates: number;
  lost: number;
  roundTrips: number;
  ms: number;
  pending: number;
}

const day = (offset: number) => new Date(Date.parse(NOW) + offset * 86_400_000).toISOString().slice(0, 10);

function meetingOf(report: Person, index: number): MeetingRef {
  const date = day(-1 - index);
  return {
    iCalUId: `bench-${report.id}-${date}`,
    eventId: `bench-event-${report.id}-${date}`,
    subject: `1:1 ${report.displayName}`,
    start: `${date}T09:00:00.000Z`,
    end: `${date}T09:30:00.000Z`,
    timeZone: 'Europe/Stockholm',
    webLink: 'https://outlook.office.com/calendar/item/bench',
    reportId: report.id,
    reportName: report.displayName,
  };
}

async function requestFor(team: Team, meetings: number, perMeeting: number): Promise<SyncRequest> {
  const list = await Promise.all(
    Array.from({ length: meetings }, async (_, m) => {
      const report = team.reports[m % team.reports.length] as Person;
      const meeting = meetingOf(report, m);
      const rows = Array.from({ length: perMeeting }, (_, f) => ({
        ownerId: f % 2 ? team.manager.id : report.id,
        what: `Follow-up ${f + 1} of 1:1 ${m + 1}: ${f % 2 ? 'check the budget with finance' : 'send the account plan'}`,
        due: day(-1 - m + 3 + f),
      }));
      return { meeting, followUps: await followUpsOfRows(meeting, rows, team.manager.id), unreadable: [] };
    }),
  );
  return { manager: team.manager, reports: team.reports, meetings: list };
}

const sameStart = (a: unknown, b: string) => a != null && Date.parse(String(a)) === Date.parse(b);

/** Tasks per follow-up in a plan: 0 = lost, more than 1 = duplicates. */
function count(now: EmulatorState, expected: Array<{ planId: string; start: string; title: string }>, pending = new Set<string>()): { duplicates: number; lost: number } {
  let duplicates = 0;
  let lost = 0;
  for (const e of expected) {
    const n = now.tasks.filter((t) => t.planId === e.planId && sameStart(t.startDateTime, e.start) && t.title === e.title).length;
    if (n === 0 && !pending.has(e.title)) lost += 1; // a follow-up reported as pending is shown, not lost
    duplicates += Math.max(0, n - 1);
  }
  return { duplicates, lost };
}

async function graphRequests(url: string, since: number): Promise<number> {
  return (await requests(url, since)).filter((e) => !e.path.startsWith('/_emulator')).length;
}

/**
 * The measured sync writes into pair plans that exist, as the naive client does: the plans a report's first sync
 * makes (roster, members, plan, buckets, label; once per report in a manager's life) are made first, by a page of
 * its own, and their requests are reported beside the sync's.
 */
async function makePairPlans(url: string, request: SyncRequest): Promise<number> {
  const since = await lastSeq(url);
  const graph = createGraphAdapters({ config: { graphBaseUrl: url }, tokens: createDemoTokenProvider() });
  const reportIds = new Set(request.meetings.map((m) => m.meeting.reportId));
  await ensurePairs({ tasks: graph.tasks, document: graph.managerDocument }, await graph.managerDocument.read(), request.manager, request.reports.filter((r) => reportIds.has(r.id)));
  return graphRequests(url, since);
}

async function runEngine(url: string, request: SyncRequest, faults: boolean): Promise<Outcome> {
  await reset(url);
  const pairRequests = await makePairPlans(url, request);
  if (faults) await setFaults(url, FAULTS, FAULT_SEED);
  const since = await lastSeq(url);
  const graph = createGraphAdapters({ config: { graphBaseUrl: url }, tokens: createDemoTokenProvider() });
  const ports = { tasks: graph.tasks, document: graph.managerDocument };
  const clock = { now: () => new Date(NOW) };
  const started = performance.now();
  const summary = await syncFollowUps(ports, request, { holder: { session: `bench-${faults}`, run: 'r1' }, clock });
  const ms = performance.now() - started;
  const pendingTitles = new Set(summary.meetings.flatMap((m) => m.pending.map((p) => p.title)));
  const roundTrips = await graphRequests(url, since);
  await clearFaults(url);
  const now = await state(url);
  const doc = JSON.parse(now.files.find((f) => f.path.endsWith('state.json'))?.content ?? '{}') as { pairs?: Record<string, { planId: string }> };
  const expected = request.meetings.flatMap(({ meeting, followUps }) =>
    followUps.map((f) => ({ planId: doc.pairs?.[meeting.reportId]?.planId ?? '', start: meeting.start, title: f.title })),
  );
  return { ...count(now, expected, pendingTitles), pairRequests, roundTrips, ms, pending: pendingTitles.size };
}

async function runNaive(url: string, request: SyncRequest, faults: boolean): Promise<Outcome> {
  await reset(url);
  const plans = (await state(url)).plans.map((p) => String(p.id));
  if (faults) await setFaults(url, FAULTS, FAULT_SEED);
  const since = await lastSeq(url);
  // The SDK's default chain (retry with its default options, redirect, telemetry, fetch) without its authentication
  // handler, which strips the Authorization header from any host that is not an https Graph host (the emulator is
  // http); the header is set per request instead.
  const retry = new RetryHandler();
  const redirect = new RedirectHandler();
  const telemetry = new TelemetryHandler();
  retry.setNext(redirect);
  redirect.setNext(telemetry);
  telemetry.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: retry, baseUrl: `${url}/`, defaultVersion: 'v1.0' });
  const followUps = request.meetings.flatMap(({ meeting, followUps: list }) => list.map((f) => ({ meeting, f })));
  const expected = followUps.map(({ meeting, f }, i) => ({ planId: plans[i % plans.length] as string, start: meeting.start, title: f.title }));
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < expected.length) {
      const e = expected[next++] as (typeof expected)[number];
      try {
        await client.api('/planner/tasks').header('Authorization', 'Bearer demo').post({ planId: e.planId, title: e.title, startDateTime: e.start });
      } catch {
        // The naive client gives up on this follow-up after the SDK's retries.
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker)); // 4 in flight, like Rapport's pipeline
  const ms = performance.now() - started;
  const roundTrips = await graphRequests(url, since);
  await clearFaults(url);
  return { ...count(await state(url), expected), pairRequests: 0, roundTrips, ms, pending: 0 };
}

export async function followUpSyncFigures(options: { meetings: number; perMeeting: number }): Promise<Figure[]> {
  const emulator = await startEmulator({ port: 0, now: NOW });
  try {
    const team = await createGraphAdapters({ config: { graphBaseUrl: emulator.url }, tokens: createDemoTokenProvider() }).directory.team();
    const request = await requestFor(team, options.meetings, options.perMeeting);
    const clean = await runEngine(emulator.url, request, false);
    const faulty = await runEngine(emulator.url, request, true);
    const naiveClean = await runNaive(emulator.url, request, false);
    const naiveFaulty = await runNaive(emulator.url, request, true);
    const group = `follow-up sync (${options.meetings * options.perMeeting} follow-ups, ${options.meetings} 1:1s)`;
    const row = (figure: string, value: number, budget: Figure['budget'], baseline: number | null, unit = '', note?: string): Figure => ({
      group,
      figure,
      unit,
      value,
      budget,
      baseline,
      baselineLabel: baseline === null ? undefined : 'naive SDK client',
      note,
    });
    return [
      row('fault-free: duplicates', clean.duplicates, { kind: 'equals', limit: 0 }, naiveClean.duplicates),
      row('fault-free: lost', clean.lost, { kind: 'equals', limit: 0 }, naiveClean.lost),
      row('fault-free: HTTP requests (a $batch envelope counts one)', clean.roundTrips, { kind: 'max', limit: SYNC_REQUESTS_BUDGET }, naiveClean.roundTrips),
      row('fault-free: time, ratio to the naive client', clean.ms / naiveClean.ms, { kind: 'max', limit: SYNC_TIME_RATIO_BUDGET }, 1, '×', `${Math.round(clean.ms)} ms against ${Math.round(naiveClean.ms)} ms`),
      row('first sync only: finding and making the pair plans, HTTP requests', clean.pairRequests, null, null, '', 'made before the measured sync; once per report'),
      row('20% faults: duplicates', faulty.duplicates, { kind: 'equals', limit: 0 }, naiveFaulty.duplicates),
      row('20% faults: lost', faulty.lost, { kind: 'equals', limit: 0 }, naiveFaulty.lost, '', `${faulty.pending} shown as pending, for the next sync`),
      row('20% faults: round trips', faulty.roundTrips, null, naiveFaulty.roundTrips),
      row('20% faults: time ratio to fault-free', faulty.ms / clean.ms, null, naiveFaulty.ms / naiveClean.ms, '×', `${Math.round(faulty.ms)} ms`),
    ];
  } finally {
    await emulator.close();
  }
}
