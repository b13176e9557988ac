import { Parser, type Handler } from 'htmlparser2';
import { hasVisibleText, isSeparator, visibleText, type BlockSink, type BodyBlock } from './blocks';
import { BLOCK, isHidden, isListParagraph, isMsoListGlyph, isQuoteStart } from './html-rules';
import { emptyList } from './lists';
import { NestingLimiter } from './nesting';

/**
 * A table being read. Its content goes out as lines at once; if the table proves to be data (a row with two or more
 * cells), those lines are taken back (`firstBlock`) and its rows go out instead. Text is added to the innermost
 * table only and handed to the enclosing cell when a nested table closes, each capped, so depth costs no copying.
 */
interface TableState {
  firstBlock: number;
  /** Inside another table: its text goes to the enclosing cell when it closes (an outermost table's text is not kept). */
  nested: boolean;
  rows: string[][];
  row: string[] | null;
  cell: string | null;
  text: string;
  maxCells: number;
}
/** No next step needs more of a cell than this; a longer cell is cut (its what is cut at 255 anyway). */
const MAX_CELL = 4000;
/**
 * A line as the stream found it: made visible (visibleText) only when it goes out, as most lines inside a data table
 * are taken back unread.
 */
type Pending = BodyBlock | { kind: 'raw'; line: string; list: boolean; heading: boolean };
const final = (block: Pending): BodyBlock => {
  if (block.kind !== 'raw') return block;
  const text = visibleText(block.line);
  return isSeparator(text) ? { kind: 'break' } : { kind: 'line', text, list: block.list, heading: block.heading };
};

const ROW_PARENTS = new Set(['tbody', 'thead', 'tfoot']);
const CELL_PARENTS = new Set(['tr', 'tbody', 'thead', 'tfoot']);
const SKIP = 1;
const IS_BLOCK = 2;
const isHeadingName = (name: string) => name.length === 2 && name.charCodeAt(0) === 104 && name.charCodeAt(1) >= 49 && name.charCodeAt(1) <= 54;

/**
 * htmlparser2's handler. A class, not closures made per body: htmlparser2's optimised code calls the same methods
 * body after body instead of being thrown away for each new set of callbacks (it was, and a pane parses many bodies).
 */
class BlockStream implements Partial<Handler> {
  readonly out = emptyList<Pending>();
  /** The open elements: name, flags (SKIP, IS_BLOCK) and the table each one opened, side by side. */
  private readonly names = emptyList<string>();
  private readonly flags: number[] = [];
  private readonly opened = emptyList<TableState | null>();
  readonly tables = emptyList<TableState>();
  private skipping = 0;
  stopped = false;
  private line = '';
  private list = false;
  private heading = false;

  /** Entering a block keeps the list/heading marks of an empty line (<li><p>…</p></li>); leaving one clears them. */
  flush(keepMarks: boolean): void {
    const visible = this.line !== '' && hasVisibleText(this.line);
    if (visible) this.out.push({ kind: 'raw', line: this.line, list: this.list, heading: this.heading });
    this.line = '';
    if (visible || !keepMarks) {
      this.list = false;
      this.heading = false;
    }
  }

  /** Block boundaries separate words in a table's text without touching the current line. */
  private addToTable(text: string): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    if (table.nested && table.text.length < MAX_CELL) table.text += text;
    if (table.cell !== null && table.cell.length < MAX_CELL) table.cell += text;
  }

  /** A row or cell belongs to a table when no other element but tbody/thead/tfoot (or the row) stands between. */
  private parentTable(allowed: ReadonlySet<string>): TableState | null {
    for (let i = this.names.length - 1; i >= 0; i -= 1) {
      const table = this.opened[i];
      if (table) return table;
      if (!allowed.has(this.names[i]!)) return null;
    }
    return null;
  }

  private closeTable(table: TableState): void {
    this.tables.pop();
    this.addToTable(` ${table.text} `);
    if (table.maxCells < 2) return;
    this.out.length = table.firstBlock;
    for (const cells of table.rows) this.out.push({ kind: 'row', cells: cells.map(visibleText) });
  }

  private push(name: string, flags: number, table: TableState | null): void {
    this.names.push(name);
    this.flags.push(flags);
    this.opened.push(table);
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.stopped) return;
    if (this.skipping > 0 || isHidden(name, attribs) || name === 'blockquote' || isMsoListGlyph(attribs)) {
      if (this.skipping === 0 && isMsoListGlyph(attribs)) this.list = true;
      this.skipping += 1;
      this.push(name, SKIP, null);
      return;
    }
    if (isQuoteStart(attribs)) {
      this.flush(false);
      this.tables.length = 0;
      this.out.push({ kind: 'stop' });
      this.stopped = true;
      return;
    }
    const block = BLOCK.has(name);
    let table: TableState | null = null;
    if (name === 'br') {
      this.flush(false);
      this.addToTable(' ');
    } else if (name === 'hr') {
      this.flush(false);
      this.out.push({ kind: 'break' });
    } else if (block) {
      this.flush(true);
      if (name === 'li' || ((attribs.class !== undefined || attribs.style !== undefined) && isListParagraph(attribs))) this.list = true;
      if (isHeadingName(name)) this.heading = true;
      this.addToTable(' ');
      if (name === 'tr') {
        const parent = this.parentTable(ROW_PARENTS);
        if (parent) parent.row = emptyList();
      } else if (name === 'td' || name === 'th') {
        const parent = this.parentTable(CELL_PARENTS);
        if (parent && parent.row) parent.cell = '';
      } else if (name === 'table') {
        table = { firstBlock: this.out.length, nested: this.tables.length > 0, rows: emptyList(), row: null, cell: null, text: '', maxCells: 0 };
        this.tables.push(table);
      }
    }
    this.push(name, block ? IS_BLOCK : 0, table);
  }

  ontext(text: string): void {
    if (this.stopped || this.skipping > 0) return;
    this.line += text;
    this.addToTable(text);
  }

  onclosetag(name: string): void {
    if (this.stopped || this.names.length === 0) return;
    this.names.pop();
    const flags = this.flags.pop()!;
    const table = this.opened.pop()!;
    if (flags & SKIP) {
      this.skipping -= 1;
      return;
    }
    if (!(flags & IS_BLOCK)) return;
    this.flush(false);
    const cellOf = name === 'td' || name === 'th' ? this.parentTable(CELL_PARENTS) : null;
    if (cellOf && cellOf.row && cellOf.cell !== null && cellOf === this.tables[this.tables.length - 1]) {
      // The space that ends a block would end this cell, and cells are trimmed: it goes to the table's text only.
      if (cellOf.nested && cellOf.text.length < MAX_CELL) cellOf.text += ' ';
      cellOf.row.push(cellOf.cell.slice(0, MAX_CELL));
      cellOf.cell = null;
      return;
    }
    this.addToTable(' ');
    if (table) this.closeTable(table);
    else if (cellOf) {
      if (cellOf.row && cellOf.cell !== null) {
        cellOf.row.push(cellOf.cell.slice(0, MAX_CELL));
        cellOf.cell = null;
      }
    } else if (name === 'tr') {
      const parent = this.parentTable(ROW_PARENTS);
      if (parent && parent.row) {
        parent.rows.push(parent.row);
        parent.maxCells = Math.max(parent.maxCells, parent.row.length);
        parent.row = null;
      }
    }
  }
}

/**
 * HTML bodies (Word HTML from classic Outlook, Outlook on the web, Office.js getAsync) to blocks in one streaming
 * pass of a real HTML parser: never rendered, never evaluated, no DOM kept (1 MB bodies stay cheap). Hidden
 * elements (display:none, mso-hide, hidden, script, style, noscript, …: CSS-generated text lives only in style) and
 * blockquotes give nothing; a reply/forward header stops the reading. A table with two or more cells in a row is
 * data (one block per row); otherwise it is layout and its content reads as lines.
 *
 * Blocks go to the sink in document order as soon as they are final (a table's once it closes, as its lines may
 * turn into rows); when the sink answers false the reading stops there: the rest of the body is never parsed. `cut`
 * says whether anything in the body was nested too deeply to read (the rest is scanned for that, cheaply).
 */
export function readHtmlBlocks(html: string, sink: BlockSink): { cut: boolean } {
  const stream = new BlockStream();
  const parser = new Parser(stream, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const limiter = new NestingLimiter(html);
  const { out, tables } = stream;
  let delivered = 0;
  // Blocks before the outermost open table are final; the sink may stop the reading.
  const deliver = (all: boolean): boolean => {
    const ready = all || tables.length === 0 ? out.length : tables[0]!.firstBlock;
    while (delivered < ready) if (!sink.take(final(out[delivered++]!))) return false;
    if (tables.length === 0) out.length = delivered = 0;
    return true;
  };
  while (!limiter.done && !stream.stopped) {
    parser.write(limiter.next());
    if (!deliver(false)) return { cut: limiter.scanRest() };
  }
  if (!stream.stopped) {
    parser.end();
    stream.flush(false);
  }
  deliver(true);
  return { cut: limiter.scanRest() };
}
