import type { MailItemPort } from '../../ports/host';

export interface Invitee {
  name: string;
  address: string;
}

/** What the pane knows about the appointment being organised, all read through Office (no Graph). */
export interface MeetingFacts {
  start: string;
  end: string;
  invitees: Invitee[];
  /** The one other person when this is a 1:1, else null. */
  counterpart: Invitee | null;
}

/**
 * Who the 1:1 is with: the required and optional attendees minus the organiser (Outlook leaves the organiser out
 * of the attendee lists while composing; some clients add them, so a known address is removed), duplicates
 * counted once. Exactly one other person makes a 1:1.
 */
export function inviteesOf(required: Invitee[], optional: Invitee[], organizerAddress?: string | null): Invitee[] {
  const seen = new Set<string>();
  const organizer = organizerAddress?.toLowerCase();
  return [...required, ...optional].filter((person) => {
    const key = (person.address || person.name).toLowerCase();
    if (!key || key === organizer || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Four Office calls (two attendee lists, start, end); the subject is not read: nothing in the pane uses it, and
 * Outlook runs at most 3 of an add-in's calls at a time, so the end time waits for one of the first three.
 */
export function readMeeting(mailItem: MailItemPort): Promise<MeetingFacts> {
  return factsOf(mailItem.getAttendees(), mailItem.getTimes());
}

async function factsOf(attendeesRead: ReturnType<MailItemPort['getAttendees']>, timesRead: ReturnType<MailItemPort['getTimes']>): Promise<MeetingFacts> {
  const [attendees, times] = await Promise.all([attendeesRead, timesRead]);
  const invitees = inviteesOf(attendees.required, attendees.optional);
  const counterpart = invitees.length === 1 ? (invitees[0] ?? null) : null;
  return { start: times.start, end: times.end, invitees, counterpart };
}

/** A display name for the agenda title when there is no 1:1 counterpart: the names joined, or nothing. */
export const displayNameOf = (person: Invitee) => person.name.trim() || person.address;

export const durationMinutes = (start: string, end: string): number => {
  const minutes = Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 30;
};

/** A read of the meeting already under way, and its outcome once Office has answered. */
export interface MeetingRead {
  facts: Promise<MeetingFacts>;
  /** undefined while Office is still answering. */
  outcome(): { facts: MeetingFacts } | { error: unknown } | undefined;
}

/** The read as the shell that started it sees it. */
export interface StartedMeetingRead extends MeetingRead {
  /**
   * Settles (never rejects) once Office has answered the attendee lists or the times, whatever it answered: the
   * read's first round is over, and at most one Office call is left.
   */
  firstPart: Promise<void>;
}

/**
 * Starts reading the meeting now: the shell calls it the moment Office is ready, before the pane has rendered
 * anything, so Office's round trips run while the page loads the pane instead of after it.
 */
export function startMeetingRead(mailItem: MailItemPort): StartedMeetingRead {
  let outcome: ReturnType<MeetingRead['outcome']>;
  const attendees = mailItem.getAttendees();
  const times = mailItem.getTimes();
  const facts = factsOf(attendees, times);
  const firstPart = Promise.race([attendees, times]).then(noop, noop);
  facts.then(
    (read) => (outcome = { facts: read }),
    (error: unknown) => (outcome = { error }),
  );
  return { facts, outcome: () => outcome, firstPart };
}

function noop(): void {}
