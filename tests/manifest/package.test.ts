import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { checkNoSecrets, checkOrigin, packageRapport, PackageError, validateManifests, type PackageResult } from '../../tools/package/package';
import { PLACEHOLDER_ORIGIN } from '../../tools/package/manifests';

// `npm run package -- --origin https://rapport.example.com`, without webpack (the build is tested by e2e), but with
// config.json, the zip and the XML manifest produced for real and run through the manifest checks.
const ROOT = resolve(__dirname, '../..');
const ORIGIN = 'https://rapport.example.com';
const ENV = { RAPPORT_CLIENT_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', RAPPORT_TENANT: 'organizations' };

describe('npm run package', () => {
  let result: PackageResult;
  let zip: JSZip;
  const work = mkdtempSync(join(tmpdir(), 'rapport-package-'));

  beforeAll(async () => {
    result = await packageRapport({ root: ROOT, origin: ORIGIN, env: ENV, skipBuild: true, outDir: join(work, 'out'), distDir: join(work, 'dist') });
    zip = await JSZip.loadAsync(readFileSync(result.zipFile));
  }, 120_000);

  it('writes config.json for the origin and the tenant', () => {
    expect(JSON.parse(readFileSync(result.configFile, 'utf8'))).toEqual({
      mode: 'tenant',
      graphBaseUrl: 'https://graph.microsoft.com',
      clientId: ENV.RAPPORT_CLIENT_ID,
      authority: 'https://login.microsoftonline.com/organizations',
      origin: ORIGIN,
    });
  });

  it('zips manifest.json with its Teams icons and localisation files, and nothing else', () => {
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir).sort();
    expect(names).toEqual(['icons/color.png', 'icons/outline.png', 'localization/he.json', 'localization/sv.json', 'manifest.json']);
  });

  it('points every URL of both manifests at the origin, with the origin host as the valid domain', async () => {
    const json = await zip.file('manifest.json')!.async('string');
    const xml = readFileSync(result.xmlFile, 'utf8');
    for (const text of [json, xml]) {
      expect(text).not.toContain('localhost');
      const urls = [...text.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.includes('microsoft.com/'));
      expect(urls.length).toBeGreaterThan(5);
      expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/`) && u !== ORIGIN)).toEqual([]);
    }
    expect(JSON.parse(json).validDomains).toEqual(['rapport.example.com']);
    expect(xml).toContain(`<AppDomain>${ORIGIN}</AppDomain>`);
  });

  it("puts the tenant's app registration in webApplicationInfo (consent at central deployment) and keeps the XML add-in's own id hidden", async () => {
    const json = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(json.webApplicationInfo).toEqual({ id: ENV.RAPPORT_CLIENT_ID, resource: ORIGIN });
    const xmlId = /<Id>([^<]+)<\/Id>/.exec(readFileSync(result.xmlFile, 'utf8'))?.[1];
    expect(xmlId).not.toBe(json.id);
    expect(json.extensions[0].alternates).toContainEqual({ hide: { customOfficeAddin: { officeAddinId: xmlId } } });
  });

  it('passes every check of npm run validate:manifest on the packaged manifests', () => {
    expect(result.validation?.failed).toBe(0);
    expect(result.validation?.passed).toBeGreaterThan(10);
  });

  it('those checks are real: a packaged manifest without its id fails them', () => {
    const broken = join(work, 'broken');
    cpSync(result.stagingDir, broken, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(broken, 'manifest.json'), 'utf8'));
    delete manifest.id;
    writeFileSync(join(broken, 'manifest.json'), JSON.stringify(manifest));
    expect(validateManifests(ROOT, broken).failed).toBeGreaterThan(0);
  }, 120_000);

  it('refuses an origin that is not https, localhost included, or that has a path', () => {
    expect(() => checkOrigin('http://rapport.example.com')).toThrow(PackageError);
    expect(() => checkOrigin('http://localhost:3000')).toThrow(/https/);
    expect(() => checkOrigin('https://example.com/rapport')).toThrow(/without a path/);
    expect(checkOrigin(PLACEHOLDER_ORIGIN)).toBe(PLACEHOLDER_ORIGIN);
  });

  it('refuses a build that carries a secret, and accepts config.json with its public client id', () => {
    expect(() => checkNoSecrets(join(work, 'dist'))).not.toThrow();
    mkdirSync(join(work, 'leaky', 'nested'), { recursive: true });
    writeFileSync(join(work, 'leaky', 'nested', 'main.js'), 'const auth = { client_secret: "abc" };');
    expect(() => checkNoSecrets(join(work, 'leaky'))).toThrow(/looks secret: .*main\.js/);
  });

  it('fails the whole packaging, naming the value, when the tenant configuration is missing', async () => {
    await expect(packageRapport({ root: ROOT, origin: ORIGIN, env: {}, skipBuild: true, validate: false, outDir: join(work, 'x'), distDir: join(work, 'y') })).rejects.toThrow(
      /RAPPORT_CLIENT_ID: is missing/,
    );
  });
});
