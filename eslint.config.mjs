// Lint rules, and the one-way layering of Rapport: domain ← ports ← adapters / features / ui ← shell.
// i18n is a leaf anyone may import. Features never import each other or adapters. Nothing in src/ imports
// tools/ or tests/. The layering is enforced with no-restricted-imports regexes on the import specifier, so a
// relative path (`../../adapters/graph`) and a package name (`react`) are caught the same way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync, existsSync } from 'node:fs';

const layer = (names) => ({ regex: `(^|/)(${names.join('|')})(/|$)` });
const outsideSrc = { regex: '(^|/)(tools|tests)(/|$)', message: 'src/ never imports tools/ or tests/.' };
const uiPackages = { regex: '^(react|react-dom|@fluentui/.*)(/.*)?$', message: 'The domain and ports are UI-free.' };
const hostPackages = {
  regex: '^(@microsoft/teams-js|@azure/msal-browser|@microsoft/microsoft-graph-client)(/.*)?$',
  message: 'Host and Graph SDKs live in src/adapters only.',
};

const restrict = (...patterns) => ['error', { patterns }];

// A feature's public surface is its index.ts, plus explicit entry files (`entry-*.ts`) where code splitting needs a
// smaller module than the index (a lazy page, or a part a first script needs without the feature's UI).
const featureEntry = {
  regex: '(^|/)features/[^/]+/(?!entry-[^/]+$).+',
  message: "Import a feature through its index.ts (or one of its entry-*.ts files), never a file inside it.",
};
// The host SDKs as an import() target too (no-restricted-imports sees static imports only).
const hostPackageSource = '/^(@microsoft\\x2Fteams-js|@azure\\x2Fmsal-browser|@microsoft\\x2Fmicrosoft-graph-client)(\\x2F.*)?$/';
const lazyHostImport = { selector: `ImportExpression > Literal.source[value=${hostPackageSource}]`, message: hostPackages.message };
const lazyFeatureImport = {
  selector: 'ImportExpression > Literal.source[value=/(^|\\x2F)features\\x2F[^\\x2F]+\\x2F(?!entry-[^\\x2F]+$)./]',
  message: featureEntry.message,
};
// Pure code (the domain, follow-up-sync's engine) reaches no page, network or host, and gets time and randomness
// as parameters.
const pureCodeGlobals = ['fetch', 'window', 'document', 'localStorage', 'sessionStorage', 'Office'];
const clockAndRandomnessAsParameters = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes in through a Clock.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in through a Clock.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Randomness comes in as a parameter.' },
];
/** The rules of pure code, beside the layers it may not import (`above`). */
const pureCodeRules = (...above) => ({
  'no-restricted-imports': restrict(...above, uiPackages, hostPackages, outsideSrc),
  'no-restricted-globals': ['error', ...pureCodeGlobals],
  'no-restricted-syntax': ['error', ...clockAndRandomnessAsParameters, lazyHostImport],
});
// Office.js is a global: only the adapters (and the domain, which refuses it on its own) may name it.
const noOfficeGlobal = ['error', { name: 'Office', message: 'Office.js lives in src/adapters only.' }];

const featureDir = 'src/features';
// The planned features, plus any folder that appears under src/features.
const PLANNED_FEATURES = ['agenda-insert', 'upcoming-one-on-ones', 'follow-up-sync', 'trust-checklist', 'team-dashboard', 'repair-plan', 'settings'];
const features = [
  ...new Set([
    ...PLANNED_FEATURES,
    ...(existsSync(featureDir) ? readdirSync(featureDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : []),
  ]),
];
const featureBlocks = features.map((name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': restrict(
      { ...layer(['adapters', 'shell']), message: 'Features reach hosts and Graph through ports only.' },
      ...(features.length > 1
        ? [{ ...layer(features.filter((f) => f !== name)), message: 'Features never import each other; compose them in src/shell.' }]
        : []),
      outsideSrc,
      hostPackages,
    ),
    'no-restricted-globals': noOfficeGlobal,
    'no-restricted-syntax': ['error', lazyHostImport],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'reports/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      ...pureCodeRules({ ...layer(['ports', 'adapters', 'features', 'ui', 'shell']), message: 'The domain imports nothing above it.' }),
    },
  },
  {
    files: ['src/ports/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        { ...layer(['adapters', 'features', 'ui', 'shell']), message: 'Ports import only the domain.' },
        uiPackages,
        hostPackages,
        outsideSrc,
      ),
    },
  },
  {
    files: ['src/adapters/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        { ...layer(['features', 'ui', 'shell']), message: 'Adapters implement ports; they know no features or UI.' },
        outsideSrc,
      ),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        { ...layer(['adapters', 'features', 'shell', 'ports']), message: 'Shared UI uses domain types and i18n only.' },
        hostPackages,
        outsideSrc,
      ),
      'no-restricted-globals': noOfficeGlobal,
      'no-restricted-syntax': ['error', lazyHostImport],
    },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        { ...layer(['domain', 'ports', 'adapters', 'features', 'ui', 'shell']), message: 'i18n is a leaf.' },
        uiPackages,
        hostPackages,
        outsideSrc,
      ),
    },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['src/shell/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(outsideSrc, hostPackages, featureEntry),
      'no-restricted-globals': noOfficeGlobal,
      'no-restricted-syntax': ['error', lazyHostImport, lazyFeatureImport],
    },
  },
  ...featureBlocks,
  // follow-up-sync's engine is React-free and, like the domain, takes time and randomness as parameters; it reaches
  // Graph and the document through ports (its views and hooks sit beside it in views/).
  {
    files: ['src/features/follow-up-sync/engine/**/*.{ts,tsx}'],
    rules: {
      ...pureCodeRules(
        { ...layer(['adapters', 'shell', 'ui', 'views']), message: 'The follow-up engine knows no adapters, shell or views.' },
        { ...layer(features.filter((f) => f !== 'follow-up-sync')), message: 'Features never import each other; compose them in src/shell.' },
      ),
    },
  },
  // Every e2e page runs on the one pinned clock (docs/testing.md, "The pinned clock and the clock matrix").
  {
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@playwright/test', message: 'Import test and expect from ./support/pinned-clock: one pinned clock for the page, the emulator and the seed.' }] }],
    },
  },
);
