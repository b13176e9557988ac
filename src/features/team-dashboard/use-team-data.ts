import { useCallback, useEffect, useRef, useState } from 'react';
import type { CalendarEvent, SeriesCancellations } from '../../domain/model/calendar';
import type { Clock } from '../../domain/model/clock';
import type { ManagerDocument } from '../../domain/model/document';
import type { Team } from '../../domain/model/people';
import type { PairPlan, PlannerTask } from '../../domain/model/tasks';
import type { CalendarPort, DirectoryPort, ManagerDocumentPort, TasksPort } from '../../ports/graph-ports';
import { loading, settle, valueOf, type Area } from './area';

export interface TeamDataSources {
  directory: Pick<DirectoryPort, 'team'>;
  calendar: Pick<CalendarPort, 'listEvents' | 'cancellations'>;
  tasks: Pick<TasksPort, 'findPairPlan' | 'listTasks'>;
  document: Pick<ManagerDocumentPort, 'read' | 'update'>;
  clock: Clock;
}

export interface CalendarData {
  window: { start: string; end: string };
  events: CalendarEvent[];
  cancellations: SeriesCancellations[];
}

export interface TasksData {
  pairs: PairPlan[];
  tasks: PlannerTask[];
  /** Pair plans found in Planner that the document did not know yet. */
  discovered: PairPlan[];
}

export interface TeamDataState {
  people: Area<Team>;
  calendar: Area<CalendarData>;
  document: Area<ManagerDocument>;
  tasks: Area<TasksData>;
}

type AreaName = keyof TeamDataState;

const DAY_MS = 86_400_000;
/** The 1:1 history the tab reads: 12 weeks back (streaks, the 8-week counts) and 4 weeks ahead (the next 1:1). */
export const calendarWindow = (now: Date) => ({
  start: new Date(now.getTime() - 12 * 7 * DAY_MS).toISOString(),
  end: new Date(now.getTime() + 4 * 7 * DAY_MS).toISOString(),
});

async function loadCalendar(sources: TeamDataSources, events: Promise<CalendarEvent[]>, window: CalendarData['window']): Promise<CalendarData> {
  const list = await events;
  const masters = [...new Set(list.map((e) => e.seriesMasterId).filter((id): id is string => Boolean(id)))];
  const cancellations = masters.length ? await sources.calendar.cancellations(masters) : [];
  return { window, events: list, cancellations };
}

/**
 * Pair plans the document already knows are listed at once (round 2); plans it does not know yet are looked up
 * first, which costs a third round on a first run only.
 */
async function loadTasks(sources: TeamDataSources, team: Promise<Team>, document: Promise<ManagerDocument>): Promise<TasksData> {
  const [people, doc] = await Promise.all([team, document]);
  const known: PairPlan[] = people.reports
    .filter((r) => doc.pairs[r.id])
    .map((r) => ({ reportId: r.id, ...doc.pairs[r.id]! }));
  const unknownReports = people.reports.filter((r) => !doc.pairs[r.id]);
  const [knownTasks, found] = await Promise.all([
    known.length ? sources.tasks.listTasks(known.map((p) => p.planId)) : Promise.resolve([]),
    Promise.all(unknownReports.map((r) => sources.tasks.findPairPlan(people.manager, r))),
  ]);
  const foundPairs = found.filter((p): p is PairPlan => p !== null);
  const foundTasks = foundPairs.length ? await sources.tasks.listTasks(foundPairs.map((p) => p.planId)) : [];
  return { pairs: [...known, ...foundPairs], tasks: [...knownTasks, ...foundTasks], discovered: foundPairs };
}

/** Records pair plans found in Planner in the document (only those it lacks), so the next open lists their tasks at once. */
export const withDiscoveredPairs = (doc: ManagerDocument, pairs: PairPlan[]): ManagerDocument => {
  const missing = pairs.filter((p) => !doc.pairs[p.reportId]);
  if (!missing.length) return doc;
  const records = Object.fromEntries(missing.map(({ reportId, ...record }) => [reportId, record]));
  return { ...doc, pairs: { ...records, ...doc.pairs } };
};

/**
 * Everything the Team page and the Report page show. The first screen (the cards) takes two rounds of Graph
 * requests: the team, the calendar window and the manager's document in parallel, then the series masters'
 * cancellations (one `$batch`) and the document's content (its download URL). The pair plans' tasks are asked for
 * only once that first screen has been shown: their chain (on a first open: roster plans → members → buckets →
 * tasks) would otherwise take the pipeline's 4 slots ahead of the cards' own requests. Each area settles on its own,
 * so one failure never blanks the tab; `retry` reloads the failed areas only.
 */
export function useTeamData(sources: TeamDataSources) {
  const [state, setState] = useState<TeamDataState>({ people: loading(), calendar: loading(), document: loading(), tasks: loading() });
  const stateRef = useRef(state);
  stateRef.current = state;
  /** Resolved by the effect below once the first screen's areas have settled and been rendered. */
  const firstScreenShown = useRef<(() => void) | null>(null);
  const firstScreenSettled = state.people.status !== 'loading' && state.calendar.status !== 'loading' && state.document.status !== 'loading';
  useEffect(() => {
    if (!firstScreenSettled || !firstScreenShown.current) return;
    firstScreenShown.current();
    firstScreenShown.current = null;
  }, [firstScreenSettled]);

  const load = useCallback(
    (areas: ReadonlySet<AreaName>) => {
      const current = stateRef.current;
      const reuse = <T>(name: AreaName, area: Area<T>, fetch: () => Promise<T>): Promise<T> => {
        const value = valueOf(area);
        if (!areas.has(name) && value !== undefined) return Promise.resolve(value);
        try {
          return fetch();
        } catch (error) {
          return Promise.reject(error); // a port that throws instead of rejecting still fails only its own area
        }
      };
      const window = calendarWindow(sources.clock.now());
      const team = reuse('people', current.people, () => sources.directory.team());
      const document = reuse('document', current.document, () => sources.document.read());
      const calendar = reuse('calendar', current.calendar, () => loadCalendar(sources, sources.calendar.listEvents(window), window));
      const shown = areas.has('people') || areas.has('calendar') || areas.has('document') ? new Promise<void>((resolve) => (firstScreenShown.current = resolve)) : Promise.resolve();
      const tasks = reuse('tasks', current.tasks, () => shown.then(() => loadTasks(sources, team, document)));
      setState((s) => ({ ...s, ...Object.fromEntries([...areas].map((a) => [a, loading()])) }));
      const names: AreaName[] = ['people', 'calendar', 'document', 'tasks'];
      [team, calendar, document, tasks].forEach((promise, index) => {
        const name = names[index]!;
        if (!areas.has(name)) return;
        void Promise.allSettled([promise]).then(([result]) => {
          setState((s) => ({ ...s, [name]: settle(result!) }));
        });
      });
      // In the background, after the cards have what they need: remember newly found pair plans in the document.
      if (areas.has('tasks')) {
        tasks.then(
          ({ discovered }) => {
            if (!discovered.length) return;
            sources.document.update((doc) => withDiscoveredPairs(doc, discovered)).then(
              (saved) => setState((s) => ({ ...s, document: { status: 'ready', value: saved } })),
              (error: unknown) => console.warn('Could not record the pair plans in the document.', error),
            );
          },
          () => undefined, // the tasks area shows its own failure
        );
      }
    },
    [sources],
  );

  useEffect(() => {
    load(new Set<AreaName>(['people', 'calendar', 'document', 'tasks']));
  }, [load]);

  const retry = useCallback(() => {
    const failed = (Object.keys(stateRef.current) as AreaName[]).filter((name) => stateRef.current[name].status === 'error');
    // Tasks depend on the team and the document: a retry of either reloads them too.
    if (failed.includes('people') || failed.includes('document')) failed.push('tasks');
    if (failed.length) load(new Set(failed));
  }, [load]);

  /** The checklist and other writers hand back the document they saved, so every page shows the same copy. */
  const documentSaved = useCallback((doc: ManagerDocument) => setState((s) => ({ ...s, document: { status: 'ready', value: doc } })), []);

  /** After a write to Planner (a repair commitment), the pair plans' tasks are read again. */
  const reloadTasks = useCallback(() => load(new Set<AreaName>(['tasks'])), [load]);

  return { ...state, retry, documentSaved, reloadTasks };
}
