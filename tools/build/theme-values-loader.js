// A webpack loader for the modules that hand Fluent's host themes to a page (src/ui/host-theme-default.ts,
// src/ui/frame-themes-other.ts). Each such module is one line, `export { teamsLightTheme } from
// '@fluentui/react-components';`, and that is what Jest and TypeScript see. In a build, the loader replaces the
// re-export with the theme objects' values, computed here in Node from the same Fluent package: a theme is a flat
// table of ~460 CSS values, and the page then carries that table instead of Fluent's global colour tables and the
// code that derives the themes from them (docs/performance.md, "Task pane and commands: bytes and first render").
const { createRequire } = require('node:module');

const RE_EXPORT = /^export \{([^}]+)\} from '@fluentui\/react-components';\s*$/m;

/** The module's source with each re-exported theme replaced by its values. */
function themeValuesSource(source, fluent) {
  const match = RE_EXPORT.exec(source);
  if (!match) throw new Error("theme-values-loader: expected `export { …Theme } from '@fluentui/react-components';`");
  const names = match[1].split(',').map((name) => name.trim()).filter(Boolean);
  const values = names.map((name) => {
    const theme = fluent[name];
    if (typeof theme?.colorNeutralBackground1 !== 'string' || theme.colorNeutralBackground1.startsWith('var(')) throw new Error(`theme-values-loader: @fluentui/react-components has no theme "${name}"`);
    // JSON.parse of a string literal parses faster than an object literal of this size.
    return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(theme))});`;
  });
  return source.replace(RE_EXPORT, values.join('\n'));
}

module.exports = function themeValuesLoader(source) {
  const fluent = createRequire(this.resourcePath)('@fluentui/react-components');
  return themeValuesSource(source, fluent);
};
module.exports.themeValuesSource = themeValuesSource;
