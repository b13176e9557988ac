import { Parser } from 'htmlparser2';
import { hasVisibleText, isSeparator, visibleText, type BodyBlock } from './blocks';
import { BLOCK, isHidden, isListParagraph, isMsoListGlyph, isQuoteStart, type Tag } from './html-rules';
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

interface Frame {
  name: string;
  skip: boolean;
  block: boolean;
  table: TableState | null;
}

/**
 * HTML bodies (Word HTML from classic Outlook, Outlook on the web, Office.js getAsync) to blocks in one streaming
 * pass of a real HTML parser: never rendered, never evaluated, no DOM kept (1 MB bodies stay cheap). Hidden
 * elements (display:none, mso-hide, hidden, script, style, noscript, …: CSS-generated text lives only in style) and
 * blockquotes give nothing; a reply/forward header stops the reading. A table with two or more cells in a row is
 * data (one block per row); otherwise it is layout and its content reads as lines.
 *
 * Blocks go to `take` in document order as soon as they are final (a table's once it closes, as its lines may turn
 * into rows); when `take` answers false the reading stops there: the rest of the body is never parsed. `cut` says
 * whether anything in the body was nested too deeply to read (the rest is scanned for that, cheaply).
 */
export function readHtmlBlocks(html: string, take: (block: BodyBlock) => boolean): { cut: boolean } {
  const out: Pending[] = [];
  const stack: Frame[] = [];
  const tables: TableState[] = [];
  let skipping = 0;
  let stopped = false;
  let line = '';
  let list = false;
  let heading = false;

  // Entering a block keeps the list/heading marks of an empty line (<li><p>…</p></li>); leaving one clears them.
  const flush = (keepMarks = false) => {
    const visible = line !== '' && hasVisibleText(line);
    if (visible) out.push({ kind: 'raw', line, list, heading });
    line = '';
    if (visible || !keepMarks) {
      list = false;
      heading = false;
    }
  };
  // Block boundaries separate words in a table's text without touching the current line.
  const addToTable = (text: string) => {
    const table = tables[tables.length - 1];
    if (!table) return;
    if (table.nested && table.text.length < MAX_CELL) table.text += text;
    if (table.cell !== null && table.cell.length < MAX_CELL) table.cell += text;
  };
  const separate = () => addToTable(' ');
  const addText = (text: string) => {
    line += text;
    addToTable(text);
  };
  // A row or cell belongs to a table when no other element but tbody/thead/tfoot (or the row) stands between.
  const parentTable = (allowed: ReadonlySet<string>): TableState | null => {
    for (let i = stack.length - 1; i >= 0; i -= 1) {
      const frame = stack[i]!;
      if (frame.table) return frame.table;
      if (!allowed.has(frame.name)) return null;
    }
    return null;
  };
  const ROW_PARENTS = new Set(['tbody', 'thead', 'tfoot']);
  const CELL_PARENTS = new Set(['tr', 'tbody', 'thead', 'tfoot']);

  const closeTable = (table: TableState) => {
    tables.pop();
    addToTable(` ${table.text} `);
    if (table.maxCells < 2) return;
    out.length = table.firstBlock;
    for (const cells of table.rows) out.push({ kind: 'row', cells: cells.map(visibleText) });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stopped) return;
        const tag: Tag = { name, attribs };
        if (skipping > 0 || isHidden(tag) || name === 'blockquote' || isMsoListGlyph(tag)) {
          if (skipping === 0 && isMsoListGlyph(tag)) list = true;
          skipping += 1;
          stack.push({ name, skip: true, block: false, table: null });
          return;
        }
        if (isQuoteStart(tag)) {
          flush();
          tables.length = 0;
          out.push({ kind: 'stop' });
          stopped = true;
          return;
        }
        const block = BLOCK.has(name);
        const frame: Frame = { name, skip: false, block, table: null };
        if (name === 'br') {
          flush();
          separate();
        }
        else if (name === 'hr') {
          flush();
          out.push({ kind: 'break' });
        } else if (block) {
          flush(true);
          if (name === 'li' || ((attribs.class !== undefined || attribs.style !== undefined) && isListParagraph(tag))) list = true;
          if (name.length === 2 && name.charCodeAt(0) === 104 && name.charCodeAt(1) >= 49 && name.charCodeAt(1) <= 54) heading = true;
          separate();
          if (name === 'tr') {
            const table = parentTable(ROW_PARENTS);
            if (table) table.row = [];
          } else if (name === 'td' || name === 'th') {
            const table = parentTable(CELL_PARENTS);
            if (table && table.row) table.cell = '';
          } else if (name === 'table') {
            frame.table = { firstBlock: out.length, nested: tables.length > 0, rows: [], row: null, cell: null, text: '', maxCells: 0 };
            tables.push(frame.table);
          }
        }
        stack.push(frame);
      },
      ontext(text) {
        if (!stopped && skipping === 0) addText(text);
      },
      onclosetag(name) {
        if (stopped) return;
        const frame = stack.pop();
        if (!frame) return;
        if (frame.skip) {
          skipping -= 1;
          return;
        }
        if (!frame.block) return;
        flush();
        separate();
        if (frame.table) closeTable(frame.table);
        else if (name === 'td' || name === 'th') {
          const table = parentTable(CELL_PARENTS);
          if (table && table.row && table.cell !== null) {
            table.row.push(table.cell.slice(0, MAX_CELL));
            table.cell = null;
          }
        } else if (name === 'tr') {
          const table = parentTable(ROW_PARENTS);
          if (table && table.row) {
            table.rows.push(table.row);
            table.maxCells = Math.max(table.maxCells, table.row.length);
            table.row = null;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const limiter = new NestingLimiter(html);
  let delivered = 0;
  // Blocks before the outermost open table are final; the consumer may stop the reading.
  const deliver = (all: boolean): boolean => {
    const ready = all || tables.length === 0 ? out.length : tables[0]!.firstBlock;
    while (delivered < ready) if (!take(final(out[delivered++]!))) return false;
    if (tables.length === 0) out.length = delivered = 0;
    return true;
  };
  while (!limiter.done && !stopped) {
    parser.write(limiter.next());
    if (!deliver(false)) return { cut: limiter.scanRest() };
  }
  if (!stopped) {
    parser.end();
    flush();
  }
  deliver(true);
  return { cut: limiter.scanRest() };
}
