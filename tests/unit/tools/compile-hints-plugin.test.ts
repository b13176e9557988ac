import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CompileHintsPlugin } = require('../../../tools/build/compile-hints-plugin') as { CompileHintsPlugin: new (names: ReadonlySet<string>) => webpack.WebpackPluginInstance };

const HINT = '//# allFunctionsCalledOnLoad';

/** A production build of a page entry that loads one chunk later, with the plugin told about the entry only. */
function build(dir: string): Promise<void> {
  writeFileSync(join(dir, 'first.js'), "export function shown() { return 'first screen'; }\nglobalThis.shownText = shown();\nimport(/* webpackChunkName: \"later\" */ './later.js').then((m) => m.later());\n");
  writeFileSync(join(dir, 'later.js'), "export function later() { return 'opened later'; }\n");
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: { first: './first.js' },
    output: { path: join(dir, 'out'), filename: '[name].js', chunkFilename: '[name].js' },
    devtool: 'source-map',
    plugins: [new CompileHintsPlugin(new Set(['first']))],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else resolve();
    }),
  );
}

describe('CompileHintsPlugin', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
    await build(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the hint on the first line of the named chunk only, after minification kept it', () => {
    const out = join(dir, 'out');
    expect(readFileSync(join(out, 'first.js'), 'utf8').split('\n')[0]).toBe(HINT);
    expect(readFileSync(join(out, 'later.js'), 'utf8')).not.toContain(HINT);
    expect(readdirSync(out).filter((file) => file.endsWith('.js')).sort()).toEqual(['first.js', 'later.js']);
  });

  it('keeps the source map right: the added line maps to nothing, the code after it to the entry', () => {
    const map = JSON.parse(readFileSync(join(dir, 'out', 'first.js.map'), 'utf8')) as { mappings: string; sources: string[] };
    const [hintLine, codeLine] = map.mappings.split(';');
    expect(hintLine).toBe('');
    expect(codeLine).not.toBe('');
    expect(map.sources.some((source) => source.endsWith('first.js'))).toBe(true);
  });
});
