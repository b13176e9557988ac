import { escapeHtml } from './html';

/**
 * The agenda as a short list of blocks, written out twice: as the allow-listed HTML of docs/contracts.md §5 and as
 * plain-text lines. Every string in a block is plain text; escaping happens here and only here.
 */
export type Block =
  | { kind: 'h2' | 'h3' | 'p'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'ul'; items: readonly string[] }
  | { kind: 'table'; header: readonly string[]; textHeader: readonly string[]; emptyRows: number };

export function blocksToHtml(blocks: readonly Block[], rtl: boolean): string {
  // Outlook keeps dir and text-align; both are set on every block element so that each line aligns on its own.
  const attrs = rtl ? ' dir="rtl" style="text-align:right"' : '';
  const tag = (name: string, inner: string) => `<${name}${attrs}>${inner}</${name}>`;
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'h2':
        case 'h3':
        case 'p':
          return tag(block.kind, escapeHtml(block.text));
        case 'note':
          return tag('p', `<i>${escapeHtml(block.text)}</i>`);
        case 'ul':
          return tag('ul', block.items.map((item) => tag('li', escapeHtml(item))).join(''));
        case 'table': {
          const header = tag('tr', block.header.map((cell) => tag('th', escapeHtml(cell))).join(''));
          const empty = tag('tr', block.header.map(() => tag('td', '&nbsp;')).join(''));
          return tag('table', header + empty.repeat(block.emptyRows));
        }
      }
    })
    .join('\n');
}

export function blocksToText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'h2':
      case 'p':
      case 'note':
        lines.push(block.text);
        break;
      case 'h3':
        lines.push('', block.text);
        break;
      case 'ul':
        lines.push(...block.items.map((item) => `- ${item}`));
        break;
      case 'table':
        lines.push(block.textHeader.join(' | '));
        for (let i = 0; i < block.emptyRows; i += 1) lines.push(block.textHeader.map(() => ' ').join('|'));
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}
