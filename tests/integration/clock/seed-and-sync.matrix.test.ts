import { DateTime } from 'luxon';
import { emptyManagerDocument } from '../../../src/domain/model/document';
import { oneOnOnesIn } from '../../../src/domain/one-on-ones';
import { collectFollowUps } from '../../../src/features/follow-up-sync/engine/collect';
import { syncFollowUps } from '../../../src/features/follow-up-sync/engine/sync-follow-ups';
import { readNextStepsFromBody } from '../../../src/features/follow-up-sync/engine/reading';
import { reset, state } from '../../../tools/graph-emulator/control-client';
import { clockInstants } from '../../support/clock-matrix';
import { movableClock, pageAdapters, followUpTenant } from '../follow-ups/support';

/**
 * The seeded tenant at every instant of the clock matrix (tests/support/clock-matrix.ts): the seed's relative times,
 * the 1:1 classifier on what Graph returns, the follow-ups read from the past 1:1s' notes and their sync into
 * Planner, exactly once. Every answer must hold whatever the weekday, the hour and the machine's zone.
 */
const ZONE = 'Europe/Stockholm';
const tenant = followUpTenant();

describe.each(clockInstants())('the seeded tenant at $label ($iso)', ({ iso }) => {
  const now = Date.parse(iso);
  beforeEach(() => reset(tenant.url, { now: iso }));

  it('lists the upcoming 1:1s of the next two weeks, each with a report, inside the window, once', async () => {
    const end = new Date(now + 14 * 86_400_000).toISOString();
    const events = await pageAdapters(tenant.url).calendar.listEvents({ start: iso, end });
    const upcoming = oneOnOnesIn(events, tenant.team);
    for (const { event } of upcoming) {
      expect(Date.parse(event.end)).toBeGreaterThan(now);
      expect(Date.parse(event.start)).toBeLessThan(Date.parse(end));
    }
    expect(new Set(upcoming.map((o) => o.event.iCalUId || o.event.id)).size).toBe(upcoming.length);
    const withReports = new Set(upcoming.flatMap((o) => (o.classification.report ? [o.classification.report.displayName] : [])));
    // Five weekly series and two fortnightly ones: at least every weekly report is met in any two weeks.
    for (const name of ['Noa Cohen', 'Erik Lindqvist', 'Astrid Berg', 'James Carter', 'Olivia Brown']) expect(withReports).toContain(name);
  });

  it('reads the last weeks’ next steps, dated on or after their 1:1, and syncs each into Planner once', async () => {
    const adapters = pageAdapters(tenant.url);
    const clock = movableClock(iso);
    const meetings = await collectFollowUps(adapters.calendar, tenant.team, emptyManagerDocument(), readNextStepsFromBody, { clock, timeZone: ZONE });
    const titles = meetings.flatMap((m) => m.followUps.map((f) => f.title));
    // James's notes of one and two weeks ago are always inside the 28-day window, whatever the weekday.
    expect(titles).toEqual(expect.arrayContaining(['Prepare the Northwind technical workshop', 'Ask Michael about the certification budget']));
    for (const { meeting, followUps } of meetings) {
      expect(Date.parse(meeting.start)).toBeLessThanOrEqual(now);
      const meetingDay = DateTime.fromISO(meeting.start, { zone: meeting.timeZone }).toISODate()!;
      for (const f of followUps) if (f.due) expect(f.due >= meetingDay).toBe(true);
    }

    const request = { manager: tenant.team.manager, reports: tenant.team.reports, meetings };
    const ports = { tasks: adapters.tasks, document: adapters.managerDocument };
    const first = await syncFollowUps(ports, request, { holder: { session: 'tab', run: 'r1' }, clock });
    expect(first.status).toBe('done');
    const created = first.meetings.flatMap((m) => m.created.map((c) => `${m.meeting.iCalUId}|${c.title}`));
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created).size).toBe(created.length);
    const tasksAfterFirst = (await state(tenant.url)).tasks.length;

    clock.advance(60 * 60 * 1000);
    const again = await syncFollowUps(ports, request, { holder: { session: 'tab', run: 'r2' }, clock });
    expect(again.meetings.flatMap((m) => m.created)).toEqual([]);
    expect((await state(tenant.url)).tasks.length).toBe(tasksAfterFirst);
  });
});
