import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** manifest/, or the packager's staged copy for another origin (tools/package runs these checks on it). */
export const MANIFEST_DIR = process.env.RAPPORT_MANIFEST_DIR ? resolve(process.env.RAPPORT_MANIFEST_DIR) : resolve(__dirname, '../../manifest');

export const readManifestJson = (): Record<string, unknown> & { id: string; manifestVersion: string } =>
  JSON.parse(readFileSync(resolve(MANIFEST_DIR, 'manifest.json'), 'utf8'));

export const readManifestText = (relative: string): string => readFileSync(resolve(MANIFEST_DIR, relative), 'utf8');

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(relative: string): { width: number; height: number } {
  const bytes = readFileSync(resolve(MANIFEST_DIR, relative));
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error(`${relative} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every string value in a JSON tree that looks like a URL, with its JSON path. */
export function urlsIn(value: unknown, path = '$'): Array<{ path: string; url: string }> {
  if (typeof value === 'string') return /^[a-z]+:\/\//i.test(value) ? [{ path, url: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => urlsIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (key === '$schema' ? [] : urlsIn(item, `${path}.${key}`)));
  }
  return [];
}

/** Resolves a localisation key such as `extensions[0].ribbons[0].tabs[0].label` or `name.short` in the manifest. */
export function resolveLocalisationKey(manifest: unknown, key: string): unknown {
  const steps = key.match(/[^.[\]]+/g) ?? [];
  return steps.reduce<unknown>((node, step) => {
    if (node === null || typeof node !== 'object') return undefined;
    return (node as Record<string, unknown>)[step];
  }, manifest);
}
