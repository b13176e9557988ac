import { createDemoTokenProvider } from '../../../src/adapters/auth/demo-token-provider';
import { createGraphAdapters, type GraphAdapters } from '../../../src/adapters/graph';
import type { CalendarEvent } from '../../../src/domain/model/calendar';
import type { Team } from '../../../src/domain/model/people';
import type { TokenProvider } from '../../../src/ports/auth';
import type { TranscriptRequest } from '../../../src/ports/transcripts';

export const NOW = '2026-11-23T08:00:00Z';
const DAY = 86_400_000;

export function adapters(url: string, tokens: TokenProvider = createDemoTokenProvider()): GraphAdapters {
  return createGraphAdapters({ config: { graphBaseUrl: url }, tokens, sleep: () => new Promise((resolve) => setImmediate(resolve)) });
}

/** The past 1:1s (last 12 weeks) of the seeded manager with the report named, as the Talk page asks for them. */
export async function pastOneOnOnes(graph: GraphAdapters, reportName: string): Promise<{ team: Team; pair: { manager: { name: string; address: string }; report: { name: string; address: string } }; requests: TranscriptRequest[]; events: CalendarEvent[] }> {
  const team = await graph.directory.team();
  const report = team.reports.find((r) => r.displayName === reportName)!;
  const events = (await graph.calendar.listEvents({ start: new Date(Date.parse(NOW) - 84 * DAY).toISOString(), end: NOW })).filter(
    (e) => e.end <= NOW && e.isOrganizer && e.attendees.filter((a) => a.type !== 'resource').map((a) => a.address.toLowerCase()).join() === report.mail.toLowerCase(),
  );
  return {
    team,
    pair: { manager: { name: team.manager.displayName, address: team.manager.mail }, report: { name: report.displayName, address: report.mail } },
    requests: events.map((e) => ({ key: e.iCalUId, joinUrl: e.joinUrl ?? null, start: e.start, end: e.end })),
    events,
  };
}
