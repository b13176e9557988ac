import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { agenda as agendaCatalogue } from '../../i18n/catalogues/agenda';
import { LOCALES, type Locale } from '../../i18n/locale';

/** The visible title prefix of an agenda in each language; the detector recognises any of them. */
export const AGENDA_TITLES: Readonly<Record<Locale, string>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, agendaCatalogue[locale].titlePrefix]),
) as Record<Locale, string>;

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const INVISIBLE_ELEMENTS = new Set(['head', 'script', 'style', 'title', 'noscript', 'template']);
// Zero-width and bidi format characters that editors sprinkle around text without changing what is seen.
const FORMAT_CHARS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** What a reader sees of a line: format characters gone, every kind of space one space, trimmed, lower case. */
export const normaliseLine = (line: string): string =>
  line.replace(FORMAT_CHARS, '').replace(/\s+/gu, ' ').trim().toLocaleLowerCase();

const titlePatterns = LOCALES.map((locale) => normaliseLine(AGENDA_TITLES[locale]));

/** True when a line is an agenda title: a known prefix, then the " · " that starts the report's name. */
export const isAgendaTitleLine = (line: string): boolean => {
  const normalised = normaliseLine(line);
  return titlePatterns.some((prefix) => normalised.startsWith(prefix) && /^\s*·/.test(normalised.slice(prefix.length)));
};

const looksLikeHtml = (body: string): boolean => /<\/?[a-z][a-z0-9:_-]*[\s/>]/i.test(body);

interface VisibleText {
  lines: string[];
  headings: string[];
}

function visibleText(html: string): VisibleText {
  const lines: string[] = [''];
  const headings: string[] = [];
  const breakLine = () => {
    if (lines[lines.length - 1] !== '') lines.push('');
  };
  const textOf = (nodes: readonly ChildNode[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.data : 'children' in n && !INVISIBLE_ELEMENTS.has((n as { name?: string }).name ?? '') ? textOf(n.children) : '')).join('');
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') lines[lines.length - 1] += node.data;
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const name = node.name.toLowerCase();
        if (INVISIBLE_ELEMENTS.has(name)) continue;
        if (name === 'h2') headings.push(textOf(node.children));
        const block = BLOCK_ELEMENTS.has(name);
        if (block) breakLine();
        walk(node.children);
        if (block) breakLine();
      } else if ('children' in node) walk(node.children);
    }
  };
  walk(parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children);
  return { lines, headings };
}

/**
 * Whether a meeting body already holds a Rapport agenda: its visible title (an h2, or the first line that has
 * text) in any of the three languages. Works on HTML (as Outlook re-serialises it: entities, &nbsp;, wrapping
 * elements, x_-prefixed classes) and on plain-text bodies; hidden markup is deliberately not relied on.
 */
export function detectAgenda(body: string): boolean {
  if (!body) return false;
  if (!looksLikeHtml(body)) {
    const first = body.split(/\r?\n|\r/).find((line) => normaliseLine(line) !== '');
    return first !== undefined && isAgendaTitleLine(first);
  }
  const { lines, headings } = visibleText(body);
  if (headings.some(isAgendaTitleLine)) return true;
  const first = lines.find((line) => normaliseLine(line) !== '');
  return first !== undefined && isAgendaTitleLine(first);
}
