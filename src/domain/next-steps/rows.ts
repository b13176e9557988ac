import { visibleText } from './blocks';
import { dueOf, labelledWho, readLine, splitTrailingWhen, type LineTools } from './line';
import type { NextStepRow, ParseWarning, ParseWarningCode, Who } from './types';
import type { ResolvedDue } from '../time/relative-dates';
import { fold, HEADER_WORDS, LONGEST_HEADER_CELL, type Column } from './vocabulary';

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
import { matchWho, unresolvedWho, type WhoMatch } from './who';

export const MAX_WHAT = 255;

export interface RowSink {
  rows: NextStepRow[];
  warnings: ParseWarning[];
}

// Spaces and punctuation around a what: ":;,.–—-" before it, the same but "." after it (an abbreviation's dot stays).
const isLeading = (c: number) => c === 32 || c === 58 || c === 59 || c === 44 || c === 46 || c === 0x2013 || c === 0x2014 || c === 45 || c === 9;
const isTrailing = (c: number) => c !== 46 && isLeading(c);
/** Same as replace(/^[\s:;,.–—-]+|[\s:;,–—-]+$/gu, '') on visible text (whose only space is " "), without a regex. */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isLeading(text.charCodeAt(start))) start += 1;
  while (end > start && isTrailing(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const truncate = (text: string): string => {
  const cut = text.slice(0, MAX_WHAT - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_WHAT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/** Adds one row (or, without a "what", a warning) and a warning for every part that was not read fully. */
export function addRow(
  sink: RowSink,
  reading: { who: WhoMatch; what: string; whenText: string; followUpText?: string },
  source: NextStepRow['source'],
  tools: LineTools,
): void {
  let what = trimPunctuation(visibleText(reading.what));
  if (!what) {
    sink.warnings.push({ code: 'missingWhat', text: source.text, row: null });
    return;
  }
  const truncated = what.length > MAX_WHAT;
  if (truncated) what = truncate(what);
  const whenText = visibleText(reading.whenText);
  const resolved = dueOf(whenText, tools);
  sink.rows.push({
    who: reading.who.who,
    what,
    // A date that reads both ways has no day: the row is listed for the wrap-up (ambiguousDate), never guessed.
    due: resolved?.date ? { date: resolved.date, dueDateTime: resolved.dueDateTime } : null,
    whenText,
    followUpText: visibleText(reading.followUpText ?? ''),
    source,
  });
  warnRow(sink, sink.rows.length - 1, { truncated, who: reading.who.warning, resolved });
}

/** The warnings of one row, in their order: the task cut, the owner, the date. */
function warnRow(sink: RowSink, index: number, found: { truncated: boolean; who: ParseWarningCode | null; resolved: ResolvedDue | null }): void {
  const row = sink.rows[index]!;
  if (found.truncated) warn(sink, 'whatTruncated', row.source, index);
  if (found.who) warn(sink, found.who, row.source, index);
  if (!row.whenText) warn(sink, 'missingWhen', row.source, index);
  else if (!found.resolved) warn(sink, 'unresolvedWhen', row.source, index);
  else if (found.resolved.ambiguous) warn(sink, 'ambiguousDate', row.source, index);
}

const WHO_CODES: ReadonlySet<ParseWarningCode> = new Set(['missingWho', 'unresolvedWho', 'ambiguousWho', 'severalPeople']);
const whoText = (who: Who) => (who.kind === 'person' ? who.name : who.text);

/**
 * A labelled line under the last row ("Owner: Dana", "Due: 4/12", "אחראי: נועה", "Klart: fredag"): gives the row
 * the owner or the date it lacks. One that disagrees with what the row already says makes that part unresolved
 * (both texts kept), never a choice between them. See docs/reading-notes.md "Labelled items".
 */
export function amendLastRow(sink: RowSink, label: { kind: 'who' | 'when'; value: string }, lineText: string, tools: LineTools): void {
  const index = sink.rows.length - 1;
  const row = sink.rows[index]!;
  const mine = sink.warnings.filter((w) => w.row === index);
  let who = mine.find((w) => WHO_CODES.has(w.code))?.code ?? null;
  let conflict = false;
  if (label.kind === 'who') {
    const match = labelledWho(label.value, tools);
    if (who === 'missingWho') [row.who, who] = [match.who, match.warning];
    else if (!(row.who.kind === 'person' && match.who.kind === 'person' && row.who.address.toLowerCase() === match.who.address.toLowerCase())) {
      [row.who, who] = [{ kind: 'unresolved', text: `${whoText(row.who)} / ${label.value}` }, 'ambiguousWho'];
    }
  } else {
    conflict = row.whenText !== '';
    row.whenText = conflict ? `${row.whenText} / ${label.value}` : label.value;
  }
  const resolved = conflict ? null : dueOf(row.whenText, tools);
  row.due = resolved?.date ? { date: resolved.date, dueDateTime: resolved.dueDateTime } : null;
  row.source = { ...row.source, text: `${row.source.text} · ${lineText}` };
  for (let i = sink.warnings.length - 1; i >= 0; i -= 1) if (sink.warnings[i]!.row === index) sink.warnings.splice(i, 1);
  warnRow(sink, index, { truncated: mine.some((w) => w.code === 'whatTruncated'), who, resolved });
}

// Helpers, not closures made per row: a closure per call costs even where it is cheap (tsx/jest name every one).
const warn = (sink: RowSink, code: ParseWarning['code'], source: NextStepRow['source'], row: number) =>
  sink.warnings.push({ code, text: source.text, row });

/** The column a folded cell names, a trailing ":" or "?" aside. */
const headerWord = (folded: string): Column | null =>
  HEADER_WORDS.get(folded.endsWith(':') || folded.endsWith('?') ? folded.slice(0, -1) : folded) ?? null;

const headerCell = (cell: string): Column | null => (cell.length > LONGEST_HEADER_CELL && PLAIN_ASCII.test(cell) ? null : headerWord(fold(cell)));

/** The columns a header row names (at least who or what, and two of the four), or null when it is no header. */
export function headerColumns(cells: readonly string[]): Column[] | null {
  // Every row of a table is asked: a row that is no header is found without building anything.
  let named = 0;
  let whoOrWhat = false;
  for (const cell of cells) {
    const column = headerCell(cell);
    if (column === null) continue;
    named += 1;
    if (column === 'who' || column === 'what') whoOrWhat = true;
  }
  if (named < 2 || !whoOrWhat) return null;
  return cells.map((cell) => headerCell(cell) ?? ('ignored' as Column));
}

const DEFAULT_COLUMNS: Column[] = ['who', 'what', 'when', 'followUp'];

function allEmpty(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '') return false;
  return true;
}
function cellOf(cells: readonly string[], order: readonly Column[], column: Column): string {
  const at = order.indexOf(column);
  return at >= 0 ? (cells[at] ?? '') : '';
}

/**
 * One table row (HTML or "a | b | c" text) under the given columns; rows with every cell empty are template rows.
 * Cells are visible text already (see BodyBlock).
 */
export function addTableRow(sink: RowSink, cells: readonly string[], columns: Column[] | null, tools: LineTools): void {
  if (allEmpty(cells)) return;
  const order = columns ?? DEFAULT_COLUMNS;
  const source = { format: 'table' as const, text: cells.join(' | ') };
  const whoText = cellOf(cells, order, 'who');
  let what = cellOf(cells, order, 'what');
  let whenText = cellOf(cells, order, 'when');
  let who: WhoMatch;
  if (whoText) who = matchWho(whoText, tools.index) ?? unresolvedWho(whoText);
  else {
    // No owner cell: the task may name one itself ("I will …").
    const reading = readLine(what, tools);
    who = reading.who;
    what = reading.what;
    whenText = whenText || reading.whenText;
  }
  if (!whenText) ({ what, whenText } = splitTrailingWhen(what, tools));
  addRow(sink, { who, what, whenText, followUpText: cellOf(cells, order, 'followUp') }, source, tools);
}
