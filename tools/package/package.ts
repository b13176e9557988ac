import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { buildConfig, environmentWithDotEnv, writeConfig } from '../build-config';
import { packageFiles, stageManifests } from './manifests';

/**
 * `npm run package -- --origin https://rapport.contoso.com`: the production build for that origin (webpack into
 * dist/, then dist/config.json from the environment), and in dist-package/ the app package zip (manifest.json,
 * icons, localisation files) with the add-in-only manifest.xml beside it, both checked by the same tests as
 * `npm run validate:manifest`.
 */
export interface PackageOptions {
  root: string;
  origin: string;
  env: Record<string, string | undefined>;
  outDir?: string;
  distDir?: string;
  /** Skip webpack (tests that check packaging only; the build has its own tests). config.json is still written. */
  skipBuild?: boolean;
  validate?: boolean;
  log?: (line: string) => void;
}

export interface PackageResult {
  zipFile: string;
  xmlFile: string;
  configFile: string;
  stagingDir: string;
  files: string[];
  /** The manifest checks run on the staged manifests (absent with validate: false). */
  validation?: ManifestValidation;
}

export interface ManifestValidation {
  passed: number;
  failed: number;
}

export class PackageError extends Error {}

export async function packageRapport(options: PackageOptions): Promise<PackageResult> {
  const log = options.log ?? (() => undefined);
  const origin = checkOrigin(options.origin);
  const config = buildConfig({ ...options.env, RAPPORT_ORIGIN: origin });
  const distDir = resolve(options.root, options.distDir ?? 'dist');
  const outDir = resolve(options.root, options.outDir ?? 'dist-package');

  if (!options.skipBuild) {
    log('Building the pages (webpack, production)…');
    const build = spawnSync('npx', ['webpack', '--mode', 'production'], {
      cwd: options.root,
      stdio: 'inherit',
      env: { ...process.env, RAPPORT_DIST: distDir, RAPPORT_PAGES: 'tenant' },
    });
    if (build.status !== 0) throw new PackageError('webpack failed; see its output above');
  }
  mkdirSync(distDir, { recursive: true });
  const configFile = join(distDir, 'config.json');
  writeConfig(configFile, config);
  log(`Wrote ${configFile}`);

  rmSync(outDir, { recursive: true, force: true });
  const stagingDir = join(outDir, 'manifest');
  stageManifests(resolve(options.root, 'manifest'), stagingDir, origin, config.clientId ?? '');
  const manifest = JSON.parse(readFileSync(join(stagingDir, 'manifest.json'), 'utf8'));
  const files = packageFiles(manifest);
  const zip = new JSZip();
  for (const file of files) zip.file(file, readFileSync(join(stagingDir, file)));
  const zipFile = join(outDir, `rapport-${manifest.version}.zip`);
  writeFileSync(zipFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const xmlFile = join(outDir, 'manifest.xml');
  writeFileSync(xmlFile, readFileSync(join(stagingDir, 'manifest.xml')));
  log(`Wrote ${zipFile} (${files.join(', ')}) and ${xmlFile}`);

  if (!options.skipBuild) {
    checkPagesBuilt(distDir, manifest);
    checkNoSecrets(distDir);
  }
  let validation: ManifestValidation | undefined;
  if (options.validate !== false) {
    log('Validating the manifests with the checks of npm run validate:manifest…');
    validation = validateManifests(options.root, stagingDir);
    if (validation.failed || !validation.passed) throw new PackageError(`the packaged manifests fail ${validation.failed} check(s) of npm run validate:manifest`);
    log(`Manifests valid (${validation.passed} checks).`);
  }
  return { zipFile, xmlFile, configFile, stagingDir, files, validation };
}

/** Office and Teams load add-ins and tabs over https only: the packager refuses anything else, localhost included. */
export function checkOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new PackageError(`--origin "${origin}" is not a URL; give the https origin where dist/ will be hosted`);
  }
  if (url.protocol !== 'https:') throw new PackageError(`--origin "${origin}" must use https: Outlook and Teams refuse anything else`);
  if (url.pathname !== '/' || url.search || url.hash) throw new PackageError(`--origin "${origin}" must be an origin only, without a path`);
  return url.origin;
}

function checkPagesBuilt(distDir: string, manifest: unknown): void {
  const pages = [...JSON.stringify(manifest).matchAll(/https:\/\/[^"/]+\/([\w.-]+\.(?:html|png))/g)].map((m) => m[1] as string);
  const missing = [...new Set(pages)].filter((page) => !existsSync(join(distDir, page)) && !existsSync(join(distDir, 'icons', page)));
  if (missing.length) throw new PackageError(`the manifest names pages the build did not produce: ${missing.join(', ')}`);
}

/** A public client has no secret: refuse a build whose files look like they carry one (a key, a client secret). */
export function checkNoSecrets(distDir: string): void {
  const SECRET = /client_secret\s*[=:]|-----BEGIN [A-Z ]*PRIVATE KEY-----|AccountKey=|SharedAccessSignature=/;
  const found = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|html|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => SECRET.test(readFileSync(file, 'utf8')));
  if (found.length) throw new PackageError(`the build carries something that looks secret: ${found.join(', ')}`);
}

/** Runs the manifest checks of `npm run validate:manifest` (tests/manifest/manifest-*.test.ts) on a manifest folder. */
export function validateManifests(root: string, manifestDir: string): ManifestValidation {
  const run = spawnSync('npx', ['jest', 'tests/manifest/manifest-', '--selectProjects', 'manifest', '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, RAPPORT_MANIFEST_DIR: manifestDir },
  });
  try {
    const report = JSON.parse(run.stdout) as { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites };
  } catch {
    throw new PackageError(`the manifest checks did not run:\n${run.stderr}`);
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const root = resolve(__dirname, '../..');
  const env = environmentWithDotEnv(root);
  const origin = value('--origin') ?? env.RAPPORT_ORIGIN;
  if (!origin) {
    console.error('Usage: npm run package -- --origin https://<where dist/ is hosted> [--skip-build] [--no-validate]');
    process.exit(2);
  }
  packageRapport({ root, origin, env, skipBuild: args.includes('--skip-build'), validate: !args.includes('--no-validate'), log: (l) => process.stdout.write(`${l}\n`) })
    .then(() => process.stdout.write('Package ready. Next: docs/deploying.md §3 (hosting) and §4 (deployment).\n'))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
