import { useCallback, useEffect, useState } from 'react';
import { detectAgenda, renderAgenda } from '../../domain/agenda';
import type { CalendarEvent } from '../../domain/model/calendar';
import type { Team } from '../../domain/model/people';
import { addressesToLookUp, groupsInPlaceOfAPerson, oneOnOnesIn } from '../../domain/one-on-ones';
import type { Locale } from '../../i18n/locale';
import type { CalendarPort, DirectoryPort } from '../../ports/graph-ports';

export interface UpcomingDeps {
  calendar: Pick<CalendarPort, 'listEvents' | 'prependToBody'>;
  directory: Pick<DirectoryPort, 'team' | 'addressKinds'>;
  now: () => Date;
  timeZone: string;
}

export interface UpcomingItem {
  event: CalendarEvent;
  otherName: string;
  hasAgenda: boolean;
  /** Only the organiser can change the invite for everyone. */
  canAdd: boolean;
}

/** A meeting that would be a 1:1 but for a group in place of the other person (the list says why it is left out). */
export interface LeftOutItem {
  event: CalendarEvent;
  groups: Array<{ name: string; address: string }>;
}

export type UpcomingState =
  | { status: 'idle' | 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; items: UpcomingItem[]; leftOut: LeftOutItem[] };

/**
 * The 1:1s among the events and the meetings left out for a group. Whether an address is a group is asked of the
 * directory (what Graph says about it); the spelling of a name decides only where the directory says nothing.
 */
async function classify(deps: UpcomingDeps, team: Team, events: CalendarEvent[]) {
  const kinds = await deps.directory.addressKinds(addressesToLookUp(events, team)).catch(() => ({ groups: new Set<string>(), people: new Set<string>() }));
  const told = { groupAddresses: kinds.groups, directoryPeople: kinds.people };
  const items = oneOnOnesIn(events, team, told).map(({ event, classification }) => ({
    event,
    otherName: classification.report?.displayName ?? classification.other?.name ?? '',
    hasAgenda: detectAgenda(event.bodyPreview ?? ''),
    canAdd: event.isOrganizer,
  }));
  const seen = new Set<string>();
  const leftOut: LeftOutItem[] = [];
  for (const event of events) {
    const groups = groupsInPlaceOfAPerson(event, team, told);
    if (!groups || seen.has(event.iCalUId || event.id)) continue;
    seen.add(event.iCalUId || event.id);
    leftOut.push({ event, groups });
  }
  return { items, leftOut };
}
export type AddState = { status: 'idle' } | { status: 'confirming' | 'adding'; item: UpcomingItem } | { status: 'added'; name: string } | { status: 'failed'; error: unknown };

const DAYS = 14;

/**
 * The 1:1s of the next 14 days (calendarView + the domain classifier) and whether each already carries an agenda
 * (its visible title in the body preview). Loads only when `open` (it costs Graph requests the pane's first render
 * must not wait for). "Add agenda" asks first, since a PATCH by the organiser sends attendees an update.
 */
export function useUpcomingOneOnOnes(deps: UpcomingDeps, locale: Locale, open: boolean) {
  const [state, setState] = useState<UpcomingState>({ status: 'idle' });
  const [add, setAdd] = useState<AddState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setState({ status: 'loading' });
    const start = deps.now();
    const end = new Date(start.getTime() + DAYS * 24 * 3_600_000);
    Promise.all([deps.directory.team(), deps.calendar.listEvents({ start: start.toISOString(), end: end.toISOString() })]).then(
      async ([team, events]) => {
        if (!live) return;
        const { items, leftOut } = await classify(deps, team, events);
        if (live) setState({ status: 'ready', items, leftOut });
      },
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [deps, open, attempt]);

  const confirmAdd = useCallback(async () => {
    if (add.status !== 'confirming') return;
    const { item } = add;
    setAdd({ status: 'adding', item });
    const agenda = renderAgenda({
      template: 'weekly',
      includePipeline: false,
      locale,
      reportName: item.otherName,
      managerName: '',
      start: item.event.start,
      timeZone: item.event.timeZone ?? deps.timeZone,
      durationMinutes: Math.max(15, Math.round((Date.parse(item.event.end) - Date.parse(item.event.start)) / 60_000)),
      carriedOver: [],
      topics: [],
    });
    try {
      await deps.calendar.prependToBody(item.event.id, { contentType: 'html', content: agenda.html });
      setAdd({ status: 'added', name: item.otherName });
      setState((current) =>
        current.status === 'ready'
          ? { ...current, items: current.items.map((i) => (i.event.id === item.event.id ? { ...i, hasAgenda: true } : i)) }
          : current,
      );
    } catch (error) {
      setAdd({ status: 'failed', error });
    }
  }, [add, deps, locale]);

  return {
    state,
    add,
    askToAdd: (item: UpcomingItem) => setAdd({ status: 'confirming', item }),
    confirmAdd,
    cancelAdd: () => setAdd({ status: 'idle' }),
    retry: () => setAttempt((n) => n + 1),
  };
}
