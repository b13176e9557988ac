import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Docs go stale quietly: a file moves, a section is renamed, and a citation points nowhere. This test reads every
// Markdown file of the repository and every comment in the code that cites a doc, and fails on a repository path,
// a linked file, an anchor (#…), a numbered section (§n) or a quoted section title that does not exist.
const root = resolve(__dirname, '../../..');
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage', 'reports', 'test-results', 'playwright-report', 'fixtures']);

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED_DIRS.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, keep) : keep(entry.name) ? [path] : [];
  });
}

const docs = filesUnder(root, (name) => name.endsWith('.md'));
// This file's own examples of broken citations are left out.
const code = ['src', 'tests', 'tools']
  .flatMap((dir) => filesUnder(join(root, dir), (name) => /\.(ts|tsx|js|mjs)$/.test(name)))
  .filter((file) => file !== __filename);
code.push(...['webpack.config.js', 'eslint.config.mjs', 'jest.config.ts', 'playwright.config.ts'].map((f) => join(root, f)).filter((f) => existsSync(f)));

/** GitHub's anchor of a heading: lower case, punctuation other than `-` and `_` dropped, spaces as `-`. */
export const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, (c) => (c === '_' ? '_' : ''))
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const headingsCache = new Map<string, string[]>();
function headingsOf(file: string): string[] {
  let headings = headingsCache.get(file);
  if (!headings) {
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
    headings = [...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => m[1]!.trim());
    headingsCache.set(file, headings);
  }
  return headings;
}

const REPO_PATH = /(?<![\w/.@:-])((?:src|tests|tools|docs|manifest|hosting)\/[\w./-]*[\w/])/g;
/** `docs/x.md §3`, `docs/x.md §2–4`, `docs/x.md, "Title"`, `docs/x.md ("Title")`, `docs/x.md "Title"`. */
const DOC_CITATION = /((?:[\w./-]+\/)?[\w.-]+\.md)(?:,?\s+§(\d+)(?:[–-](\d+))?|,?\s+\(?"([^"]+)")/g;

function problemsIn(file: string, text: string, options: { paths: boolean }): string[] {
  const where = relative(root, file);
  const problems: string[] = [];
  if (options.paths) {
    const prose = text.replace(/https?:\/\/\S+/g, '');
    for (const [, path] of prose.matchAll(REPO_PATH)) {
      if (!existsSync(join(root, path!))) problems.push(`${where}: names ${path}, which does not exist`);
    }
    for (const [, target, anchor] of text.matchAll(/\]\(([^)\s#]*)(?:#([^)\s]+))?\)/g)) {
      if (/^(https?|mailto):/.test(target!)) continue;
      const linked = target ? resolve(dirname(file), target) : file;
      if (!existsSync(linked)) problems.push(`${where}: links ${target}, which does not exist`);
      else if (anchor && statSync(linked).isFile() && !headingsOf(linked).some((h) => anchorOf(h) === anchor)) {
        problems.push(`${where}: links ${target}#${anchor}, a section that does not exist`);
      }
    }
  }
  for (const [, doc, from, to, title] of text.matchAll(DOC_CITATION)) {
    const target = [resolve(root, doc!), resolve(dirname(file), doc!)].find((candidate) => existsSync(candidate));
    if (!target) {
      if (doc!.includes('/')) problems.push(`${where}: cites ${doc}, which does not exist`);
      continue;
    }
    const headings = headingsOf(target);
    for (let n = Number(from); from && n <= Number(to ?? from); n += 1) {
      if (!headings.some((h) => h.startsWith(`${n}. `))) problems.push(`${where}: cites ${doc} §${n}, which does not exist`);
    }
    // A title may wrap across comment lines (` * ` or `// ` at the start of the next one).
    const wanted = title?.replace(/\s*\n\s*(?:\*|\/\/)?\s*/g, ' ');
    if (wanted && !headings.some((h) => h.includes(wanted))) problems.push(`${where}: cites ${doc} "${wanted}", a section that does not exist`);
  }
  return problems;
}

describe('references in the docs and in code comments', () => {
  it('finds the docs and the code to check', () => {
    expect(docs.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md', 'docs/contracts.md']));
    expect(code.length).toBeGreaterThan(100);
  });

  it('every path, link, anchor and section a doc names exists', () => {
    expect(docs.flatMap((file) => problemsIn(file, readFileSync(file, 'utf8'), { paths: true }))).toEqual([]);
  });

  it('every doc and section the code cites exists', () => {
    expect(code.flatMap((file) => problemsIn(file, readFileSync(file, 'utf8'), { paths: false }))).toEqual([]);
  });

  it('would catch a missing path, a missing section and a broken anchor', () => {
    const doc = join(root, 'docs/architecture.md');
    const text = 'See `src/shell/no-such-entry.ts`, docs/contracts.md §42, docs/performance.md, "No such section" and [x](contracts.md#no-such-anchor).';
    expect(problemsIn(doc, text, { paths: true })).toEqual([
      'docs/architecture.md: names src/shell/no-such-entry.ts, which does not exist',
      'docs/architecture.md: links contracts.md#no-such-anchor, a section that does not exist',
      'docs/architecture.md: cites docs/contracts.md §42, which does not exist',
      'docs/architecture.md: cites docs/performance.md "No such section", a section that does not exist',
    ]);
    expect(problemsIn(doc, 'docs/contracts.md §1–8 and [contracts](contracts.md#4-graph-behaviour-the-emulator-reproduces-and-the-client-relies-on)', { paths: true })).toEqual([]);
  });
});
