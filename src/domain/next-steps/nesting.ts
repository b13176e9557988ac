/**
 * htmlparser2 slows down sharply (about quadratically) with nesting depth: its element stack grows at the front, so
 * 40,000 nested divs take seconds, which no real Outlook body comes near (they nest a few dozen deep). The limiter
 * counts the depth of the elements that never close implicitly and cuts everything nested deeper than the limit,
 * before htmlparser2 sees it. It works chunk by chunk, ahead of the parser, so a reading that stops early (the next
 * steps are read) never scans the rest for tags. The cut is reported, never silent.
 *
 * A tag is what `<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>` matches (the first `>` ends it), scanned by hand: a
 * regex with captures allocated for every tag of a 1 MB body cost more than the parsing it protects.
 */
const NESTING_TAGS = new Set(['div', 'span', 'font', 'b', 'i', 'u', 'em', 'strong', 'blockquote', 'section', 'article', 'ul', 'ol', 'table', 'small', 'sub', 'sup', 'a']);
/** (name length, first letter) of the nesting tags: most tags (p, td, tr, li, …) are passed over unread. */
const LONGEST = Math.max(...[...NESTING_TAGS].map((tag) => tag.length));
const CANDIDATE = new Uint8Array((LONGEST + 1) * 32);
for (const tag of NESTING_TAGS) CANDIDATE[tag.length * 32 + (tag.charCodeAt(0) & 31)] = 1;
const mayNest = (html: string, start: number, length: number): boolean =>
  length <= LONGEST &&
  CANDIDATE[length * 32 + (html.charCodeAt(start) & 31)] === 1 &&
  NESTING_TAGS.has(html.slice(start, start + length).toLowerCase());

export const MAX_NESTING = 1000;
/** How much of the body the limiter hands on at a time. */
const CHUNK = 16_384;

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLetterOrDigit = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

export class NestingLimiter {
  private depth = 0;
  private at = 0;
  /** True once something was nested deeper than the limit (in the part read so far). */
  cut = false;

  constructor(
    private readonly html: string,
    private readonly limit = MAX_NESTING,
  ) {}

  get done(): boolean {
    return this.at >= this.html.length;
  }

  /** The next chunk of the body, without what is nested too deeply; '' when all of it was handed on. */
  next(): string {
    const { html } = this;
    const from = this.at;
    if (from >= html.length) return '';
    // A chunk ends just after a '>', so no tag spans two chunks (a tag ends at its first '>').
    const gt = from + CHUNK >= html.length ? -1 : html.indexOf('>', from + CHUNK);
    const to = gt < 0 ? html.length : gt + 1;
    this.at = to;
    return this.scan(from, to, true);
  }

  /** Scans the rest of the body for depth only (nothing is handed on): is anything in it cut? */
  scanRest(): boolean {
    if (!this.cut && this.at < this.html.length) this.scan(this.at, this.html.length, false);
    this.at = this.html.length;
    return this.cut;
  }

  // The kept part of the chunk being scanned: finished pieces, and the run of text still growing.
  private kept = '';
  private runStart = 0;
  private runEnd = 0;

  private keep(start: number, end: number): void {
    if (start >= end) return;
    if (start !== this.runEnd) {
      this.kept += this.html.slice(this.runStart, this.runEnd);
      this.runStart = start;
    }
    this.runEnd = end;
  }

  private scan(from: number, to: number, keeping: boolean): string {
    const { html, limit } = this;
    this.kept = '';
    this.runStart = this.runEnd = from;
    // Text since the last nesting tag is kept when the depth it lies at is within the limit.
    let textFrom = from;
    let pos = from;
    for (;;) {
      const lt = html.indexOf('<', pos);
      if (lt < 0 || lt >= to) break;
      pos = lt + 1;
      let i = lt + 1;
      const closing = html.charCodeAt(i) === 47;
      if (closing) i += 1;
      if (!isLetter(html.charCodeAt(i))) continue;
      const nameStart = i;
      while (isLetterOrDigit(html.charCodeAt(i))) i += 1;
      if (html.charCodeAt(i) === 95) continue; // "_" after the name: no word boundary, no tag
      const end = html.indexOf('>', i);
      if (end < 0) break; // no '>' anywhere after: no tag either
      pos = end + 1;
      const selfClosing = end - 1 >= i && html.charCodeAt(end - 1) === 47;
      if (selfClosing || !mayNest(html, nameStart, i - nameStart)) continue;
      if (keeping && this.depth <= limit) this.keep(textFrom, !closing && this.depth + 1 > limit ? lt : end + 1);
      textFrom = end + 1;
      this.depth = Math.max(0, this.depth + (closing ? -1 : 1));
      if (this.depth > limit) this.cut = true;
    }
    if (!keeping) return '';
    if (this.depth <= limit) this.keep(textFrom, to);
    const kept = this.kept + html.slice(this.runStart, this.runEnd);
    this.kept = '';
    return kept;
  }
}
