import type { CalendarEvent, EventBody } from '../../../domain/model/calendar';
import type { Clock } from '../../../domain/model/clock';
import type { ManagerDocument } from '../../../domain/model/document';
import type { Person, Team } from '../../../domain/model/people';
import type { RegionalSettings } from '../../../domain/model/regional';
import type { Locale } from '../../../i18n/locale';
import { oneOnOnesIn } from '../../../domain/one-on-ones';
import { dateOrderOfSettings, type DateOrder } from '../../../domain/time/date-order';
import type { CalendarPort } from '../../../ports/graph-ports';
import { followUpsOfRows } from './follow-up';
import type { FollowUpRow, MeetingFollowUps, MeetingRef, UnreadableRow } from './types';
import { wrapUpOf } from './wrap-up-store';

/**
 * Reads the next steps of one 1:1's body into rows (the domain's parser, wired by the shell or `reading.ts`).
 * `language` is the manager's (settings.language), for bodies that show theirs neither by an agenda nor by letters;
 * `dateOrder` the order of day and month the manager's regional settings say (doc.regional), if any.
 */
export type ReadNextSteps = (
  body: EventBody,
  context: { event: CalendarEvent; manager: Person; report: Person; timeZone: string; language?: Locale | null; dateOrder?: DateOrder | null },
) => { rows: FollowUpRow[]; unreadable: UnreadableRow[] };

export interface CollectOptions {
  clock: Clock;
  /** The zone due dates resolve in when the event names none (the user's zone). */
  timeZone: string;
  /** The manager's regional settings when read this session (regional.ts); else the document's copy. */
  regional?: RegionalSettings | null;
  /** How far back past 1:1s are read. */
  windowDays?: number;
}

export const SYNC_WINDOW_DAYS = 28;

export const meetingRefOf = (event: CalendarEvent, report: Person, timeZone: string): MeetingRef => ({
  iCalUId: event.iCalUId,
  eventId: event.id,
  subject: event.subject,
  start: event.start,
  end: event.end,
  timeZone: event.timeZone ?? timeZone,
  webLink: event.webLink,
  reportId: report.id,
  reportName: report.displayName,
});

/** The held 1:1s of the window with a direct report: ended, not cancelled, not declined (the classifier's rules). */
export function heldOneOnOnes(events: CalendarEvent[], team: Team, doc: ManagerDocument, now: Date) {
  return oneOnOnesIn(events, team, { extraSubjectWords: doc.settings.extraSubjectWords })
    .filter(({ event, classification }) => classification.report !== null && Date.parse(event.end) <= now.getTime())
    .map(({ event, classification }) => ({ event, report: classification.report as Person }));
}

/**
 * The follow-ups of every held 1:1 in the window. A 1:1 wrapped up in Rapport uses the rows saved there (the
 * manager's corrections win over the notes); the others are read from their bodies.
 */
export async function collectFollowUps(
  calendar: CalendarPort,
  team: Team,
  doc: ManagerDocument,
  readNextSteps: ReadNextSteps,
  options: CollectOptions,
): Promise<MeetingFollowUps[]> {
  const now = options.clock.now();
  const start = new Date(now.getTime() - (options.windowDays ?? SYNC_WINDOW_DAYS) * 86_400_000);
  const events = await calendar.listEvents({ start: start.toISOString(), end: now.toISOString() });
  return Promise.all(
    heldOneOnOnes(events, team, doc, now).map(async ({ event, report }) => {
      const meeting = meetingRefOf(event, report, options.timeZone);
      const saved = wrapUpOf(doc, report.id, event.iCalUId);
      const read = saved
        ? { rows: saved.rows, unreadable: [] }
        : readNextSteps(await calendar.getBody(event.id), { event, manager: team.manager, report, timeZone: meeting.timeZone, language: doc.settings.language, dateOrder: dateOrderOfSettings(options.regional ?? doc.regional ?? {}) });
      return { meeting, followUps: await followUpsOfRows(meeting, read.rows, team.manager.id), unreadable: read.unreadable };
    }),
  );
}
