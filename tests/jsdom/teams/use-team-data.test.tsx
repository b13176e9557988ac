import { act, renderHook, waitFor } from '@testing-library/react';
import { fixedClock } from '../../../src/domain/model/clock';
import { emptyManagerDocument, type ManagerDocument } from '../../../src/domain/model/document';
import type { CalendarEvent } from '../../../src/domain/model/calendar';
import type { PairPlan, PlannerTask } from '../../../src/domain/model/tasks';
import { RapportError } from '../../../src/ports/errors';
import { calendarWindow, useTeamData, type TeamDataSources } from '../../../src/features/team-dashboard/use-team-data';

const manager = { id: 'u-mgr', displayName: 'Dana Levi', mail: 'dana@contoso.example' };
const alex = { id: 'u-alex', displayName: 'Alex Berg', mail: 'alex@contoso.example' };
const noa = { id: 'u-noa', displayName: 'Noa Cohen', mail: 'noa@contoso.example' };

const occurrence = (id: string, master: string): CalendarEvent => ({
  id, iCalUId: `ical-${id}`, subject: '1:1', start: '2026-11-10T09:00:00Z', end: '2026-11-10T09:30:00Z', timeZone: null, isAllDay: false,
  isCancelled: false, type: 'occurrence', seriesMasterId: master, originalStart: null, organizer: { name: manager.displayName, address: manager.mail },
  isOrganizer: true, myResponse: 'organizer', attendees: [], webLink: null,
});
const task = (id: string, planId: string): PlannerTask => ({
  id, planId, bucketId: 'b', title: id, assigneeIds: [], startDateTime: null, dueDateTime: null, completedDateTime: null, percentComplete: 0,
  isPromise: false, createdDateTime: '2026-11-01T00:00:00Z', createdByUserId: null, createdByAppId: null, etag: 'W/"1"',
});

/** Port fakes that log each call with the round it belongs to: a call made before any earlier call settled is round 1. */
function sources(options: { failTeamOnce?: boolean; noaPlan?: boolean } = {}) {
  const log: string[] = [];
  /** Calls and settlements in the order they happened. */
  const timeline: string[] = [];
  let settled = 0;
  let teamFailures = options.failTeamOnce ? 1 : 0;
  const call = <T,>(name: string, value: () => T): Promise<T> => {
    log.push(`${name}@${settled === 0 ? 1 : 2}`);
    timeline.push(`call ${name}`);
    return new Promise<T>((resolve, reject) =>
      setTimeout(() => {
        settled++;
        timeline.push(`done ${name}`);
        try {
          resolve(value());
        } catch (error) {
          reject(error);
        }
      }, 5),
    );
  };
  let doc: ManagerDocument = { ...emptyManagerDocument(), pairs: { [alex.id]: { planId: 'plan-alex', buckets: { followUps: 'f', topics: 't' } } } };
  const fake: TeamDataSources = {
    clock: fixedClock('2026-11-23T12:00:00Z'),
    directory: {
      team: () =>
        call('team', () => {
          if (teamFailures-- > 0) throw new RapportError('network', 'offline');
          return { manager, reports: [alex, noa] };
        }),
    },
    calendar: {
      listEvents: (window) => call(`events ${window.start}..${window.end}`, () => [occurrence('o1', 'm1'), occurrence('o2', 'm1'), occurrence('o3', 'm2')]),
      cancellations: (ids) => call(`cancellations ${ids.join(',')}`, () => ids.map((id) => ({ seriesMasterId: id, cancelledStarts: [] }))),
    },
    tasks: {
      findPairPlan: (_m, report) =>
        call(`find ${report.id}`, (): PairPlan | null => (options.noaPlan ? { reportId: report.id, planId: 'plan-noa', buckets: { followUps: 'nf', topics: 'nt' } } : null)),
      listTasks: (planIds) => call(`tasks ${planIds.join(',')}`, () => planIds.map((p) => task(`t-${p}`, p))),
    },
    document: {
      read: () => call('document', () => structuredClone(doc)),
      update: (change) => call('document update', () => (doc = change(structuredClone(doc)))),
    },
  };
  return { fake, log, timeline, doc: () => doc };
}

describe('useTeamData', () => {
  it('asks for 12 weeks back and 4 ahead', () => {
    expect(calendarWindow(new Date('2026-11-23T12:00:00Z'))).toEqual({ start: '2026-08-31T12:00:00.000Z', end: '2026-12-21T12:00:00.000Z' });
  });

  it('loads the first screen in two rounds: team, calendar and document, then cancellations and tasks', async () => {
    const { fake, log } = sources();
    const { result } = renderHook(() => useTeamData(fake));
    await waitFor(() => expect(result.current.tasks.status).toBe('ready'));
    await waitFor(() => expect(result.current.calendar.status).toBe('ready'));
    expect(log.filter((l) => l.endsWith('@1')).sort()).toEqual(['document@1', 'events 2026-08-31T12:00:00.000Z..2026-12-21T12:00:00.000Z@1', 'team@1']);
    expect(log.filter((l) => l.endsWith('@2')).sort()).toEqual(['cancellations m1,m2@2', 'find u-noa@2', 'tasks plan-alex@2']);
    expect(result.current.tasks.status === 'ready' && result.current.tasks.value.tasks.map((t) => t.id)).toEqual(['t-plan-alex']);
  });

  it('asks for tasks only once the cards have their team, calendar and document, so the task chain never queues ahead of them', async () => {
    const { fake, timeline } = sources({ noaPlan: true });
    const { result } = renderHook(() => useTeamData(fake));
    await waitFor(() => expect(result.current.tasks.status).toBe('ready'));
    const firstTaskCall = timeline.findIndex((t) => t.startsWith('call find') || t.startsWith('call tasks'));
    expect(firstTaskCall).toBeGreaterThan(timeline.indexOf('done cancellations m1,m2'));
    expect(firstTaskCall).toBeGreaterThan(timeline.indexOf('done team'));
    expect(timeline.indexOf('done cancellations m1,m2')).toBeGreaterThan(-1);
  });

  it('shows a failed area on its own and reloads only what failed, with what depends on it', async () => {
    const { fake, log } = sources({ failTeamOnce: true });
    const { result } = renderHook(() => useTeamData(fake));
    await waitFor(() => expect(result.current.people.status).toBe('error'));
    await waitFor(() => expect(result.current.calendar.status).toBe('ready'));
    expect(result.current.document.status).toBe('ready');
    await waitFor(() => expect(result.current.tasks.status).toBe('error'));
    const before = log.length;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.tasks.status).toBe('ready'));
    expect(result.current.people.status).toBe('ready');
    expect(log.slice(before).map((l) => l.replace(/@\d$/, '')).sort()).toEqual(['find u-noa', 'tasks plan-alex', 'team']);
  });

  it('remembers pair plans found in Planner in the document, so the next open lists their tasks in round 2', async () => {
    const first = sources({ noaPlan: true });
    const one = renderHook(() => useTeamData(first.fake));
    await waitFor(() => expect(one.result.current.tasks.status).toBe('ready'));
    await waitFor(() => expect(first.doc().pairs['u-noa']).toEqual({ planId: 'plan-noa', buckets: { followUps: 'nf', topics: 'nt' } }));
    expect(first.doc().pairs['u-alex']?.planId).toBe('plan-alex');
    expect(first.log).toContain('tasks plan-noa@2');
    const reopened = { ...first.fake };
    const again = renderHook(() => useTeamData(reopened));
    const before = first.log.length;
    await waitFor(() => expect(again.result.current.tasks.status).toBe('ready'));
    expect(first.log.slice(before).filter((l) => l.startsWith('find') || l.startsWith('tasks'))).toEqual(['tasks plan-alex,plan-noa@2']);
  });
});
