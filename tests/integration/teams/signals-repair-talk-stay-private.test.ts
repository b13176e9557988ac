import { fixedClock } from '../../../src/domain/model/clock';
import { withCheckFor } from '../../../src/features/trust-signals/use-signals-check';
import { withTalkShare } from '../../../src/features/talk-check/use-talk-share';
import { withReflections, withRepairStarted } from '../../../src/features/repair-plan/repair-doc';
import { addCommitment, insertRepairAgenda } from '../../../src/features/repair-plan/repair-actions';
import { PRIVATE_KINDS } from '../../../src/domain/privacy/data-map';
import type { RunningEmulator } from '../../../tools/graph-emulator';
import { logSince, NOW, pageAdapters, startFollowUpEmulator } from '../follow-ups/support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startFollowUpEmulator();
});
afterAll(() => emulator.close());

const MARKER = 'PRIVATE-TEAMS-3b9d-MARKER';

describe('privacy of the signals, repair and talk pages (docs/contracts.md §1)', () => {
  it('covers the kinds the data map keeps private', () => {
    expect(PRIVATE_KINDS).toEqual(expect.arrayContaining(['signals', 'repairReflections', 'talkShare', 'privateNotes']));
  });

  it('signals, repair reflections and talk shares reach no request but the document, while repair writes to Planner and the invite', async () => {
    const page = pageAdapters(emulator.url);
    const clock = fixedClock(NOW);
    const team = await page.directory.team();
    const report = team.reports[0]!;
    const events = await page.calendar.listEvents({ start: NOW, end: new Date(Date.parse(NOW) + 28 * 86_400_000).toISOString() });
    const next = events.find((e) => e.isOrganizer && e.attendees.some((a) => a.address.toLowerCase() === report.mail.toLowerCase()));
    expect(next).toBeDefined();
    const since = (await logSince(emulator.url, 0)).at(-1)?.seq ?? 0;

    // What the Signals, Talk check and Repair pages write, through the real gateways.
    await page.managerDocument.update((doc) => withCheckFor(doc, report.id, { date: '2026-11-20', high: ['S1'], warning: [`W1-${MARKER}`] }));
    await page.managerDocument.update((doc) => withTalkShare(doc, `${report.id}`, `${next!.iCalUId}#${MARKER}`, 35));
    await page.managerDocument.update((doc) => withReflections(withRepairStarted(doc, report.id, '2026-11-20'), report.id, `I was wrong: ${MARKER}`));
    const context = {
      ports: { document: page.managerDocument, tasks: page.tasks, calendar: page.calendar },
      clock,
      manager: team.manager,
      report,
      pair: undefined,
      next: { eventId: next!.id, iCalUId: next!.iCalUId, start: next!.start, end: next!.end, timeZone: next!.timeZone },
    };
    const commitment = 'Tell you first about any change to your accounts';
    const saved = await addCommitment(context, commitment);
    await addCommitment(context, `${commitment}.`); // the same words again: adopted, not a second task
    await insertRepairAgenda(context, 'en', [commitment]);

    const log = await logSince(emulator.url, since);
    const bodies = log.flatMap((entry) => [
      { method: entry.method, path: entry.path, body: entry.requestBody },
      ...(entry.batchItems ?? []).map((item) => ({ method: item.method, path: item.url, body: item.requestBody })),
    ]);
    const carrying = bodies.filter((b) => b.body !== undefined && JSON.stringify(b.body).includes(MARKER));
    expect(carrying.length).toBeGreaterThan(0);
    expect(carrying.filter((b) => !/\/drive\/.*state\.json:?\/content$/.test(b.path))).toEqual([]);

    const creates = bodies.filter((b) => b.method === 'POST' && /\/planner\/tasks$/.test(b.path) && JSON.stringify(b.body).includes(commitment));
    expect(creates).toHaveLength(1);
    expect(creates[0]!.body).toMatchObject({ title: commitment, appliedCategories: { category1: true } });
    const agendaWrites = bodies.filter((b) => b.method === 'PATCH' && /\/me\/events\//.test(b.path) && JSON.stringify(b.body ?? '').includes(commitment));
    expect(agendaWrites).toHaveLength(1);
    expect(saved?.reports[report.id]?.repair?.commitments).toHaveLength(1);
  });
});
