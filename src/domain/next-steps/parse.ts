import { isAgendaTitleLine } from '../agenda/agenda-title';
import { dueResolver } from '../time/relative-dates';
import { htmlBlocks } from './html-stream';
import { textBlocks, type BodyBlock } from './blocks';
import { readLine, type LineTools } from './line';
import { addRow, addTableRow, headerColumns, type RowSink } from './rows';
import type { Locale } from '../../i18n/locale';
import type { BodyInput, ParseContext, ParseResult } from './types';
import { AGENDA_PROMPTS, fold, QUOTE_FROM, QUOTE_LINE, QUOTE_SENT, SECTION_HEADINGS, type Column } from './vocabulary';
import { indexPeople } from './who';

const TEAMS_LINE = /microsoft teams/iu;

/**
 * The meeting's language when the caller does not know it: Hebrew letters → he, Swedish letters → sv, else en. It
 * matters only for numeric dates ("3/12" is month first in English) and the first day of "next week".
 */
function inferLocale(blocks: readonly BodyBlock[]): Locale {
  let sample = '';
  for (const block of blocks) {
    if (block.kind === 'line') sample += ` ${block.text}`;
    else if (block.kind === 'row') sample += ` ${block.cells.join(' ')}`;
    if (sample.length > 20_000) break;
  }
  if (/[\u05d0-\u05ea]/u.test(sample)) return 'he';
  return /[åäö]/iu.test(sample) ? 'sv' : 'en';
}

/** "Next steps", "Next steps:", "3. Action items", "Next steps: Dana – deck – Friday" → the text after the heading. */
function sectionHeading(text: string): { rest: string } | null {
  const colonAt = text.indexOf(':');
  // Headings are short; a long line can only be "Heading: first row".
  if (text.length > 60 && (colonAt < 0 || colonAt > 60)) return null;
  const folded = fold(text).replace(/^(?:\d{1,2}[.)]|#+|[*•·-])\s*/u, '');
  const bare = folded.replace(/[\s:.!*]+$/u, '');
  if (SECTION_HEADINGS.has(bare)) return { rest: '' };
  const colon = folded.indexOf(':');
  if (colon > 0 && SECTION_HEADINGS.has(folded.slice(0, colon).trim())) {
    return { rest: text.slice(text.indexOf(':') + 1).trim() };
  }
  return null;
}

const isQuoteHeader = (block: BodyBlock, next: BodyBlock | undefined): boolean => {
  if (block.kind !== 'line') return false;
  if (QUOTE_LINE.test(block.text)) return true;
  if (!QUOTE_FROM.test(block.text)) return false;
  return QUOTE_SENT.test(block.text) || (next?.kind === 'line' && QUOTE_SENT.test(` ${next.text}`));
};

const endsSection = (block: BodyBlock): boolean =>
  block.kind === 'break' ||
  (block.kind === 'line' && (block.heading || TEAMS_LINE.test(block.text) || (block.text.length < 400 && isAgendaTitleLine(block.text))));

/**
 * The next steps of a meeting body (CONTRACTS.md §5): the first next-steps section that holds something (a
 * heading in any of the three languages, or a table whose header names who/what/when) is read, until the next
 * heading, a rule, the Teams join block, another agenda, prose after the rows, or quoted reply content. Every
 * row not read fully carries a warning; lines that are not rows are reported as `unreadLine`.
 */
export function parseNextSteps(body: BodyInput, context: ParseContext): ParseResult {
  const result: ParseResult = { rows: [], warnings: [] };
  const content = typeof body?.content === 'string' ? body.content : '';
  if (!content) return result;
  const blocks = body.contentType === 'html' ? htmlBlocks(content) : textBlocks(content);
  const tools: LineTools = {
    index: indexPeople(context.organizer, context.attendees),
    context,
    due: dueResolver(context.meetingStart, context.timeZone, context.locale ?? inferLocale(blocks)),
  };

  let section: (RowSink & { columns: Column[] | null; started: boolean }) | null = null;
  const open = (columns: Column[] | null) => ({ rows: [], warnings: [], columns, started: false });
  const settled = () => section !== null && section.rows.length + section.warnings.filter((w) => w.row === null && w.code !== 'unreadLine').length > 0;

  const readTextLine = (text: string, list: boolean) => {
    const sink = section!;
    if (AGENDA_PROMPTS.some((prompt) => fold(text).includes(prompt))) return 'skip';
    const reading = readLine(text, tools);
    if (!reading.rowLike && !list) {
      if (sink.started) return 'end';
      if (!/:\s*$/u.test(text)) sink.warnings.push({ code: 'unreadLine', text, row: null });
      return 'skip';
    }
    addRow(sink, reading, { format: list ? 'list' : 'line', text }, tools);
    sink.started = true;
    return 'read';
  };

  const cut = blocks[0]?.kind === 'cut';
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'cut') continue;
    if (block.kind === 'stop' || isQuoteHeader(block, blocks[i + 1])) break;
    if (section && endsSection(block) && !(block.kind === 'line' && sectionHeading(block.text) && !settled())) {
      if (settled()) break;
      section = null;
    }
    if (!section) {
      if (block.kind === 'line') {
        const heading = sectionHeading(block.text);
        if (heading) {
          section = open(null);
          if (heading.rest) readTextLine(heading.rest, false);
        }
      } else if (block.kind === 'row') {
        const columns = headerColumns(block.cells);
        if (columns) section = open(columns);
      }
      continue;
    }
    if (block.kind === 'row') {
      const columns = headerColumns(block.cells);
      if (columns) section.columns = columns;
      else {
        const before = section.rows.length;
        addTableRow(section, block.cells, section.columns, tools);
        if (section.rows.length > before) section.started = true;
      }
    } else if (block.kind === 'line') {
      const heading = sectionHeading(block.text);
      if (heading && !settled()) {
        section = open(null);
        if (heading.rest) readTextLine(heading.rest, false);
        continue;
      }
      if (readTextLine(block.text, block.list) === 'end') {
        if (settled()) break;
        section = null;
      }
    }
  }
  if (section && settled()) {
    result.rows = section.rows;
    result.warnings = section.warnings;
  }
  if (cut) result.warnings.push({ code: 'contentCut', text: '', row: null });
  return result;
}
