import type { AttentionReason as DomainAttentionReason } from '../../domain/cadence';
import type { Person } from '../../domain/model/people';

/** What happened to one 1:1 occurrence (docs/contracts.md §7), or that it is still to come. */
export type OneOnOneStatus = 'held' | 'cancelled' | 'moved' | 'upcoming';

export interface OneOnOneEntry {
  /** The occurrence's iCalUId when it is in the calendar (cancelled occurrences are not). */
  iCalUId: string | null;
  /** Where it was planned (for a moved one: its original start). */
  start: string;
  status: OneOnOneStatus;
  /** For a moved occurrence: where it went. */
  movedTo?: string;
}

export type AttentionLevel = 'attention' | 'watch' | 'on-track';

/** Notes the Team page adds to the domain's attention reasons (src/domain/cadence). */
export type TeamExtraReason = { code: 'noAgenda' } | { code: 'topics'; count: number };

export type AttentionReason = DomainAttentionReason | TeamExtraReason;

/** One card of the Team page and the data of that person's Report page. */
export interface ReportOverview {
  report: Person;
  next: { eventId: string; iCalUId: string; start: string; end: string; timeZone: string | null; hasAgenda: boolean } | null;
  /** Newest first, the last 12 weeks. */
  history: OneOnOneEntry[];
  streak: number;
  cancelledLast8Weeks: number;
  movedLast8Weeks: number;
  daysSinceLast: number | null;
  /** Null while the pair plan's tasks are unavailable. */
  followUps: { theirs: number; mine: number } | null;
  sayDo: { kept: number; due: number; latePastDue: number } | null;
  topics: string[] | null;
  attention: { level: AttentionLevel; score: number; reasons: AttentionReason[] };
}
