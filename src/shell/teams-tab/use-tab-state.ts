import { useMemo } from 'react';
import type { Clock } from '../../domain/model/clock';
import type { GraphAdapters } from '../../adapters/graph';
import { buildOverviews, useTeamData } from '../../features/team-dashboard';

/** The team data of the tab, loaded once and shared by every page, and the cards built from it. */
export function useTabState(services: GraphAdapters, clock: Clock) {
  const sources = useMemo(
    () => ({ directory: services.directory, calendar: services.calendar, tasks: services.tasks, document: services.managerDocument, clock }),
    [services, clock],
  );
  const data = useTeamData(sources);
  const people = data.people.status === 'ready' ? data.people.value : undefined;
  const calendar = data.calendar.status === 'ready' ? data.calendar.value : undefined;
  const tasks = data.tasks.status === 'ready' ? data.tasks.value : undefined;
  const extraSubjectWords = data.document.status === 'ready' ? data.document.value.settings.extraSubjectWords : undefined;
  // The document's extra subject words decide which meetings are 1:1s: the cards wait for it (read or failed), so they
  // never re-sort under the manager's eyes. It costs no round: it loads beside the calendar and its cancellations.
  const documentSettled = data.document.status !== 'loading';
  const overviews = useMemo(
    () =>
      people && calendar && documentSettled
        ? buildOverviews(people, calendar, tasks, clock.now(), { extraSubjectWords, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })
        : null,
    [people, calendar, documentSettled, tasks, clock, extraSubjectWords],
  );
  const failure = [data.people, data.calendar, data.tasks].find((a) => a.status === 'error');
  return {
    data,
    overviews,
    failure: failure?.status === 'error' ? failure.error : undefined,
    tasksLoading: data.tasks.status === 'loading',
    tasks,
    document: data.document.status === 'ready' ? data.document.value : undefined,
    documentFailure: data.document.status === 'error' ? data.document.error : undefined,
  };
}
