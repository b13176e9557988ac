/**
 * The body as the parser reads it: visible lines and table rows in document order. `stop` marks where quoted
 * reply/forward content begins (nothing after it counts); `break` a horizontal rule or separator line.
 */
export type BodyBlock =
  | { kind: 'line'; text: string; list: boolean; heading: boolean }
  /** Each cell is visible text (see visibleText). */
  | { kind: 'row'; cells: string[] }
  | { kind: 'break' }
  | { kind: 'stop' }
  /** Content nested too deeply to read was left out (see nesting.ts). */
  | { kind: 'cut' };

// Format characters (zero-width, bidi controls), control characters other than tab, and no-break spaces.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

// Most lines are plain ASCII with single spaces, and most others hold nothing invisible: tests find there is
// nothing to do before anything is built.
const NOT_PLAIN = /[^\x20-\x7e]|^ | $| {2}/;
// eslint-disable-next-line no-control-regex
const ANY_INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** Spacing visibleText would change: a space other than " ", two in a row, or one at either end. */
const UNEVEN_SPACING = /[^\S ]| {2}|^ | $/;
// Anything visibleText keeps.
// eslint-disable-next-line no-control-regex
const VISIBLE = /[^\s\p{Cf}\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** visibleText(text) !== '', without building it. */
export const hasVisibleText = (text: string): boolean => VISIBLE.test(text);
/** A line as a reader sees it: invisible characters gone, every space one space, trimmed. */
export function visibleText(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
  const shown = ANY_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
  return UNEVEN_SPACING.test(shown) ? shown.replace(/\s+/g, ' ').trim() : shown;
}

const SEPARATOR = /^[_\-=~*─━]{8,}$/u;
const LIST_MARKER = /^\s*(?:[-*•·◦▪▫‣⁃–—+]|\d{1,2}[.)]|\[[ xX✓✔]?\]|[☐☑✓✔])\s+/u;

export const hasListMarker = (text: string): boolean => LIST_MARKER.test(text);
export const stripListMarker = (text: string): string => {
  let s = text;
  for (let i = 0; i < 3 && LIST_MARKER.test(s); i += 1) s = s.replace(LIST_MARKER, '');
  return s.trim();
};
export const isSeparator = (text: string): boolean => SEPARATOR.test(text);

/** One line of a plain-text body as a block: "a | b | c" and tab-separated lines are table rows; null for nothing. */
function textBlock(raw: string): BodyBlock | null {
  // Tab-separated lines are table rows pasted from Excel or Word.
  // ("•\tDana – …" is how Outlook writes a bullet as text: a list item, not a row.)
  if (/\S\t+\S/.test(raw) && !hasListMarker(raw.replace(/\t/g, ' '))) return { kind: 'row', cells: raw.split(/\t+/).map(visibleText) };
  const text = visibleText(raw);
  if (!text) return null;
  if (isSeparator(text)) return { kind: 'break' };
  if (text.includes('|') && !/^[|\s]*$/.test(text)) {
    const cells = text.split('|').map(visibleText);
    if (cells[0] === '') cells.shift();
    if (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    return { kind: 'row', cells };
  }
  if (/^[|\s]+$/.test(text)) return { kind: 'row', cells: [] };
  return { kind: 'line', text, list: hasListMarker(text), heading: false };
}

/** Where blocks go, one at a time; `take` answers false when nothing more is wanted. */
export interface BlockSink {
  take(block: BodyBlock): boolean;
}

/** Plain-text bodies, line by line ("> " lines are quoted and skipped); blocks go to the sink until it has enough. */
export function textBlocks(content: string, sink: BlockSink): void {
  for (const raw of content.split(/\r\n|\r|\n/)) {
    if (/^\s*>/.test(raw)) continue;
    const block = textBlock(raw);
    if (block && !sink.take(block)) return;
  }
}
