import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The origin the manifests in manifest/ are written for (a developer's https://localhost:3000). */
export const PLACEHOLDER_ORIGIN = 'https://localhost:3000';

/** The app registration id manifest.json's webApplicationInfo carries until the packager puts the tenant's in. */
export const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-0000000c11e7';

/** The manifests' text for another origin: every URL on the placeholder, and validDomains / AppDomain by host. */
export function withOrigin(text: string, origin: string): string {
  const target = new URL(origin);
  const placeholder = new URL(PLACEHOLDER_ORIGIN);
  return text.split(PLACEHOLDER_ORIGIN).join(target.origin).split(`"${placeholder.host}"`).join(`"${target.host}"`);
}

/**
 * Copies manifest/ to `stagingDir` for `origin` and the tenant's app registration (`clientId`, in manifest.json's
 * webApplicationInfo, so central deployment asks the admin to consent): manifest.json, manifest.xml and the
 * localisation files rewritten,
 * icons and the schema copied as they are. The staging folder has manifest/'s layout, so the checks of
 * `npm run validate:manifest` run on it unchanged (tests/manifest reads RAPPORT_MANIFEST_DIR).
 */
export function stageManifests(manifestDir: string, stagingDir: string, origin: string, clientId: string): void {
  mkdirSync(join(stagingDir, 'localization'), { recursive: true });
  for (const file of ['manifest.json', 'manifest.xml']) {
    const text = withOrigin(readFileSync(resolve(manifestDir, file), 'utf8'), origin);
    writeFileSync(join(stagingDir, file), text.split(PLACEHOLDER_CLIENT_ID).join(clientId));
  }
  for (const file of readdirSync(resolve(manifestDir, 'localization'))) {
    writeFileSync(join(stagingDir, 'localization', file), withOrigin(readFileSync(resolve(manifestDir, 'localization', file), 'utf8'), origin));
  }
  cpSync(resolve(manifestDir, 'icons'), join(stagingDir, 'icons'), { recursive: true });
  cpSync(resolve(manifestDir, 'schema'), join(stagingDir, 'schema'), { recursive: true });
}

/** Files of the app package: manifest.json and what it names by relative path (Teams icons, localisation files). */
export function packageFiles(manifest: { icons: { color: string; outline: string }; localizationInfo?: { additionalLanguages?: Array<{ file: string }> } }): string[] {
  return [
    'manifest.json',
    manifest.icons.color,
    manifest.icons.outline,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ];
}
