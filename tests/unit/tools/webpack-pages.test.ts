import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/** The pages a build produces: the webpack config reads RAPPORT_PAGES / RAPPORT_BASELINE when it is loaded. */
function pagesBuiltWith(env: Record<string, string | undefined>): string[] {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name];
  try {
    let entries: string[] = [];
    jest.isolateModules(() => {
      const load = createRequire(__filename);
      const config = load(resolve(__dirname, '../../../webpack.config.js')) as (env: unknown, argv: { mode: string }) => { entry: Record<string, string> };
      entries = Object.keys(config({}, { mode: 'production' }).entry);
    });
    return entries.sort();
  } finally {
    process.env = saved;
  }
}

describe('the pages of a build', () => {
  it('a demo build has the surfaces, the sign-in pages and the demo (simulator, index, the Office.js stand-in script)', () => {
    expect(pagesBuiltWith({ RAPPORT_PAGES: undefined, RAPPORT_BASELINE: undefined })).toEqual(
      ['auth-dialog', 'auth-redirect', 'commands', 'index', 'office-stand-in', 'outlook', 'taskpane', 'teams'],
    );
  });

  it('a tenant build (npm run package) leaves the demo pages out: they only work against the local emulator', () => {
    expect(pagesBuiltWith({ RAPPORT_PAGES: 'tenant', RAPPORT_BASELINE: undefined })).toEqual(['auth-dialog', 'auth-redirect', 'commands', 'taskpane', 'teams']);
  });

  it('the benchmark adds its baseline page and the surfaces\' floors to a full build, or builds them alone', () => {
    expect(pagesBuiltWith({ RAPPORT_PAGES: undefined, RAPPORT_BASELINE: '1' })).toEqual(expect.arrayContaining(['taskpane', 'baseline', 'pane-floor', 'tab-floor']));
    expect(pagesBuiltWith({ RAPPORT_PAGES: undefined, RAPPORT_BASELINE: 'only' })).toEqual(['baseline', 'pane-floor', 'tab-floor']);
  });
});
