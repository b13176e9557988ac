import type { GraphAdapters } from '../../../src/adapters/graph';
import { calendarWindow } from '../../../src/features/team-dashboard/use-team-data';
import { withFirstRoundStarted } from '../../../src/shell/teams/first-round';

/** Adapters that count what they are asked; the document fails the first time it is read. */
function countingAdapters() {
  const asked: string[] = [];
  let reads = 0;
  const adapters = {
    directory: { team: async () => (asked.push('team'), { manager: { id: 'm' }, reports: [] }) },
    calendar: { listEvents: async (window: { start: string }) => (asked.push(`events ${window.start}`), []) },
    managerDocument: {
      read: async () => {
        asked.push('document');
        reads += 1;
        if (reads === 1) throw new Error('first read fails');
        return { version: 1 };
      },
    },
  } as unknown as GraphAdapters;
  return { adapters, asked };
}

describe('the Team page first round, started with the adapters', () => {
  const now = new Date('2026-11-23T09:00:00Z');

  it('asks Graph for the team, the calendar window and the document at once, before anyone calls', () => {
    const { adapters, asked } = countingAdapters();
    withFirstRoundStarted(adapters, now);
    expect(asked).toEqual(['team', `events ${calendarWindow(now).start}`, 'document']);
  });

  it('answers the first calls with those requests (their results and errors), and asks again after', async () => {
    const { adapters, asked } = countingAdapters();
    const tab = withFirstRoundStarted(adapters, now);
    const later = new Date(now.getTime() + 2_000); // the hook computes its window a moment later
    await expect(tab.directory.team()).resolves.toMatchObject({ manager: { id: 'm' } });
    await expect(tab.calendar.listEvents(calendarWindow(later))).resolves.toEqual([]);
    await expect(tab.managerDocument.read()).rejects.toThrow('first read fails');
    expect(asked).toHaveLength(3);
    await expect(tab.managerDocument.read()).resolves.toEqual({ version: 1 }); // a retry
    await tab.directory.team();
    expect(asked).toEqual(['team', `events ${calendarWindow(now).start}`, 'document', 'document', 'team']);
  });

  it('asks Graph for another calendar window than the one it started', async () => {
    const { adapters, asked } = countingAdapters();
    const tab = withFirstRoundStarted(adapters, now);
    const other = calendarWindow(new Date('2026-12-01T09:00:00Z'));
    await tab.calendar.listEvents(other);
    expect(asked).toContain(`events ${other.start}`);
  });
});
