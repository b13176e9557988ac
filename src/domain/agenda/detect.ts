import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { detectAgendaInText, isAgendaTitleLine, looksLikeHtml, normaliseLine } from './agenda-title';

export { AGENDA_TITLES, detectAgendaInText, isAgendaTitleLine, normaliseLine } from './agenda-title';

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const INVISIBLE_ELEMENTS = new Set(['head', 'script', 'style', 'title', 'noscript', 'template']);

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
  if (!looksLikeHtml(body)) return detectAgendaInText(body);
  const { lines, headings } = visibleText(body);
  if (headings.some(isAgendaTitleLine)) return true;
  const first = lines.find((line) => normaliseLine(line) !== '');
  return first !== undefined && isAgendaTitleLine(first);
}
