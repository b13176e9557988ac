import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Test helper: the elements of an HTML fragment as htmlparser2 sees them, in document order. */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        found.push(node);
        walk(node.children);
      }
    }
  };
  walk(parseDocument(html).children);
  return found;
}

/** The decoded text content of an element (or a whole fragment). */
export function textOf(nodeOrHtml: Element | string): string {
  const nodes = typeof nodeOrHtml === 'string' ? parseDocument(nodeOrHtml).children : nodeOrHtml.children;
  const collect = (list: readonly ChildNode[]): string =>
    list.map((n) => (n.type === 'text' ? n.data : 'children' in n ? collect(n.children) : '')).join('');
  return collect(nodes);
}

/** The top-level elements of a fragment (the agenda's blocks). */
export const topLevelOf = (html: string): Element[] =>
  parseDocument(html).children.filter((n): n is Element => n.type === 'tag');
