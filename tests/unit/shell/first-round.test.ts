import type { GraphAdapters } from '../../../src/adapters/graph';
import { calendarWindow } from '../../../src/features/team-dashboard/use-team-data';
import { withFirstRoundStarted } from '../../../src/shell/teams-tab/first-round';
import type * as FirstRound from '../../../src/shell/teams-tab/first-round';

/** Adapters that count what they are asked; the document fails the first time it is read. */
function countingAdapters() {
  const asked: string[] = [];
  let reads = 0;
  const adapters = {
    directory: { team: async () => (asked.push('team'), { manager: { id: 'm' }, reports: [] }) },
    calendar: {
      listEvents: async (window: { start: string }) => (asked.push(`events ${window.start}`), [{ seriesMasterId: 's1' }, { seriesMasterId: 's2' }, { seriesMasterId: 's1' }, {}]),
      cancellations: async (ids: string[]) => (asked.push(`cancellations ${ids.join(',')}`), ids.map((id) => ({ seriesMasterId: id, cancelledStarts: [] }))),
    },
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
    await expect(tab.calendar.listEvents(calendarWindow(later))).resolves.toHaveLength(4);
    await expect(tab.calendar.cancellations(['s2', 's1'])).resolves.toHaveLength(2);
    await expect(tab.managerDocument.read()).rejects.toThrow('first read fails');
    expect(asked).toHaveLength(4);
    await expect(tab.managerDocument.read()).resolves.toEqual({ version: 1 }); // a retry
    await tab.directory.team();
    expect(asked).toEqual(['team', `events ${calendarWindow(now).start}`, 'document', 'cancellations s1,s2', 'document', 'team']);
  });

  it('asks for the series masters\' cancellations as soon as the events are in, before anyone awaits them', async () => {
    const { adapters, asked } = countingAdapters();
    withFirstRoundStarted(adapters, now);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toContain('cancellations s1,s2');
  });

  it('asks Graph again for cancellations of other series than the ones it started', async () => {
    const { adapters, asked } = countingAdapters();
    const tab = withFirstRoundStarted(adapters, now);
    await tab.calendar.listEvents(calendarWindow(now));
    await tab.calendar.cancellations(['s3']);
    expect(asked.filter((a) => a.startsWith('cancellations'))).toEqual(['cancellations s1,s2', 'cancellations s3']);
  });

  it('asks Graph for another calendar window than the one it started', async () => {
    const { adapters, asked } = countingAdapters();
    const tab = withFirstRoundStarted(adapters, now);
    const other = calendarWindow(new Date('2026-12-01T09:00:00Z'));
    await tab.calendar.listEvents(other);
    expect(asked).toContain(`events ${other.start}`);
  });
});

describe('secondRoundSent (the tab renders its frame once it settles)', () => {
  const now = new Date('2026-11-23T09:00:00Z');
  /** A fresh module: the promise is the page's, settled once. */
  const freshModule = () => {
    let module: typeof FirstRound | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      module = require('../../../src/shell/teams-tab/first-round');
    });
    return module!;
  };

  it('settles once the cancellations have been asked for, not before', async () => {
    const { withFirstRoundStarted: start, secondRoundSent } = freshModule();
    const { adapters, asked } = countingAdapters();
    let settled = false;
    void secondRoundSent.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    start(adapters, now);
    await secondRoundSent;
    expect(asked).toContain('cancellations s1,s2');
  });

  it('settles when the first round fails, which has no second', async () => {
    const { withFirstRoundStarted: start, secondRoundSent } = freshModule();
    const { adapters, asked } = countingAdapters();
    adapters.calendar.listEvents = async () => Promise.reject(new Error('calendar down'));
    start(adapters, now);
    await expect(secondRoundSent).resolves.toBeUndefined();
    expect(asked.some((a) => a.startsWith('cancellations'))).toBe(false);
  });
});
