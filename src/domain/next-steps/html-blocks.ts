import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { isSeparator, visibleText, type BodyBlock } from './blocks';
import { limitNesting } from './nesting';

const SKIPPED = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'button', 'meta', 'link', 'xml']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'center', 'pre', 'dl', 'dt', 'dd',
  'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'form', 'fieldset',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|font-size\s*:\s*0(?:\.0+)?(?:[a-z%]+)?\s*(?:!important)?\s*(?:;|$)|max-height\s*:\s*0(?:px)?\s*(?:!important)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:!important)?\s*(?:;|$))/i;
// Outlook prefixes ids and classes of the quoted message with "x_" (once per reply level).
const bare = (value: string) => value.replace(/^(?:x_)+/i, '');
const QUOTE_IDS = new Set(['divrplyfwdmsg', 'appendonsend', 'olk_src_body_section', 'mail-editor-reference-message-container']);
const QUOTE_CLASSES = /(?:^|\s)(?:x_)*(?:gmail_quote|outlookmessageheader|moz-cite-prefix|yahoo_quoted)(?:\s|$)/i;

const isHidden = (el: Element): boolean =>
  SKIPPED.has(el.name) || el.attribs.hidden !== undefined || HIDDEN_STYLE.test(el.attribs.style ?? '');
const isQuoteStart = (el: Element): boolean =>
  QUOTE_IDS.has(bare(el.attribs.id ?? '').toLowerCase()) || QUOTE_CLASSES.test(el.attribs.class ?? '');
const isListParagraph = (el: Element): boolean =>
  /(?:^|\s)(?:x_)*MsoListParagraph/i.test(el.attribs.class ?? '') || /mso-list\s*:\s*l\d/i.test(el.attribs.style ?? '');
const isMsoListGlyph = (el: Element): boolean => /mso-list\s*:\s*ignore/i.test(el.attribs.style ?? '');

const elementChildren = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'tag');

/** The rows of a table, not descending into nested tables. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elementChildren(table)) {
    if (isHidden(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'tbody' || child.name === 'thead' || child.name === 'tfoot') rows.push(...elementChildren(child).filter((c) => c.name === 'tr' && !isHidden(c)));
  }
  return rows;
}
const cellsOf = (row: Element): Element[] => elementChildren(row).filter((c) => (c.name === 'td' || c.name === 'th') && !isHidden(c));

/** The visible text of a subtree, without recursion (hostile bodies nest deeply). */
function textOf(root: Element): string {
  let text = '';
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.data;
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (isHidden(node) || isMsoListGlyph(node)) continue;
      if (node.name === 'br' || BLOCK.has(node.name)) text += ' ';
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
    }
  }
  return visibleText(text);
}

type Frame = { node: ChildNode } | { exit: Element };

/**
 * HTML bodies (Word HTML from classic Outlook, Outlook on the web, Office.js getAsync) to blocks. Parsed with a real
 * HTML parser and walked, never rendered or evaluated. Hidden subtrees (display:none, mso-hide, hidden, script,
 * style, noscript: CSS-generated text lives only in style) and blockquotes give nothing; a reply/forward header
 * stops the walk. Tables with two or more cells in a row are data (rows); others are layout and walked through.
 */
export function htmlBlocks(html: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let line = '';
  let list = false;
  let heading = false;
  // Entering a block keeps the list/heading marks of an empty line (<li><p>…</p></li>); leaving one clears them.
  const flush = (keepMarks = false) => {
    const text = visibleText(line);
    if (text) blocks.push(isSeparator(text) ? { kind: 'break' } : { kind: 'line', text, list, heading });
    line = '';
    if (text || !keepMarks) {
      list = false;
      heading = false;
    }
  };
  const limited = limitNesting(html);
  if (limited.cut) blocks.push({ kind: 'cut' });
  const document = parseDocument(limited.html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const stack: Frame[] = [...document.children].reverse().map((node) => ({ node }));
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      flush();
      continue;
    }
    const node = frame.node;
    if (node.type === 'text') {
      line += node.data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    if (isQuoteStart(node)) {
      flush();
      blocks.push({ kind: 'stop' });
      break;
    }
    if (isHidden(node) || node.name === 'blockquote') continue;
    if (isMsoListGlyph(node)) {
      list = true;
      continue;
    }
    if (node.name === 'br') {
      flush();
      continue;
    }
    if (node.name === 'hr') {
      flush();
      blocks.push({ kind: 'break' });
      continue;
    }
    if (node.name === 'table') {
      const rows = rowsOf(node);
      if (rows.some((row) => cellsOf(row).length >= 2)) {
        flush();
        for (const row of rows) blocks.push({ kind: 'row', cells: cellsOf(row).map(textOf) });
        continue;
      }
    }
    if (BLOCK.has(node.name)) {
      flush(true);
      if (node.name === 'li' || isListParagraph(node)) list = true;
      if (/^h[1-6]$/.test(node.name)) heading = true;
      stack.push({ exit: node });
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push({ node: node.children[i]! });
  }
  flush();
  return blocks;
}
