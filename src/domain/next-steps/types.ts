import type { DateOrder } from '../time/date-order';
import type { Locale } from '../../i18n/locale';

export interface NamedAddress {
  name: string;
  address: string;
}

export type Who = { kind: 'person'; name: string; address: string } | { kind: 'unresolved'; text: string };

export interface NextStepRow {
  who: Who;
  /** The task, ≤ 255 characters (a Planner title), format characters removed. */
  what: string;
  /** The day in the meeting's zone and the end of that day in UTC, or null when there is no readable date. */
  due: { date: string; dueDateTime: string } | null;
  /** The "when" as written ("by Friday"), '' when none was written. */
  whenText: string;
  /** The "Follow-up" column of the table ("how and when we follow up"), '' when none. */
  followUpText: string;
  source: { format: 'table' | 'list' | 'line'; text: string };
}

/**
 * Why a row, or a line in a next-steps section, was not read fully. `row` is the index of the row it concerns, or
 * null when no row came of it (the line is reported, never silently dropped).
 */
export type ParseWarningCode =
  | 'missingWho'
  | 'unresolvedWho'
  | 'ambiguousWho'
  | 'severalPeople'
  | 'missingWhat'
  | 'missingWhen'
  | 'unresolvedWhen'
  | 'ambiguousDate'
  | 'whatTruncated'
  | 'unreadLine'
  /** Part of the body was nested too deeply to read and was left out. */
  | 'contentCut';

export interface ParseWarning {
  code: ParseWarningCode;
  text: string;
  row: number | null;
}

export interface ParseContext {
  organizer: NamedAddress;
  attendees: NamedAddress[];
  /** The meeting's start, a UTC instant. */
  meetingStart: string;
  /** The meeting's IANA zone. */
  timeZone: string;
  /**
   * The language of the meeting (numeric dates, week start) when the caller knows it (the agenda's language, see
   * agendaLanguage); words of all three languages are read anyway. Without it the body's letters decide.
   */
  locale?: Locale;
  /**
   * Which number comes first in "4/12", from the manager's regional settings (Graph mailboxSettings). Without it the
   * meeting's language and zone decide, and a date that still reads both ways is listed (ambiguousDate), not guessed.
   */
  dateOrder?: DateOrder;
  /** The language assumed when neither `locale` nor the body's letters tell (the manager's language); default en. */
  fallbackLocale?: Locale;
}

export interface ParseResult {
  rows: NextStepRow[];
  warnings: ParseWarning[];
}

export interface BodyInput {
  contentType: 'html' | 'text';
  content: string;
}
