import { useCallback, useState } from 'react';
import { renderAgenda } from '../../domain/agenda';
import { followUpKey, normaliseWhat } from '../../domain/follow-ups';
import type { Clock } from '../../domain/model/clock';
import type { ManagerDocument } from '../../domain/model/document';
import type { Person } from '../../domain/model/people';
import type { PairPlan, PlannerTask } from '../../domain/model/tasks';
import type { Locale } from '../../i18n/locale';
import type { CalendarPort, ManagerDocumentPort, TasksPort } from '../../ports/graph-ports';
import { withCommitment, withPair, withReflections, withRepairStarted } from './repair-doc';

export interface RepairPorts {
  document: Pick<ManagerDocumentPort, 'update'>;
  tasks: Pick<TasksPort, 'findPairPlan' | 'createPairPlan' | 'createTask' | 'listTasks'>;
  calendar: Pick<CalendarPort, 'prependToBody'>;
}

export interface RepairMeeting {
  eventId: string;
  iCalUId: string;
  start: string;
  end: string;
  timeZone: string | null;
}

type Busy = 'start' | 'reflections' | 'commit' | 'agenda' | null;

/**
 * A repair plan for one report (the four steps). Commitments are made to the report, so each becomes a promise task
 * (category "Promise", assigned to the manager) in the pair plan, keyed like a follow-up of the next 1:1 and written
 * to the ledger; a task with the same title already there is adopted, never duplicated. Reflections stay in the
 * document.
 */
export function useRepairPlan(options: {
  ports: RepairPorts;
  clock: Clock;
  locale: Locale;
  manager: Person;
  report: Person;
  pair: PairPlan | undefined;
  next: RepairMeeting | null;
  onSaved: (doc: ManagerDocument) => void;
  onTasksChanged: () => void;
}) {
  const { ports, clock, locale, manager, report, next, onSaved, onTasksChanged } = options;
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [agendaInserted, setAgendaInserted] = useState(false);

  const run = useCallback(
    async (what: Exclude<Busy, null>, work: () => Promise<void>) => {
      setBusy(what);
      setError(undefined);
      try {
        await work();
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  const today = () => clock.now().toISOString().slice(0, 10);
  const start = () => run('start', async () => onSaved(await ports.document.update((doc) => withRepairStarted(doc, report.id, today()))));
  const saveReflections = (text: string) => run('reflections', async () => onSaved(await ports.document.update((doc) => withReflections(doc, report.id, text))));

  const pairPlan = async (): Promise<PairPlan> => {
    if (options.pair) return options.pair;
    const pair = (await ports.tasks.findPairPlan(manager, report)) ?? (await ports.tasks.createPairPlan(manager, report));
    onSaved(await ports.document.update((doc) => withPair(doc, pair)));
    return pair;
  };

  const commit = (text: string) =>
    run('commit', async () => {
      const title = text.trim().slice(0, 255);
      if (!title) return;
      const pair = await pairPlan();
      const meetingId = next?.iCalUId ?? `repair:${report.id}`;
      const { hash } = followUpKey(meetingId, title);
      const existing: PlannerTask | undefined = (await ports.tasks.listTasks([pair.planId])).find(
        (t) => t.isPromise && normaliseWhat(t.title) === normaliseWhat(title),
      );
      const task =
        existing ??
        (await ports.tasks.createTask({
          planId: pair.planId,
          bucketId: pair.buckets.followUps,
          title,
          assigneeIds: [manager.id],
          startDateTime: next?.start ?? clock.now().toISOString(),
          dueDateTime: next?.end ?? null,
          isPromise: true,
        }));
      const entry = { taskId: task.id, planId: pair.planId, createdAt: clock.now().toISOString() };
      onSaved(await ports.document.update((doc) => withCommitment(doc, report.id, hash, entry)));
      onTasksChanged();
    });

  const insertAgenda = (commitments: string[]) =>
    run('agenda', async () => {
      if (!next) return;
      const agenda = renderAgenda({
        template: 'repair',
        includePipeline: false,
        locale,
        reportName: report.displayName,
        managerName: manager.displayName,
        start: next.start,
        timeZone: next.timeZone ?? 'UTC',
        durationMinutes: Math.max(15, Math.round((Date.parse(next.end) - Date.parse(next.start)) / 60_000)),
        carriedOver: [],
        topics: [],
        repairCommitments: commitments,
      });
      await ports.calendar.prependToBody(next.eventId, { contentType: 'html', content: agenda.html });
      setAgendaInserted(true);
    });

  return { busy, error, agendaInserted, start, saveReflections, commit, insertAgenda };
}
