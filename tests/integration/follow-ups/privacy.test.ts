import { fixedClock } from '../../../src/domain/model/clock';
import { emptyReportRecord } from '../../../src/domain/model/document';
import { loadCarryOver } from '../../../src/features/agenda-insert';
import { collectFollowUps, followUpsOfRows, meetingRefOf, readNextStepsFromBody, syncFollowUps } from '../../../src/features/follow-up-sync';
import { saveWrapUp } from '../../../src/features/follow-up-sync/engine/wrap-up-store';
import type { RunningEmulator } from '../../../tools/graph-emulator';
import { logSince, NOW, pageAdapters, startFollowUpEmulator } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startFollowUpEmulator();
});
afterAll(() => emulator.close());

const MARKER = 'PRIVATE-7c1e0f-MARKER';

describe('privacy: nothing private leaves the manager’s document', () => {
  it('a marker in private notes, signals, repair reflections and talk shares reaches no request body but the document’s', async () => {
    const page = pageAdapters(emulator.url);
    const clock = fixedClock(NOW);
    const team = await page.directory.team();
    const ports = { calendar: page.calendar, tasks: page.tasks, document: page.managerDocument };
    const events = await page.calendar.listEvents({ start: '2026-10-26T00:00:00Z', end: NOW });
    const planted = events.find((e) => e.subject.length > 0 && team.reports.some((r) => e.attendees.some((a) => a.address.toLowerCase() === r.mail.toLowerCase())))!;
    const report = team.reports.find((r) => planted.attendees.some((a) => a.address.toLowerCase() === r.mail.toLowerCase()))!;
    await page.managerDocument.update((doc) => ({
      ...doc,
      reports: {
        ...doc.reports,
        [report.id]: {
          ...emptyReportRecord(),
          notes: { [planted.iCalUId]: `She worries about ${MARKER}` },
          signals: [{ date: '2026-11-01', high: ['S1'], warning: ['W2'], note: MARKER }],
          repair: { startedOn: '2026-11-01', reflections: `I was wrong about ${MARKER}`, commitments: [] },
          talkShare: { [`${planted.iCalUId}-${MARKER}`]: 40 },
        },
      },
    }));
    const since = (await logSince(emulator.url, 0)).at(-1)?.seq ?? 0;

    // The background sync over the seeded team, a wrap-up saved with private notes, and the carry-over read.
    const doc = await page.managerDocument.read();
    const meetings = await collectFollowUps(page.calendar, team, doc, readNextStepsFromBody, { clock, timeZone: 'Europe/Stockholm' });
    const synced = await syncFollowUps(ports, { manager: team.manager, reports: team.reports, meetings }, { holder: { session: 'p', run: '1' }, clock });
    expect(synced.status).toBe('done');
    const rows = [{ ownerId: report.id, what: 'Prepare the demo for the customer', due: '2026-11-27' }];
    await saveWrapUp(page.managerDocument, { reportId: report.id, iCalUId: planted.iCalUId, rows, notes: `Notes: ${MARKER}` }, clock);
    const meeting = meetingRefOf(planted, report, 'Europe/Stockholm');
    const wrapped = await syncFollowUps(ports, { manager: team.manager, reports: [report], meetings: [{ meeting, followUps: await followUpsOfRows(meeting, rows, team.manager.id), unreadable: [] }] }, { holder: { session: 'p', run: '2' }, clock });
    expect(wrapped.meetings[0]?.created).toHaveLength(1);
    await loadCarryOver({ directory: page.directory, tasks: page.tasks }, { name: report.displayName, address: report.mail }, 'Europe/Stockholm');

    const log = await logSince(emulator.url, since);
    const bodies = log.flatMap((entry) => [
      { path: entry.path, body: entry.requestBody },
      ...(entry.batchItems ?? []).map((item) => ({ path: item.url, body: item.requestBody })),
    ]);
    const carrying = bodies.filter((b) => b.body !== undefined && JSON.stringify(b.body).includes(MARKER));
    expect(carrying.length).toBeGreaterThan(0); // the document itself was written with it
    expect(carrying.filter((b) => !/\/drive\/.*state\.json:?\/content$/.test(b.path))).toEqual([]);
    expect(bodies.filter((b) => /\/planner\//.test(b.path) && b.body !== undefined).length).toBeGreaterThan(0);
  });
});
