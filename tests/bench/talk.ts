/**
 * Talk share from Teams transcripts: the analysis of a 2-hour transcript (reader and analysis, median of runs after a
 * warm-up) and the sequential Graph rounds to show one report's talk trend over 10 1:1s, first measurement (nothing
 * stored yet) and again (figures in the manager's document), against the emulator.
 */
import { createDemoTokenProvider } from '../../src/adapters/auth/demo-token-provider';
import { createGraphAdapters } from '../../src/adapters/graph';
import { analyseTalk, readVtt } from '../../src/domain/talk';
import { figuresOfMeasured, measureOutcome, withMeasuredTalk } from '../../src/features/talk-check/measure';
import { startEmulator } from '../../tools/graph-emulator';
import { controlOf } from '../support/graph-harness';
import { isClientRequest, sequentialRounds, windowOf } from '../support/request-rounds';
import type { RequestLogEntry } from '../../tools/graph-emulator';
import { median, type Figure } from './figures';

export const ANALYSIS_BUDGET_MS = 50;
export const TREND_ROUNDS_BUDGET = 2;
const NOW = '2026-11-23T08:00:00.000Z';
const PAIR = { manager: { name: 'Dana Levi', address: 'dana@contoso.com' }, report: { name: 'Sara Nilsson', address: 'sara@contoso.com' } };

/** Two hours of 1:1: a cue every 3–9 s, mostly two voices, sometimes overlapping, now and then a third or none. */
export function twoHourTranscript(): string {
  const ts = (ms: number) => new Date(ms).toISOString().slice(11, 23);
  const voices = ['Dana Levi', 'Sara Nilsson', 'Dana Levi', 'Sara Nilsson', 'Michael Shapiro', null];
  const lines = ['WEBVTT', ''];
  for (let at = 0, i = 0; at < 7_200_000; i += 1) {
    const length = 3000 + ((i * 7919) % 6000);
    const voice = voices[(i * 31) % voices.length];
    lines.push(`${i}`, `${ts(at)} --> ${ts(at + length + (i % 5 === 0 ? 800 : 0))}`, `${voice ? `<v ${voice}>` : ''}So what do you think about the next quarter? I think we should look at it.${voice ? '</v>' : ''}`, '');
    at += length;
  }
  return lines.join('\n');
}

export function analysisFigure(runs: number): Figure {
  const text = twoHourTranscript();
  const once = () => {
    const started = performance.now();
    const reading = readVtt(text);
    analyseTalk(reading.cues, PAIR, reading);
    return performance.now() - started;
  };
  once();
  const times = Array.from({ length: runs }, once);
  return { group: 'talk', figure: `analysis of a 2-hour transcript (${Math.round(text.length / 1024)} kB)`, unit: 'ms', value: median(times), budget: { kind: 'max', limit: ANALYSIS_BUDGET_MS }, baseline: null };
}

/** Sequential rounds for 10 past 1:1s with Noa (weekly Teams meeting with transcripts). */
export async function trendRoundsFigures(): Promise<Figure[]> {
  const emulator = await startEmulator({ port: 0, now: NOW });
  try {
    const control = controlOf(emulator.url);
    const graph = createGraphAdapters({ config: { graphBaseUrl: emulator.url }, tokens: createDemoTokenProvider(null) });
    const team = await graph.directory.team();
    const noa = team.reports.find((r) => r.displayName === 'Noa Cohen')!;
    const events = (await graph.calendar.listEvents({ start: new Date(Date.parse(NOW) - 84 * 86_400_000).toISOString(), end: NOW }))
      .filter((e) => e.end <= NOW && e.isOrganizer && e.attendees.filter((a) => a.type !== 'resource').map((a) => a.address).join() === noa.mail)
      .slice(-10);
    const roundsOf = async (work: () => Promise<unknown>) => {
      const before = (await control.requests()).at(-1)?.seq ?? 0;
      await work();
      const log = (await control.requests(before)) as unknown as RequestLogEntry[];
      return sequentialRounds(log.filter(isClientRequest).map(windowOf));
    };
    const requests = events.map((e) => ({ key: e.iCalUId, joinUrl: e.joinUrl ?? null, start: e.start, end: e.end }));
    const pair = { manager: { name: team.manager.displayName, address: team.manager.mail }, report: { name: noa.displayName, address: noa.mail } };
    let outcomes: Awaited<ReturnType<typeof graph.transcripts.transcripts>> = [];
    const first = await roundsOf(async () => (outcomes = await graph.transcripts.transcripts(requests)));
    const figures = figuresOfMeasured(outcomes.map((o) => measureOutcome(o, pair)));
    await graph.managerDocument.update((doc) => withMeasuredTalk(doc, noa.id, figures));
    // Again, as the Talk page does it: the document (read here; the tab has it already), then only unmeasured 1:1s.
    const again = await roundsOf(async () => {
      const stored = (await graph.managerDocument.read()).reports[noa.id]?.talkMeasured ?? {};
      const missing = requests.filter((r) => stored[r.key] === undefined);
      if (missing.length) await graph.transcripts.transcripts(missing);
    });
    return [
      { group: 'talk', figure: `Graph rounds to show a report's talk trend, ${events.length} 1:1s, first measurement`, unit: '', value: first, budget: { kind: 'max', limit: TREND_ROUNDS_BUDGET }, baseline: null, note: 'lookup by join URL, transcript listing, contents: three $batch rounds, each one envelope; Graph has no documented way to list transcripts by join URL in one call' },
      { group: 'talk', figure: `Graph rounds to show it again (figures in the manager's document)`, unit: '', value: again, budget: { kind: 'max', limit: TREND_ROUNDS_BUDGET }, baseline: null, note: 'measured 1:1s are never read again; the rounds counted are the document read (item, then its content), which the tab has already made' },
    ];
  } finally {
    await emulator.close();
  }
}
