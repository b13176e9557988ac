/**
 * htmlparser2 slows down sharply (about quadratically) with nesting depth: 40,000 nested divs take seconds, which no
 * real Outlook body comes near (they nest a few dozen deep). A linear pre-scan counts the depth of the elements that
 * never close implicitly and cuts everything nested deeper than the limit. The cut is reported, never silent.
 */
const NESTING_TAGS = new Set(['div', 'span', 'font', 'b', 'i', 'u', 'em', 'strong', 'blockquote', 'section', 'article', 'ul', 'ol', 'table', 'small', 'sub', 'sup', 'a']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;

export const MAX_NESTING = 1000;

export function limitNesting(html: string, limit = MAX_NESTING): { html: string; cut: boolean } {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!NESTING_TAGS.has(m[2]!.toLowerCase()) || m[3]) continue;
    depth = Math.max(0, depth + (m[1] ? -1 : 1));
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= limit) return { html, cut: false };
  let kept = '';
  let from = 0;
  depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!NESTING_TAGS.has(m[2]!.toLowerCase()) || m[3]) continue;
    const opening = !m[1];
    // Text and tags are kept while the depth, including this tag, stays within the limit.
    if (depth <= limit) kept += html.slice(from, opening && depth + 1 > limit ? m.index : m.index + m[0].length);
    from = m.index + m[0].length;
    depth = Math.max(0, depth + (opening ? 1 : -1));
  }
  if (depth <= limit) kept += html.slice(from);
  return { html: kept, cut: true };
}
