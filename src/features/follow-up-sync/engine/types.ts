import type { RapportError } from '../../../ports/errors';

/** The 1:1 a follow-up came from: what the task's details and the summary say about it. */
export interface MeetingRef {
  iCalUId: string;
  eventId: string;
  subject: string;
  /** UTC instants. */
  start: string;
  end: string;
  /** IANA zone the due dates resolve in. */
  timeZone: string;
  webLink: string | null;
  reportId: string;
  reportName: string;
}

/** One row of next steps, read from the notes or written in the wrap-up: who · what · when. */
export interface FollowUpRow {
  /** The user id of the owner: the manager or the report. */
  ownerId: string;
  what: string;
  /** The due day (yyyy-mm-dd) in the meeting's zone, or null. */
  due: string | null;
}

/** A row that could not be read fully: listed for the manager to fix, never dropped. */
export interface UnreadableRow {
  text: string;
  reason: string;
}

/** A follow-up ready for the sync: its key (docs/contracts.md §7) and the task it should become. */
export interface FollowUp {
  meeting: MeetingRef;
  keyHash: string;
  normalisedTitle: string;
  title: string;
  ownerId: string;
  due: string | null;
  /** End of the due day in the meeting's zone, as a UTC instant. */
  dueDateTime: string | null;
  isPromise: boolean;
}

/** What one 1:1 yields: its follow-ups and the rows that could not be read. */
export interface MeetingFollowUps {
  meeting: MeetingRef;
  followUps: FollowUp[];
  unreadable: UnreadableRow[];
}

export interface TaskLink {
  taskId: string;
  planId: string;
  title: string;
  ownerId: string;
}

/** `roster-disabled` / `roster-label`: Planner refused the private pair plan (RosterRefusedError). */
export type PendingReason = 'busy' | 'outcome-unknown' | 'conflict' | 'failed' | 'roster-disabled' | 'roster-label';

export interface MeetingSummary {
  meeting: MeetingRef;
  created: TaskLink[];
  adopted: TaskLink[];
  updated: TaskLink[];
  unchanged: number;
  /** Ledger tasks of this 1:1 whose row is gone from the notes (or whose words changed): left alone. */
  noLongerInNotes: TaskLink[];
  /** Duplicates Rapport had created and removed (the oldest copy kept). */
  removedDuplicates: number;
  /** Follow-ups not done this time; the next sync picks them up. */
  pending: Array<{ title: string; reason: PendingReason }>;
  unreadable: UnreadableRow[];
}

export type SyncStatus = 'done' | 'partial' | 'skipped-elsewhere' | 'failed';

export interface SyncSummary {
  status: SyncStatus;
  at: string;
  meetings: MeetingSummary[];
  error: RapportError | null;
}

/** What the sync is doing, for the panel. */
export type FollowUpSyncState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'awaiting-approval'; count: number }
  | { phase: 'done'; summary: SyncSummary }
  | { phase: 'error'; error: RapportError };
