import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

/** An attribute of one tag; the production HTML is minified, so values may be unquoted. */
const attribute = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return m ? ((m[1] ?? m[2] ?? m[3]) as string) : null;
};

/**
 * Initial JavaScript of a page: every script its HTML loads from our origin, as a `<script src>` or a
 * `<link rel="preload" as="script">` (the task pane preloads its UI chunk beside its small entry), gzip level 9, in kB
 * (1000 bytes). Office.js from Microsoft's CDN is not ours and is excluded. Lazily loaded chunks are not initial and
 * not counted.
 */
export function initialJsGzip(distDir: string, page: string): number {
  const html = readFileSync(join(distDir, `${page}.html`), 'utf8');
  const sources = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attribute(m[0], 'src'));
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'rel') === 'preload' && attribute(tag, 'as') === 'script')
    .map((tag) => attribute(tag, 'href'));
  const scripts = [...new Set([...sources, ...preloads])].filter((src): src is string => !!src && !/^https?:/.test(src));
  if (!scripts.length) throw new Error(`${page}.html loads no script of its own`);
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(distDir, src.replace(/^\//, ''))), { level: 9 }).length, 0);
  return bytes / 1000;
}

const BUDGETS: Array<[page: string, label: string, limitKb: number]> = [
  ['taskpane', 'task pane', 100],
  ['commands', 'function commands', 30],
  ['teams', 'Teams tab', 140],
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
