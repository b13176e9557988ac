import { isAgendaTitleLine } from '../agenda/agenda-title';
import { hasListMarker, type BodyBlock } from './blocks';
import { emptyList } from './lists';
import { readLine, type LineTools } from './line';
import { addRow, addTableRow, amendLastRow, headerColumns, type RowSink } from './rows';
import { readLabel } from './labels';
import type { ParseResult } from './types';
import { AGENDA_PROMPTS, CARRY_OVER_HEADINGS, fold, QUOTE_FROM, QUOTE_LINE, QUOTE_SENT, SECTION_HEADINGS, type Column } from './vocabulary';

const TEAMS_LINE = /microsoft teams/iu;
/** No section heading is longer than this; longer lines skip the folding ("Heading: first row" aside). */
const LONGEST_HEADING = 60;

/** "Next steps", "Next steps:", "3. Action items", "Next steps: Dana – deck – Friday" → the text after the heading. */
function sectionHeading(text: string): { rest: string; carryOver: boolean } | null {
  const colonAt = text.indexOf(':');
  // Headings are short; a long line can only be "Heading: first row".
  if (text.length > LONGEST_HEADING && (colonAt < 0 || colonAt > LONGEST_HEADING)) return null;
  // "3. Action items", "## Next steps", "✅ Next steps", "Next steps (owner, date):", "Nästa steg –".
  const folded = fold(text).replace(/^(?:\d{1,2}[.)]|#+|[*•·-]|[\p{So}\p{Sk}\u{fe0f}]+)\s*/u, '');
  const bare = folded.replace(/\s*\([^()]{0,40}\)\s*:?$/u, '').replace(/[\s:.!*–—-]+$/u, '');
  if (SECTION_HEADINGS.has(bare)) return { rest: '', carryOver: CARRY_OVER_HEADINGS.has(bare) };
  const colon = folded.indexOf(':');
  if (colon > 0 && SECTION_HEADINGS.has(folded.slice(0, colon).trim())) {
    return { rest: text.slice(text.indexOf(':') + 1).trim(), carryOver: false };
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

function holdsAgendaPrompt(folded: string): boolean {
  for (const prompt of AGENDA_PROMPTS) if (folded.includes(prompt)) return true;
  return false;
}

/** `amendable`: the last row came from a line, so labelled lines under it ("Owner: Dana") complete it. */
type Section = RowSink & { columns: Column[] | null; started: boolean; amendable: boolean };

/**
 * Reads blocks one at a time (with the block after it, for reply headers that span two lines) and keeps the first
 * next-steps section that holds something (docs/contracts.md §5). `read` answers false once nothing later can matter:
 * the section is read, or quoted reply content begins. The caller then stops reading the body.
 */
export class SectionReader {
  private section: Section | null = null;
  /**
   * Between a Rapport agenda's title and its own next-steps heading: there the agenda's carry-over heading (Hebrew
   * "משימות להמשך", also a usual heading of new next steps) heads last meeting's promises, not new ones.
   */
  private inAgenda = false;

  /** The heading a line is, unless it is the carry-over list of the agenda being read. */
  private headingOf(block: BodyBlock): { rest: string } | null {
    if (block.kind !== 'line') return null;
    const heading = sectionHeading(block.text);
    if (heading && this.inAgenda && heading.carryOver) return null;
    if (heading) this.inAgenda = false;
    return heading;
  }

  constructor(private readonly tools: LineTools) {}

  result(): ParseResult {
    const { section } = this;
    return section && this.settled() ? { rows: section.rows, warnings: section.warnings } : { rows: [], warnings: [] };
  }

  private settled(): boolean {
    const { section } = this;
    return section !== null && (section.rows.length > 0 || section.warnings.some((w) => w.row === null && w.code !== 'unreadLine'));
  }

  private open(columns: Column[] | null): Section {
    this.section = { rows: emptyList(), warnings: emptyList(), columns, started: false, amendable: false };
    return this.section;
  }

  private readTextLine(sink: Section, line: string, listed: boolean): 'skip' | 'read' | 'end' {
    if (holdsAgendaPrompt(fold(line))) return 'skip';
    const label = readLabel(line);
    if (label && label.kind !== 'what' && sink.amendable) {
      amendLastRow(sink, { kind: label.kind, value: label.value }, line, this.tools);
      return 'read';
    }
    // "Task: send the quote" starts an item as a list item does.
    // A marker typed by hand ("1. …" in an Office.js or OWA body without list markup) makes a list item too.
    const [text, list] = label?.kind === 'what' && label.value ? [label.value, true] : [line, listed || hasListMarker(line)];
    const reading = readLine(text, this.tools);
    if (!reading.rowLike && !list) {
      if (sink.started) return 'end';
      if (!/:\s*$/u.test(text)) sink.warnings.push({ code: 'unreadLine', text, row: null });
      return 'skip';
    }
    addRow(sink, reading, { format: list ? 'list' : 'line', text: line }, this.tools);
    sink.started = true;
    sink.amendable = sink.rows.length > 0;
    return 'read';
  }

  read(block: BodyBlock, next: BodyBlock | undefined): boolean {
    if (block.kind === 'cut') return true;
    if (block.kind === 'stop' || isQuoteHeader(block, next)) return false;
    if (block.kind === 'line' && block.text.length < 400 && isAgendaTitleLine(block.text)) this.inAgenda = true;
    const heading = this.headingOf(block);
    if (this.section && endsSection(block) && !(heading && !this.settled())) {
      if (this.settled()) return false;
      this.section = null;
    }
    const section = this.section;
    if (!section) {
      if (block.kind === 'line') {
        if (heading) {
          const opened = this.open(null);
          if (heading.rest) this.readTextLine(opened, heading.rest, false);
        }
      } else if (block.kind === 'row') {
        const columns = headerColumns(block.cells);
        if (columns) this.open(columns);
      }
      return true;
    }
    if (block.kind === 'row') {
      const columns = headerColumns(block.cells);
      if (columns) section.columns = columns;
      else {
        const before = section.rows.length;
        addTableRow(section, block.cells, section.columns, this.tools);
        if (section.rows.length > before) section.started = true;
        section.amendable = false;
      }
    } else if (block.kind === 'line') {
      if (heading && !this.settled()) {
        const opened = this.open(null);
        if (heading.rest) this.readTextLine(opened, heading.rest, false);
        return true;
      }
      if (this.readTextLine(section, block.text, block.list) === 'end') {
        if (this.settled()) return false;
        this.section = null;
      }
    }
    return true;
  }
}
