import type { GraphAdapters } from '../../adapters/graph';
import { calendarWindow } from '../../features/team-dashboard/entry-first-round';

/** Windows computed this close together are the same 16 weeks of calendar (the entry's, then the first render's). */
const SAME_WINDOW_MS = 60_000;

const sameWindow = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  Math.abs(Date.parse(a.start) - Date.parse(b.start)) <= SAME_WINDOW_MS && Math.abs(Date.parse(a.end) - Date.parse(b.end)) <= SAME_WINDOW_MS;

/** The first call gets the request already under way, if `accept` says it asks the same; later calls ask Graph. */
function once<A extends unknown[], T>(started: Promise<T>, call: (...args: A) => Promise<T>, accept: (...args: A) => boolean = () => true) {
  let pending: Promise<T> | null = started;
  return (...args: A): Promise<T> => {
    const answer = pending && accept(...args) ? pending : call(...args);
    pending = null;
    return answer;
  };
}

let markSecondRoundSent: () => void = () => undefined;
/**
 * Settles once the first screen's last Graph request is on its way (the series' cancellations, or none to ask), or
 * once the first round has failed. The tab renders its frame only then (at most a moment later than it could): on a
 * fast network the first round's answer otherwise arrives while React commits the frame, and the second round leaves
 * only after it (docs/performance.md, "The tab's frame after its requests").
 */
export const secondRoundSent = new Promise<void>((resolve) => (markSecondRoundSent = resolve));

/**
 * Starts the Team page's Graph requests (the team, the calendar window and the manager's document, then the series
 * masters' cancellations, as features/team-dashboard/use-team-data asks them) as soon as the adapters exist and the
 * events are in, instead of after React has rendered the tab and run its effects. The adapters returned answer the
 * first such call with the request already under way (its result or its error); any later call, a retry or a
 * reload, asks Graph again, and so does a first call that asks for something else.
 */
export function withFirstRoundStarted(adapters: GraphAdapters, now: Date): GraphAdapters {
  const window = calendarWindow(now);
  const quiet = <T>(promise: Promise<T>) => {
    promise.catch(() => undefined); // the area that asks shows the error; nobody may ask (a page that never mounts)
    return promise;
  };
  const team = quiet(adapters.directory.team());
  const events = quiet(adapters.calendar.listEvents(window));
  const document = quiet(adapters.managerDocument.read());
  // Round 2 as the hook asks it (the series masters' cancellations), the moment the events are in, React or not.
  // `startedFor` is set in the same reaction that starts it, so it is known before anyone awaiting the events asks.
  let startedFor: ReadonlySet<string> | null = null;
  const cancellations = quiet(
    events.then((list) => {
      const masters = [...new Set(list.flatMap((e) => (e.seriesMasterId ? [e.seriesMasterId] : [])))];
      startedFor = new Set(masters);
      const asked = masters.length ? adapters.calendar.cancellations(masters) : [];
      markSecondRoundSent();
      return asked;
    }),
  );
  events.catch(() => markSecondRoundSent()); // a failed first round has no second
  const sameMasters = (asked: string[]) => startedFor !== null && new Set(asked).size === startedFor.size && asked.every((id) => startedFor!.has(id));
  return {
    ...adapters,
    directory: { ...adapters.directory, team: once(team, () => adapters.directory.team()) },
    calendar: {
      ...adapters.calendar,
      listEvents: once(events, (asked) => adapters.calendar.listEvents(asked), (asked) => sameWindow(asked, window)),
      cancellations: once(cancellations, (asked) => adapters.calendar.cancellations(asked), sameMasters),
    },
    managerDocument: { ...adapters.managerDocument, read: once(document, () => adapters.managerDocument.read()) },
  };
}
