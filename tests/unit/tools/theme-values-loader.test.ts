import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fluent from '@fluentui/react-components';
import { themeValuesSource } from '../../../tools/build/theme-values-loader';

const ROOT = join(__dirname, '../../..');

/** Runs the loader's output as a module and returns what it exports. */
function exportsOf(source: string): Record<string, unknown> {
  const body = source.replace(/^export const (\w+) = /gm, 'exports.$1 = ');
  const moduleExports: Record<string, unknown> = {};
  new Function('exports', body)(moduleExports);
  return moduleExports;
}

describe('theme-values-loader', () => {
  it.each([
    ['src/ui/host-theme-default.ts', ['teamsLightTheme']],
    ['src/ui/frame-themes-other.ts', ['teamsDarkTheme', 'teamsHighContrastTheme']],
  ] as const)('turns %s into the same themes as Fluent computes', (file, names) => {
    const built = exportsOf(themeValuesSource(readFileSync(join(ROOT, file), 'utf8'), fluent));
    expect(Object.keys(built)).toEqual(names);
    for (const name of names) expect(built[name]).toEqual(fluent[name]);
  });

  it('refuses a module that is not one re-export of Fluent themes, so a changed module cannot ship without its theme', () => {
    expect(() => themeValuesSource("export const teamsLightTheme = {};\n", fluent)).toThrow(/expected/);
    expect(() => themeValuesSource("export { tokens } from '@fluentui/react-components';\n", fluent)).toThrow(/no theme "tokens"/);
  });
});
