/**
 * The body as the parser reads it: visible lines and table rows in document order. `stop` marks where quoted
 * reply/forward content begins (nothing after it counts); `break` a horizontal rule or separator line.
 */
export type BodyBlock =
  | { kind: 'line'; text: string; list: boolean; heading: boolean }
  | { kind: 'row'; cells: string[] }
  | { kind: 'break' }
  | { kind: 'stop' }
  /** Content nested too deeply to read was left out (see nesting.ts). */
  | { kind: 'cut' };

// Format characters (zero-width, bidi controls), control characters other than tab, and no-break spaces.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/** A line as a reader sees it: invisible characters gone, every space one space, trimmed. */
// Most lines are plain ASCII: they skip the Unicode-property scan.
const NON_ASCII_OR_CONTROL = /[^\x20-\x7e]/;
export const visibleText = (text: string): string =>
  (NON_ASCII_OR_CONTROL.test(text) ? text.replace(INVISIBLE, '') : text).replace(/\s+/g, ' ').trim();

const SEPARATOR = /^[_\-=~*─━]{8,}$/u;
const LIST_MARKER = /^\s*(?:[-*•·◦▪▫‣⁃–—+]|\d{1,2}[.)]|\[[ xX✓✔]?\]|[☐☑✓✔])\s+/u;

export const hasListMarker = (text: string): boolean => LIST_MARKER.test(text);
export const stripListMarker = (text: string): string => {
  let s = text;
  for (let i = 0; i < 3 && LIST_MARKER.test(s); i += 1) s = s.replace(LIST_MARKER, '');
  return s.trim();
};
export const isSeparator = (text: string): boolean => SEPARATOR.test(text);

/** Plain-text bodies: one block per line; "a | b | c" lines are table rows; "> " lines are quoted and skipped. */
export function textBlocks(content: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const raw of content.split(/\r\n|\r|\n/)) {
    if (/^\s*>/.test(raw)) continue;
    // Tab-separated lines are table rows pasted from Excel or Word.
    // ("•\tDana – …" is how Outlook writes a bullet as text: a list item, not a row.)
    if (/\S\t+\S/.test(raw) && !hasListMarker(raw.replace(/\t/g, ' '))) {
      blocks.push({ kind: 'row', cells: raw.split(/\t+/).map(visibleText) });
      continue;
    }
    const text = visibleText(raw);
    if (!text) continue;
    if (isSeparator(text)) blocks.push({ kind: 'break' });
    else if (text.includes('|') && !/^[|\s]*$/.test(text)) {
      const cells = text.split('|').map(visibleText);
      if (cells[0] === '') cells.shift();
      if (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      blocks.push({ kind: 'row', cells });
    } else if (/^[|\s]+$/.test(text)) blocks.push({ kind: 'row', cells: [] });
    else blocks.push({ kind: 'line', text, list: hasListMarker(text), heading: false });
  }
  return blocks;
}
