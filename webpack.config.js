// One entry per host surface, each with its own page. Production builds go to dist/.
// The Outlook pages load Office.js from Microsoft's CDN in production; the demo's /outlook.html hosts the same task
// pane next to a local Office stand-in, so no CDN is needed to try Rapport.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');
const { CompileHintsPlugin } = require('./tools/build/compile-hints-plugin');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * `<link rel="preload" as="script">` in a page for the chunks of a named dynamic import, so the browser fetches them
 * beside the page's own script (the task pane's entry starts Office's calls while its UI chunk loads). Preloaded
 * scripts are initial JS: tests/bench/bundle-size.ts counts them.
 */
class PreloadChunkGroups {
  constructor(groupsByPage) {
    this.groupsByPage = groupsByPage;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunkGroups', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadChunkGroups', (data) => {
        for (const name of this.groupsByPage[data.outputName] ?? []) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`${data.outputName}: no chunk group "${name}" to preload`);
          const files = group.chunks.flatMap((chunk) => [...chunk.files].filter((file) => file.endsWith('.js')));
          const links = files.map((file) => HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', href: `${data.publicPath}${file}` }));
          data.headTags.push(...links);
        }
        return data;
      });
    });
  }
}

/** page name → entry module, title, extra head scripts, files fetched at once (`<link rel="preload" as="fetch">`) */
const pages = [
  { name: 'taskpane', entry: './src/shell/outlook-taskpane/taskpane-entry.tsx', title: 'Rapport', scripts: [OFFICE_JS] },
  { name: 'commands', entry: './src/shell/outlook-commands/commands-entry.ts', title: 'Rapport commands', scripts: [OFFICE_JS] },
  // The tab's script asks for /config.json first thing; preloaded, it is there by the time the script has run.
  { name: 'teams', entry: './src/shell/teams-tab/tab-entry.tsx', title: 'Rapport', scripts: [], fetches: ['/config.json'] },
  { name: 'outlook', entry: './tools/outlook-simulator/simulator-entry.tsx', title: 'Rapport · Outlook compose simulator', scripts: [], demo: true },
  { name: 'index', entry: './src/shell/demo/demo-entry.tsx', title: 'Rapport demo', scripts: [], demo: true },
  // Sign-in where nested app auth is missing (tenant mode): the host's dialog page and MSAL's redirect bridge.
  { name: 'auth-dialog', entry: './src/shell/sign-in-pages/auth-dialog-entry.ts', title: 'Rapport · sign in', scripts: [OFFICE_JS] },
  { name: 'auth-redirect', entry: './src/shell/sign-in-pages/auth-redirect-entry.ts', title: 'Rapport · sign in', scripts: [] },
  // Not a page: the Office stand-in as a script served in place of Office.js (the benchmark loads the production
  // taskpane.html with the CDN's office.js routed to it), so it has no HTML of its own.
  { name: 'office-stand-in', entry: './tools/outlook-simulator/office-js-stand-in.ts', demo: true, script: true },
];
// A tenant build (RAPPORT_PAGES=tenant, set by `npm run package`) leaves out the demo's pages: the simulator and the
// demo index sign in as seeded users of the local Graph emulator and have no place on a host users reach.
if (process.env.RAPPORT_PAGES === 'tenant') pages.splice(0, pages.length, ...pages.filter((p) => !p.demo));
// The benchmark's baseline page (FluentProvider, a theme and a Button) is built by this same config on request;
// RAPPORT_BASELINE=only builds it alone (the quick bench beside pages `npm test` has just built).
if (process.env.RAPPORT_BASELINE === 'only') pages.splice(0, pages.length);
if (process.env.RAPPORT_BASELINE === '1' || process.env.RAPPORT_BASELINE === 'only') {
  pages.push(
    { name: 'baseline', entry: './tests/bench/pages/baseline-page.tsx', title: 'Baseline', scripts: [] },
    // The floors: each surface's waits (Office, Graph) with no UI at all, printed beside the first-render figures.
    { name: 'pane-floor', entry: './tests/bench/pages/pane-floor-page.ts', title: 'Pane floor', scripts: [OFFICE_JS] },
    { name: 'tab-floor', entry: './tests/bench/pages/tab-floor-page.ts', title: 'Tab floor', scripts: [], fetches: ['/config.json'] },
  );
}

/** The UI chunk each page preloads beside its entry (the webpackChunkName of its import() in the entry). */
const PRELOADED_UI_GROUPS = { 'taskpane.html': ['taskpane-app'], 'teams.html': ['teams-ui'] };
const PRELOADED_UI_CHUNKS = new Set(Object.values(PRELOADED_UI_GROUPS).flat());

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: Object.fromEntries(pages.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, process.env.RAPPORT_DIST ?? 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          // The host themes' values instead of the code that computes them (the loader's comment says why).
          test: [path.resolve(__dirname, 'src/ui/host-theme-default.ts'), path.resolve(__dirname, 'src/ui/frame-themes-other.ts')],
          enforce: 'pre',
          use: [{ loader: path.resolve(__dirname, 'tools/build/theme-values-loader.js') }],
        },
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: esbuild turns TypeScript/JSX into JS, then Griffel's loader computes our
          // makeStyles' CSS at build time (as Fluent's own packages ship it), so the page does not resolve style
          // objects and their RTL variants on its first render (docs/performance.md, "The task pane's first useful render").
          use: [
            { loader: '@griffel/webpack-loader', options: { modules: [{ moduleSource: '@fluentui/react-components', importName: 'makeStyles' }] } },
            { loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } },
          ],
        },
      ],
    },
    // Lazy chunks share their common modules (webpack's default for async chunks), except the UI chunks a page
    // preloads: split, the pane's React and Fluent went into chunks shared with the Teams tab's, six files where one
    // does, and gzip compresses each file on its own (docs/performance.md, "Task pane and commands: bytes and first
    // render"). The chunks these load later (Graph side, follow-ups, pages) still reuse what they have loaded.
    optimization: { splitChunks: { chunks: (chunk) => !chunk.canBeInitial() && !PRELOADED_UI_CHUNKS.has(chunk.name) } },
    performance: { hints: false },
    plugins: [
      ...pages
        .filter((p) => !p.script)
        .map(
          (p) =>
            new HtmlWebpackPlugin({
              filename: `${p.name}.html`,
              chunks: [p.name],
              title: p.title,
              template: './src/shell/common/page.html',
              templateParameters: { headScripts: p.scripts, preloadFetches: p.fetches ?? [] },
            }),
        ),
      new PreloadChunkGroups(PRELOADED_UI_GROUPS),
      // The two pages' first scripts, whose functions nearly all run before the first screen.
      new CompileHintsPlugin(new Set(['taskpane', 'teams', ...PRELOADED_UI_CHUNKS])),
      new CopyPlugin({ patterns: [{ from: 'manifest/icons', to: 'icons', noErrorOnMissing: true }] }),
    ],
  };
};
