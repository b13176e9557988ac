import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

/**
 * Initial JavaScript of a page: every script its HTML loads from our origin (Office.js from Microsoft's CDN is not
 * ours and is excluded), gzip level 9, in kB (1000 bytes). Lazily loaded chunks are not initial and not counted.
 */
export function initialJsGzip(distDir: string, page: string): number {
  const html = readFileSync(join(distDir, `${page}.html`), 'utf8');
  // The production HTML is minified: attribute values may be unquoted.
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3]) as string)
    .filter((src) => !/^https?:/.test(src));
  if (!scripts.length) throw new Error(`${page}.html loads no script of its own`);
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(distDir, src.replace(/^\//, ''))), { level: 9 }).length, 0);
  return bytes / 1000;
}

const BUDGETS: Array<[page: string, label: string, limitKb: number]> = [
  ['taskpane', 'task pane', 150],
  ['commands', 'function commands', 60],
  ['teams', 'Teams tab', 200],
];

export function bundleFigures(distDir: string): Figure[] {
  const baseline = initialJsGzip(distDir, 'baseline');
  return BUDGETS.map(([page, label, limit]) => ({
    group: 'initial JS (gzip)',
    figure: label,
    unit: 'kB',
    value: initialJsGzip(distDir, page),
    budget: { kind: 'max', limit },
    baseline,
    baselineLabel: 'Fluent + Button page',
  }));
}
