// @ts-check
const { Compilation, sources } = require('webpack');

/**
 * V8's explicit compile hint: a script whose first line is `//# allFunctionsCalledOnLoad` has every function compiled
 * eagerly, on the thread that streams the script in, instead of lazily on the main thread the first time each one
 * is called (https://v8.dev/blog/explicit-compile-hints; Chromium 136 and later, so Edge's WebView2 and Chrome too;
 * other engines see only a comment). It pays only for scripts whose functions nearly all run at load: the pages' first
 * scripts (their entry and the UI chunk the page preloads), where React and Fluent render the first screen. Lazy chunks
 * keep lazy compilation. Measured on the task pane: docs/performance.md, "Compile hints".
 */
const HINT = '//# allFunctionsCalledOnLoad\n';

class CompileHintsPlugin {
  /** @param {ReadonlySet<string>} chunkNames entries and preloaded chunks whose scripts get the hint */
  constructor(chunkNames) {
    this.chunkNames = chunkNames;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap('CompileHintsPlugin', (compilation) => {
      // After minification (which would drop the comment) and before the source maps are written, so the maps
      // account for the added line.
      compilation.hooks.processAssets.tap({ name: 'CompileHintsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING - 1 }, () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.name || !this.chunkNames.has(chunk.name)) continue;
          for (const file of chunk.files) {
            if (file.endsWith('.js')) compilation.updateAsset(file, (source) => new sources.ConcatSource(HINT, source));
          }
        }
      });
    });
  }
}

module.exports = { CompileHintsPlugin };
